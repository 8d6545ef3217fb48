import type { ItemNote, NoteSaveResult } from '$lib/domain/minutes';
import type { LocalNote } from './db';

// The secretary's notes on the wire: /api/minutes/notes, for src/lib/client/minutes-notes.svelte.ts.

const ENDPOINT = '/api/minutes/notes';

/** One saved revision in "Các lần lưu". */
export interface NoteRevisionLine {
	revision: number;
	savedAt: number;
	savedBy: string | null;
}

/** How the server took one note. */
export type NoteSaveAnswer =
	/** No answer (network, server restarting): the note waits and is sent again. */
	| { kind: 'unreachable' }
	| { kind: 'saved'; note: ItemNote }
	/** Someone saved the item since the note's revision: nothing was written. */
	| { kind: 'conflict'; conflict: ItemNote }
	/** Refused as it stands (too long, signed out…); `signedOut` for 401 and 403. */
	| { kind: 'refused'; message: string; signedOut: boolean };

function saveRequest(row: LocalNote): RequestInit {
	return {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ itemId: row.itemId, baseRevision: row.baseRevision, ...row.content })
	};
}

/** Sends one note typed on `row.baseRevision`. */
export async function saveNote(row: LocalNote): Promise<NoteSaveAnswer> {
	let res: Response;
	let body: (NoteSaveResult & { message?: string }) | { message?: string };
	try {
		res = await fetch(ENDPOINT, saveRequest(row));
		if (
			res.status >= 500 ||
			!(res.headers.get('content-type') ?? '').startsWith('application/json')
		)
			return { kind: 'unreachable' };
		body = await res.json();
	} catch {
		return { kind: 'unreachable' };
	}
	if ('ok' in body && body.ok) return { kind: 'saved', note: body.note };
	if ('ok' in body && !body.ok) return { kind: 'conflict', conflict: body.conflict };
	return {
		kind: 'refused',
		message: body.message ?? 'Máy chủ không nhận nội dung này.',
		signedOut: res.status === 401 || res.status === 403
	};
}

/** The tab is going away: the note is sent with keepalive, unanswered (it is in IndexedDB anyway). */
export function sendNoteOnExit(row: LocalNote): void {
	void fetch(ENDPOINT, { ...saveRequest(row), keepalive: true }).catch(() => {});
}

/** An item's latest note and every saved revision, newest first; null when unreachable. */
export async function noteWithRevisions(
	itemId: number
): Promise<{ note: ItemNote; revisions: NoteRevisionLine[] } | null> {
	try {
		const res = await fetch(`${ENDPOINT}?item=${itemId}`, { cache: 'no-store' });
		return res.ok ? await res.json() : null;
	} catch {
		return null;
	}
}
