import type { AttendanceChange } from './checkin';
import type { MeetingSnapshot } from './meeting';

/**
 * The live contract (docs/architecture.md, Live state): every event the server publishes and `/api/live`
 * sends, one SSE message each, named by `type`, whose data is the event itself plus `serverTime`.
 * The server and the browser both type their ends from here.
 *
 * A new event is one member of this union and one line in LIVE_EVENTS (the compiler asks for it).
 */
export type LiveEvent =
	/** First check-ins changed (sent in chunks): scanners and the secretariat's boards update. */
	| { type: 'attendance'; conferenceId: number; changes: AttendanceChange[] }
	/** Delegates were added, edited, removed or re-issued: scanners fetch the roster again. */
	| { type: 'roster'; conferenceId: number }
	/** The timed item, its timer or the chair's message changed: the new state itself. */
	| { type: 'meeting'; conferenceId: number; meeting: MeetingSnapshot }
	/** The programme was edited: clients re-read it. */
	| { type: 'agenda'; conferenceId: number }
	/** A unit sent a file, or a request, a unit or a publication changed: the secretariat's board re-reads. */
	| { type: 'submissions'; conferenceId: number }
	/** An item's minutes note got a new revision: other tabs and laptops re-read it. */
	| { type: 'minutes'; conferenceId: number; itemId: number; revision: number };

export type LiveEventType = LiveEvent['type'];

/** One event of the given type, as published. */
export type LivePayload<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;

/** One event as a browser receives it: the event and the server's clock when it was sent. */
export type LiveMessage = {
	[T in LiveEventType]: LivePayload<T> & { serverTime: number };
}[LiveEventType];

/**
 * Who hears each event: staff-only events go to signed-in staff, the others to everyone (the
 * projector, delegates' phones). Exactly the union's types: a missing or unknown one fails
 * type-checking.
 */
export const LIVE_EVENTS = {
	attendance: { staffOnly: true },
	roster: { staffOnly: true },
	meeting: { staffOnly: false },
	agenda: { staffOnly: false },
	submissions: { staffOnly: true },
	minutes: { staffOnly: true }
} as const satisfies Record<LiveEventType, { staffOnly: boolean }>;

/** Every event name, for the browser's listeners. */
export const LIVE_EVENT_TYPES = Object.keys(LIVE_EVENTS) as LiveEventType[];

/** Whether only signed-in staff may receive this event (attendance and the roster). */
export function isStaffOnly(event: Pick<LiveEvent, 'type'>): boolean {
	return LIVE_EVENTS[event.type].staffOnly;
}
