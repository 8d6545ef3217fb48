import type { DeviceNames } from '$lib/domain/devices';
import Dexie, { type EntityTable } from 'dexie';
import type { NoteContent } from '$lib/domain/minutes';
import type { RosterEntry } from '$lib/domain/scan';

// The scanner's and the secretary's IndexedDB (Dexie). The delegate's page keeps its small snapshots in
// localStorage instead (./snapshot.ts), so a delegate's phone never loads Dexie.

/** A delegate on the scanner, with the folded name for search without diacritics. */
export interface RosterRow extends RosterEntry {
	searchText: string;
}

/** The scanner's roster header: which conference, when, and the hashes it must name as refused. */
export interface RosterMeta {
	key: 'current';
	conferenceId: number;
	conferenceTitle: string;
	syncedAt: number;
	groups: { id: number; name: string }[];
	revokedHashes: string[];
	otherConferenceHashes: string[];
	/** Scanners' names by device id; absent in a roster stored before names existed. */
	devices?: DeviceNames;
}

/** A check-in waiting to reach the server, exactly as it will be sent (ids made on this device). */
export interface OutboxItem {
	id: string;
	createdAt: number;
	payload: {
		id: string;
		tokenHash?: string;
		delegateId?: number;
		walkIn?: { fullName: string; position: string; groupId: number | null };
		scannedAt: string;
		deviceId: string;
		method: 'scan' | 'manual' | 'walk-in';
	};
	/** For the list of recent check-ins while it waits. */
	fullName: string;
}

/** This device's recent check-ins, kept for the "Vừa điểm danh" list and undo. */
export interface RecentCheckin {
	id: string;
	at: number;
	delegateId: number | null;
	fullName: string;
	/** 'check': a code the device could not place, waiting for the server's answer. */
	kind: 'admit' | 'repeat' | 'check';
	method: 'scan' | 'manual' | 'walk-in';
	undone?: boolean;
	/** The server refused it: its reason, in Vietnamese. */
	refused?: string;
}

/**
 * The secretary's note of one agenda item as typed on this laptop, written at every keystroke
 * (src/lib/client/minutes-notes.svelte.ts): a reload or a crash loses nothing that was typed.
 */
export interface LocalNote {
	itemId: number;
	content: NoteContent;
	/** The server's revision this text was typed on. */
	baseRevision: number;
	/** Typed here and not yet saved on the server. */
	dirty: boolean;
	updatedAt: number;
}

class ClientDatabase extends Dexie {
	roster!: EntityTable<RosterRow, 'id'>;
	rosterMeta!: EntityTable<RosterMeta, 'key'>;
	outbox!: EntityTable<OutboxItem, 'id'>;
	recent!: EntityTable<RecentCheckin, 'id'>;
	minutesNotes!: EntityTable<LocalNote, 'itemId'>;

	constructor() {
		super('hoinghi');
		this.version(1).stores({ delegatePages: 'key' });
		this.version(2).stores({
			delegatePages: 'key',
			roster: 'id, tokenHash',
			rosterMeta: 'key',
			outbox: 'id, createdAt',
			recent: 'id, at'
		});
		this.version(3).stores({ hall: 'key' });
		// The delegate's page and hall snapshots moved to localStorage (./snapshot.ts).
		this.version(4).stores({ delegatePages: null, hall: null });
		this.version(5).stores({ minutesNotes: 'itemId' });
	}
}

let instance: ClientDatabase | undefined;

/** Opened on first use, in the browser only. */
export function clientDb(): ClientDatabase {
	return (instance ??= new ClientDatabase());
}
