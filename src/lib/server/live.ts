import { sql } from 'drizzle-orm';
import type { LiveEvent } from '$lib/domain/live';
import type { DatabaseHandle, Executor } from './db';

/**
 * Live events (docs/architecture.md, Live state) travel through PostgreSQL NOTIFY, so every app process on one
 * database hears every change; each process then fans them out to its own SSE clients.
 */
const CHANNEL = 'hoinghi_live';
/** NOTIFY payloads must stay under 8000 bytes; attendance changes are sent in chunks this big. */
const CHANGES_PER_MESSAGE = 60;

// The events and who hears them: src/lib/domain/live.ts (the contract shared with the browser).
export { isStaffOnly, type LiveEvent } from '$lib/domain/live';

/**
 * Queues the event with NOTIFY on the caller's executor: inside a transaction it is delivered only
 * when that transaction commits, so nobody hears of a change that was rolled back.
 */
export async function publish(db: Executor, event: LiveEvent): Promise<void> {
	const messages: LiveEvent[] = [];
	if (event.type === 'attendance') {
		for (let i = 0; i < event.changes.length; i += CHANGES_PER_MESSAGE) {
			messages.push({ ...event, changes: event.changes.slice(i, i + CHANGES_PER_MESSAGE) });
		}
	} else {
		messages.push(event);
	}
	for (const message of messages) {
		await db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify(message)})`);
	}
}

type Listener = (event: LiveEvent) => void;
const listeners = new Set<Listener>();

/** In-process subscription (one per SSE client); returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

export function subscriberCount(): number {
	return listeners.size;
}

function dispatch(payload: string): void {
	let event: LiveEvent;
	try {
		event = JSON.parse(payload) as LiveEvent;
	} catch {
		return;
	}
	for (const listener of listeners) {
		try {
			listener(event);
		} catch (err) {
			console.error('[live] lỗi khi gửi sự kiện:', err);
		}
	}
}

/** Called once at server start, after the database is ready. */
export async function startLive(handle: DatabaseHandle): Promise<() => Promise<void>> {
	return handle.listen(CHANNEL, dispatch);
}
