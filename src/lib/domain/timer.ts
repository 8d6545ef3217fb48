import { pad2 } from './dates';

/**
 * The speaker timer (docs/architecture.md, Live state). It is data, not a ticking process: while running it
 * holds the server time it ends at; while stopped, the time left. Every screen computes what to show
 * from it and its own corrected clock, so all screens agree without the server sending ticks.
 */

export interface TimerState {
	/** The agenda item being timed; null before the meeting starts. */
	itemId: number | null;
	/** The time given to the item, extensions included. */
	allottedMs: number;
	running: boolean;
	/** Server epoch ms at which the time runs out; set only while running. */
	endsAt: number | null;
	/** Time left (negative in overtime); used while not running. */
	remainingMs: number;
}

/** The kinds of row written to `timer_event`; the minutes read speakers' real times from them. */
export const TIMER_EVENT_KINDS = [
	'start',
	'pause',
	'resume',
	'extend',
	'reset',
	'select',
	'stop'
] as const;
export type TimerEventKind = (typeof TIMER_EVENT_KINDS)[number];

export const MINUTE_MS = 60_000;
/** Yellow from this much time left. */
export const WARNING_MS = 60_000;
/** Longest time the chair can give one item (a morning). */
export const MAX_ALLOTTED_MS = 4 * 60 * MINUTE_MS;

export function idleTimer(): TimerState {
	return { itemId: null, allottedMs: 0, running: false, endsAt: null, remainingMs: 0 };
}

/** The timer for an item just opened: full time, not running. */
export function timerForItem(itemId: number, plannedMs: number): TimerState {
	const allottedMs = clampAllotted(plannedMs);
	return { itemId, allottedMs, running: false, endsAt: null, remainingMs: allottedMs };
}

function clampAllotted(ms: number): number {
	return Math.max(0, Math.min(MAX_ALLOTTED_MS, Math.round(ms)));
}

/** Time left at `now` (server epoch ms); negative once the time is over. */
export function remainingAt(state: TimerState, now: number): number {
	return state.running && state.endsAt !== null ? state.endsAt - now : state.remainingMs;
}

/** Whether the timer has ever been started since the item was opened or reset. */
export function hasStarted(state: TimerState): boolean {
	return state.running || state.remainingMs !== state.allottedMs;
}

export type TimerPhase = 'idle' | 'green' | 'yellow' | 'red';

/** Green while more than a minute is left, yellow in the last minute, red at zero and in overtime. */
export function phaseOf(remainingMs: number, state?: Pick<TimerState, 'itemId'>): TimerPhase {
	if (state && state.itemId === null) return 'idle';
	if (remainingMs <= 0) return 'red';
	if (remainingMs <= WARNING_MS) return 'yellow';
	return 'green';
}

/**
 * `07:00`, `00:01`, then `+00:00`, `+00:35` in overtime. The countdown rounds up, so `00:01` stays
 * until the very end and the turn to overtime happens at zero; overtime counts whole seconds passed.
 */
export function formatTimer(remainingMs: number): string {
	if (remainingMs > 0) {
		const s = Math.ceil(remainingMs / 1000);
		return `${pad2(Math.floor(s / 60))}:${pad2(s % 60)}`;
	}
	const s = Math.floor(-remainingMs / 1000);
	return `+${pad2(Math.floor(s / 60))}:${pad2(s % 60)}`;
}

/**
 * The widest text the timer can show for an item given `allottedMs` while it shows `remainingMs`:
 * `+00:00`, or as many minute digits as the countdown or the overtime needs (`+100:00`). A screen
 * sizes its digits for this text, so the width does not change from second to second and `+01:13`
 * fits wherever `07:00` did. Digits are drawn tabular (all of one width), so zeros stand for any.
 */
export function widestTimerText(allottedMs: number, remainingMs: number): string {
	const minutes = (ms: number) => Math.floor(Math.ceil(Math.abs(ms) / 1000) / 60);
	const digits = Math.max(
		2,
		String(minutes(allottedMs)).length,
		String(minutes(remainingMs)).length
	);
	return `+${'0'.repeat(digits)}:00`;
}

/** Milliseconds until the text of `formatTimer` next changes (for a screen that redraws only then). */
export function msUntilNextChange(remainingMs: number): number {
	if (remainingMs > 0) {
		const r = remainingMs % 1000;
		return r === 0 ? 1000 : r;
	}
	const over = -remainingMs;
	return 1000 - (over % 1000);
}

export type TimerCommand =
	| { action: 'start' }
	| { action: 'pause' }
	| { action: 'resume' }
	| { action: 'extend'; ms: number }
	| { action: 'reset' }
	| { action: 'stop' }
	| { action: 'select'; itemId: number | null; plannedMs: number };

export interface TimerTransition {
	state: TimerState;
	/** The row for `timer_event`, or null when the command changed nothing (a double tap). */
	event: { kind: TimerEventKind; itemId: number | null; ms: number } | null;
}

/**
 * Applies one command at server time `now`. Commands that make no sense in the current state
 * (pause while paused, start while running) change nothing, so a double tap or two chairs pressing
 * the same button leave one state and one event.
 */
