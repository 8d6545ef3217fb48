import { SvelteSet } from 'svelte/reactivity';
import { formatTimeWithSeconds } from '$lib/domain/dates';
import type { ItemNote, NoteContent } from '$lib/domain/minutes';
import { emptyNote, mergeNoteContents, noteContent } from '$lib/domain/minutes-notes';
import { clientDb, type LocalNote } from './db';
import { subscribeLive } from './live';
import {
	noteWithRevisions,
	saveNote,
	sendNoteOnExit,
	type NoteRevisionLine
} from './minutes-notes-api';
import { RetryLoop } from './retry-loop';

/** Saved this long after typing stops… */
const IDLE_MS = 1_500;
/** …and at least this often while typing goes on. */
const MAX_WAIT_MS = 5_000;

/**
 * The secretary's notes on this laptop (docs/architecture.md, The minutes): every keystroke goes to
 * IndexedDB first, then to the server 1.5 s after typing stops (at most 5 s apart while it goes on),
 * retried with backoff while the server cannot be reached and at once when the network returns.
 * A save names the revision it was typed on; when someone else saved first the server writes
 * nothing and the two texts wait here for the secretary to choose. Read-only (the chair) it only
 * follows the server.
 */
export class MinutesNotes {
	/** This laptop's text per item (the server's until typed on). */
	local = $state<Record<number, LocalNote>>({});
	/** The latest revision heard from the server, per item. */
	server = $state<Record<number, ItemNote>>({});
	/** Items whose save met a newer revision: the server's text, until the secretary chooses. */
	conflicts = $state<Record<number, ItemNote>>({});
	ready = $state(false);
	saving = $state(false);
	lastSavedAt = $state<number | null>(null);
	online = $state(true);
	/** The last save could not reach the server (network, server restarting). */
	unreachable = $state(false);
	/** A refusal to show (a too-long note, a signed-out session); the text stays on this laptop. */
	problem = $state<string | null>(null);

	/** Items typed here and not yet on the server. */
	pending = $derived(Object.values(this.local).filter((n) => n.dirty).length);
	status = $derived.by(() => {
		if (this.readOnly) return null;
		if (this.pending > 0 && (!this.online || this.unreachable))
			return `Đang lưu trên máy — ${this.pending} thay đổi chờ gửi`;
		if (
			this.saving ||
			Object.values(this.local).some(
				(n) => n.dirty && !this.conflicts[n.itemId] && !this.#refused.has(n.itemId)
			)
		)
			return 'Đang lưu…';
		if (this.lastSavedAt !== null)
			return `Đã lưu lúc ${formatTimeWithSeconds(new Date(this.lastSavedAt))}`;
		return 'Chưa có thay đổi nào.';
	});

	readonly readOnly: boolean;
	#conferenceId: number;
	#db = clientDb();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#firstUnsavedAt: number | null = null;
	#retry = new RetryLoop(() => void this.#sync());
	#sending = false;
	#stopped = false;
	/** Items the server refused as they are (400/413): not sent again until edited. */
	#refused = new SvelteSet<number>();

	constructor(conferenceId: number, notes: readonly ItemNote[], options: { readOnly: boolean }) {
		this.#conferenceId = conferenceId;
		this.readOnly = options.readOnly;
		for (const note of notes) this.server[note.itemId] = note;
		if (this.readOnly) this.ready = true;
	}

	/** What the editor shows for an item. */
	content(itemId: number): NoteContent {
		return this.local[itemId]?.content ?? this.server[itemId] ?? emptyNote(itemId);
	}

	/**
	 * Reads what this laptop holds: an unsaved text wins over the server's (a reload or a crash
	 * loses nothing), then is sent. A saved copy older than the server's is dropped.
	 */
	async load(): Promise<void> {
		if (this.readOnly) return;
		const rows = await this.#db.minutesNotes.toArray();
		for (const row of rows) {
			const latest = this.server[row.itemId]?.revision ?? 0;
			if (row.dirty || row.baseRevision >= latest) this.local[row.itemId] = row;
		}
		this.ready = true;
		if (this.pending > 0) void this.#sync();
	}

