// Small key-value snapshots kept on this device (localStorage), for pages that must open offline
// showing what they last knew: the delegate's page and the hall state it heard. No Dexie here, so
// the delegate's phone loads none; the scanner's roster and outbox stay in IndexedDB (./db.ts).

const PREFIX = 'hoinghi:';

/** What was stored under a key, and when (client time, or the server's render time of page data). */
export interface Snapshot<T> {
	savedAt: number;
	data: T;
}

/** The snapshot stored under `key`, or null (none, unreadable, or storage unavailable). */
export function readSnapshot<T>(key: string): Snapshot<T> | null {
	try {
		const raw = localStorage.getItem(PREFIX + key);
		if (raw === null) return null;
		const value = JSON.parse(raw) as Snapshot<T>;
		return typeof value?.savedAt === 'number' && 'data' in value ? value : null;
	} catch {
		return null;
	}
}

/** Stores `data` under `key`; a full or disabled storage only means nothing is kept. */
export function writeSnapshot<T>(key: string, savedAt: number, data: T): void {
	try {
		localStorage.setItem(PREFIX + key, JSON.stringify({ savedAt, data } satisfies Snapshot<T>));
	} catch {
		/* quota or private mode: the page still works online */
	}
}