export function applyTimer(state: TimerState, command: TimerCommand, now: number): TimerTransition {
	const unchanged: TimerTransition = { state, event: null };
	const left = remainingAt(state, now);
	switch (command.action) {
		case 'start':
		case 'resume': {
			if (state.itemId === null || state.running) return unchanged;
			const kind = hasStarted(state) ? 'resume' : 'start';
			return {
				state: { ...state, running: true, endsAt: now + state.remainingMs },
				event: { kind, itemId: state.itemId, ms: state.remainingMs }
			};
		}
		case 'pause': {
			if (!state.running) return unchanged;
			return {
				state: { ...state, running: false, endsAt: null, remainingMs: left },
				event: { kind: 'pause', itemId: state.itemId, ms: left }
			};
		}
		case 'extend': {
			if (state.itemId === null || command.ms === 0) return unchanged;
			// The time given never goes below zero; remaining time may then be in overtime.
			const allottedMs = clampAllotted(state.allottedMs + command.ms);
			const delta = allottedMs - state.allottedMs;
			if (delta === 0) return unchanged;
			return {
				state: {
					...state,
					allottedMs,
					endsAt: state.running && state.endsAt !== null ? state.endsAt + delta : null,
					remainingMs: state.running ? state.remainingMs : state.remainingMs + delta
				},
				event: { kind: 'extend', itemId: state.itemId, ms: delta }
			};
		}
		case 'reset': {
			if (state.itemId === null || (!state.running && state.remainingMs === state.allottedMs))
				return unchanged;
			return {
				state: { ...state, running: false, endsAt: null, remainingMs: state.allottedMs },
				event: { kind: 'reset', itemId: state.itemId, ms: left }
			};
		}
		case 'stop': {
			if (state.itemId === null || !hasStarted(state)) return unchanged;
			return {
				state: { ...state, running: false, endsAt: null, remainingMs: left },
				event: { kind: 'stop', itemId: state.itemId, ms: left }
			};
		}
		case 'select': {
			if (command.itemId === state.itemId) return unchanged;
			const next =
				command.itemId === null ? idleTimer() : timerForItem(command.itemId, command.plannedMs);
			return { state: next, event: { kind: 'select', itemId: command.itemId, ms: left } };
		}
	}
}

/** One row of `timer_event` as the minutes read it. */
export interface TimerEventRecord {
	kind: TimerEventKind;
	itemId: number | null;
	/** Server time of the event, epoch ms. */
	at: number;
	ms: number;
}

export interface ItemTiming {
	itemId: number;
	/** First start of the speaker's time. */
	startedAt: number;
	/** When the time last stopped running (pause, stop, item change); null while still running. */
	endedAt: number | null;
	/** Time actually spoken: running time only, pauses left out. */
	spokenMs: number;
	/** Time given, extensions included. */
	allottedMs: number;
}

/**
 * Each item's real start, end and spoken duration from the timer events in time order. A reset
 * starts the item's count again; a later return to the item continues it.
 */
export function itemTimings(
	events: TimerEventRecord[],
	plannedMs: (itemId: number) => number
): ItemTiming[] {
	const timings = new Map<number, ItemTiming>();
	/** Extensions per item, counted even when given before the speaker started. */
	const extra = new Map<number, number>();
	let current: number | null = null;
	let runningSince: number | null = null;
	const stopRunning = (at: number) => {
		if (current === null || runningSince === null) return;
		const t = timings.get(current);
		if (t) {
			t.spokenMs += at - runningSince;
			t.endedAt = at;
		}
		runningSince = null;
	};
	for (const e of events) {
		switch (e.kind) {
			case 'select':
				stopRunning(e.at);
				current = e.itemId;
				break;
			case 'start':
			case 'resume': {
				if (e.itemId === null) break;
				if (current !== e.itemId) stopRunning(e.at);
				current = e.itemId;
				let t = timings.get(e.itemId);
				if (!t) {
					t = { itemId: e.itemId, startedAt: e.at, endedAt: null, spokenMs: 0, allottedMs: 0 };
					timings.set(e.itemId, t);
				}
				t.endedAt = null;
				runningSince = e.at;
				break;
			}
			case 'pause':
			case 'stop':
				stopRunning(e.at);
				break;
			case 'extend':
				if (e.itemId !== null) extra.set(e.itemId, (extra.get(e.itemId) ?? 0) + e.ms);
				break;
			case 'reset':
				// The item starts over: what was timed before does not count.
				if (e.itemId !== null) timings.delete(e.itemId);
				if (e.itemId === current) runningSince = null;
				break;
		}
	}
	return [...timings.values()]
		.map((t) => ({ ...t, allottedMs: plannedMs(t.itemId) + (extra.get(t.itemId) ?? 0) }))
		.sort((a, b) => a.startedAt - b.startedAt);
}

/**
 * When the meeting started: the first timer start of any item. A meeting no item was ever timed
 * for has not started, and its start is null; nothing stands in for it (the biên bản says the start
 * is missing rather than print the planned time as if it were true).
 */
export function meetingStartedAt(timings: readonly Pick<ItemTiming, 'startedAt'>[]): Date | null {
	const first = Math.min(...timings.map((t) => t.startedAt));
	return Number.isFinite(first) ? new Date(first) : null;
}

/**
 * The day the meeting is held, for documents dated by it (the appendix's "ngày 24/4/2026", the
 * thông báo's opening): the day it started, else its planned start. Only the day is printed from
 * it, so a meeting not yet started never shows a start time the body does not have.
 */
export function meetingDay(
	timings: readonly Pick<ItemTiming, 'startedAt'>[],
	plannedStart: Date
): Date {
	return meetingStartedAt(timings) ?? plannedStart;
}