	/** One keystroke (or a speaker added, a conclusion removed): on this laptop at once, on the server soon. */
	edit(itemId: number, change: Partial<NoteContent>): void {
		if (this.readOnly || !this.ready) return;
		const before = this.local[itemId];
		const content = noteContent({
			...(before?.content ?? this.content(itemId)),
			...$state.snapshot(change)
		});
		const row: LocalNote = {
			itemId,
			content,
			baseRevision: before?.baseRevision ?? this.server[itemId]?.revision ?? 0,
			dirty: true,
			updatedAt: Date.now()
		};
		this.local[itemId] = row;
		this.#refused.delete(itemId);
		void this.#store(row);
		this.#schedule();
	}

	/** "Giữ bản của tôi": this text again, as the next revision after the other one. */
	keepMine(itemId: number): void {
		const other = this.conflicts[itemId];
		const mine = this.local[itemId];
		if (!other || !mine) return;
		this.server[itemId] = other;
		this.#replace(itemId, {
			...$state.snapshot(mine),
			baseRevision: other.revision,
			dirty: true,
			updatedAt: Date.now()
		});
		void this.#sync();
	}

	/** "Dùng bản kia": the other laptop's text replaces this one. */
	useTheirs(itemId: number): void {
		const other = this.conflicts[itemId];
		if (!other) return;
		this.server[itemId] = other;
		this.#replace(itemId, {
			itemId,
			content: noteContent(other),
			baseRevision: other.revision,
			dirty: false,
			updatedAt: Date.now()
		});
	}

	/** "Gộp cả hai": both texts in the editor, to be tidied up; saved like any typing. */
	mergeBoth(itemId: number): void {
		const other = this.conflicts[itemId];
		const mine = this.local[itemId];
		if (!other || !mine) return;
		this.server[itemId] = other;
		const content = mergeNoteContents($state.snapshot(mine.content), other);
		this.#replace(itemId, {
			itemId,
			content,
			baseRevision: other.revision,
			dirty: true,
			updatedAt: Date.now()
		});
		this.#schedule();
	}

	/** Newer notes from the page's data (after a reconnect): taken where nothing unsaved is typed here. */
	takeServerNotes(notes: readonly ItemNote[]): void {
		for (const note of notes) this.#heard(note);
	}

	/** Every saved revision of an item, newest first. */
	async revisions(itemId: number): Promise<NoteRevisionLine[] | null> {
		const body = await noteWithRevisions(itemId);
		return body?.revisions ?? null;
	}

	/** Follows other laptops' saves and the network; returns the function that stops it all. */
	start(): () => void {
		this.online = navigator.onLine;
		// Back online: the loop sends at once instead of after the backoff.
		const stopRetry = this.#retry.start((online) => (this.online = online));
		// Leaving the tab: send now; the text is in IndexedDB whatever happens to the request.
		const onHidden = () => {
			if (document.visibilityState === 'hidden') void this.#sync();
		};
		const onPageHide = () => this.#sendOnExit();
		document.addEventListener('visibilitychange', onHidden);
		window.addEventListener('pagehide', onPageHide);
		const stopLive = subscribeLive({
			onEvent: (event) => {
				if (event.type !== 'minutes' || event.conferenceId !== this.#conferenceId) return;
				if (
					event.revision <= (this.server[event.itemId]?.revision ?? 0) ||
					this.local[event.itemId]?.dirty
				)
					return;
				void noteWithRevisions(event.itemId).then((body) => body && this.#heard(body.note));
			}
		});
		return () => {
			this.#stopped = true;
			clearTimeout(this.#timer);
			stopLive();
			stopRetry();
			document.removeEventListener('visibilitychange', onHidden);
			window.removeEventListener('pagehide', onPageHide);
		};
	}

	/** Sends now what waits (the editor moved to another item). */
	flush(): void {
		void this.#sync();
	}

	#heard(note: ItemNote): void {
		if (note.revision <= (this.server[note.itemId]?.revision ?? 0) && this.server[note.itemId])
			return;
		this.server[note.itemId] = note;
		const mine = this.local[note.itemId];
		if (this.readOnly || mine?.dirty || this.conflicts[note.itemId]) return;
		this.#replace(note.itemId, {
			itemId: note.itemId,
			content: noteContent(note),
			baseRevision: note.revision,
			dirty: false,
			updatedAt: Date.now()
		});
	}

	#replace(itemId: number, row: LocalNote): void {
		delete this.conflicts[itemId];
		this.#refused.delete(itemId);
		this.local[itemId] = row;
		void this.#store(row);
	}

	async #store(row: LocalNote): Promise<void> {
		try {
			await this.#db.minutesNotes.put($state.snapshot(row) as LocalNote);
		} catch {
			this.problem =
				'Không ghi được vào bộ nhớ của trình duyệt. Vui lòng không đóng trang cho đến khi nội dung được lưu lên máy chủ.';
		}
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		const now = Date.now();
		this.#firstUnsavedAt ??= now;
		const wait = Math.min(IDLE_MS, Math.max(0, this.#firstUnsavedAt + MAX_WAIT_MS - now));
		this.#timer = setTimeout(() => void this.#sync(), wait);
	}

	/** The items to send: typed here, not waiting for a choice, not refused as they stand. */
	#sendable(): LocalNote[] {
		return Object.values(this.local).filter(
			(n) => n.dirty && !this.conflicts[n.itemId] && !this.#refused.has(n.itemId)
		);
	}

	/** One round: each waiting item once; typing meanwhile schedules the next round. */
	async #sync(): Promise<void> {
		if (this.readOnly || this.#stopped || this.#sending) return;
		if (this.#retry.holding) {
			clearTimeout(this.#timer);
			return this.#retry.later();
		}
		clearTimeout(this.#timer);
		this.#firstUnsavedAt = null;
		this.#sending = true;
		this.saving = true;
		let failed = false;
		try {
			for (const item of this.#sendable().map((n) => $state.snapshot(n) as LocalNote)) {
				const outcome = await this.#save(item);
				if (outcome === 'unreachable') {
					failed = true;
					break;
				}
				if (outcome === 'stop') return;
			}
		} finally {
			this.#sending = false;
			this.saving = false;
		}
		if (failed) {
			// The loop sends again after the backoff; typing meanwhile only waits for it.
			clearTimeout(this.#timer);
			this.#retry.failed();
			this.unreachable = true;
		} else {
			this.#retry.succeeded();
			this.unreachable = false;
			if (this.#sendable().length > 0) this.#schedule();
		}
	}

	async #save(item: LocalNote): Promise<'done' | 'unreachable' | 'stop'> {
		const answer = await saveNote(item);
		if (answer.kind === 'unreachable') return 'unreachable';
		if (answer.kind === 'saved') {
			this.problem = null;
			this.lastSavedAt = Date.now();
			this.server[item.itemId] = answer.note;
			const now = this.local[item.itemId];
			// Typed on while this was on its way: still unsaved, now on the new revision.
			const row = {
				...(now ? $state.snapshot(now) : item),
				baseRevision: answer.note.revision,
				dirty: now ? now.updatedAt !== item.updatedAt : false
			} as LocalNote;
			this.local[item.itemId] = row;
			await this.#store(row);
			return 'done';
		}
		if (answer.kind === 'conflict') {
			this.conflicts[item.itemId] = answer.conflict;
			return 'done';
		}
		this.problem = answer.message;
		if (answer.signedOut) return 'stop';
		this.#refused.add(item.itemId);
		return 'done';
	}

	/** The tab is going away: what waits is sent with keepalive, unanswered (it is in IndexedDB anyway). */
	#sendOnExit(): void {
		if (this.readOnly) return;
		for (const item of this.#sendable()) sendNoteOnExit($state.snapshot(item) as LocalNote);
	}
}
