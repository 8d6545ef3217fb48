import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyTimer,
	formatTimer,
	meetingDay,
	meetingStartedAt,
	idleTimer,
	itemTimings,
	MINUTE_MS,
	msUntilNextChange,
	phaseOf,
	remainingAt,
	timerForItem,
	widestTimerText,
	type TimerCommand,
	type TimerEventRecord,
	type TimerState
} from './timer';

const SEVEN = 7 * MINUTE_MS;
const t0 = Date.UTC(2026, 3, 24, 2, 0, 0);

/** Applies commands at the given times, collecting the events as the server would store them. */
function run(steps: [number, TimerCommand][], start: TimerState = idleTimer()) {
	let state = start;
	const events: TimerEventRecord[] = [];
	for (const [at, command] of steps) {
		const out = applyTimer(state, command, at);
		state = out.state;
		if (out.event) events.push({ ...out.event, at });
	}
	return { state, events };
}

describe('timer maths', () => {
	it('counts down from 07:00 once started and shows the same time whenever it is read', () => {
		const { state, events } = run([
			[t0, { action: 'select', itemId: 5, plannedMs: SEVEN }],
			[t0 + 1000, { action: 'start' }]
		]);
		expect(state).toEqual({
			itemId: 5,
			allottedMs: SEVEN,
			running: true,
			endsAt: t0 + 1000 + SEVEN,
			remainingMs: SEVEN
		});
		expect(events.map((e) => e.kind)).toEqual(['select', 'start']);
		expect(formatTimer(remainingAt(state, t0 + 1000))).toBe('07:00');
		expect(formatTimer(remainingAt(state, t0 + 1001))).toBe('07:00');
		expect(formatTimer(remainingAt(state, t0 + 2000))).toBe('06:59');
		expect(formatTimer(remainingAt(state, t0 + 1000 + SEVEN - 1))).toBe('00:01');
	});

	it('freezes on pause and goes on from the same time on resume', () => {
		const { state, events } = run([
			[t0, { action: 'select', itemId: 5, plannedMs: SEVEN }],
			[t0, { action: 'start' }],
			[t0 + 90_500, { action: 'pause' }]
		]);
		expect(state.running).toBe(false);
		expect(remainingAt(state, t0 + 10 * MINUTE_MS)).toBe(SEVEN - 90_500);
		const resumed = applyTimer(state, { action: 'resume' }, t0 + 5 * MINUTE_MS);
		expect(resumed.event?.kind).toBe('resume');
		expect(remainingAt(resumed.state, t0 + 5 * MINUTE_MS + 500)).toBe(SEVEN - 91_000);
		expect(events.at(-1)).toMatchObject({ kind: 'pause', ms: SEVEN - 90_500 });
	});

	it('adds and takes a minute, running or paused, never below zero time given', () => {
		const running = run([
			[t0, { action: 'select', itemId: 1, plannedMs: SEVEN }],
			[t0, { action: 'start' }],
			[t0 + 1000, { action: 'extend', ms: MINUTE_MS }]
		]).state;
		expect(running.allottedMs).toBe(8 * MINUTE_MS);
		expect(remainingAt(running, t0 + 1000)).toBe(8 * MINUTE_MS - 1000);
		const less = applyTimer(running, { action: 'extend', ms: -MINUTE_MS }, t0 + 2000).state;
		expect(remainingAt(less, t0 + 2000)).toBe(SEVEN - 2000);

		const paused = applyTimer(
			timerForItem(1, MINUTE_MS),
			{ action: 'extend', ms: -5 * MINUTE_MS },
			t0
		);
		expect(paused.state.allottedMs).toBe(0);
		expect(paused.event).toMatchObject({ kind: 'extend', ms: -MINUTE_MS });
		expect(applyTimer(paused.state, { action: 'extend', ms: -MINUTE_MS }, t0).event).toBeNull();
	});

	it('goes into overtime shown as +mm:ss in red, after a yellow last minute', () => {
		const state = run([
			[t0, { action: 'select', itemId: 1, plannedMs: SEVEN }],
			[t0, { action: 'start' }]
		]).state;
		const at = (ms: number) => remainingAt(state, t0 + ms);
		expect(phaseOf(at(0), state)).toBe('green');
		expect(phaseOf(at(SEVEN - 60_001), state)).toBe('green');
		expect(phaseOf(at(SEVEN - 60_000), state)).toBe('yellow');
		expect(phaseOf(at(SEVEN), state)).toBe('red');
		expect(formatTimer(at(SEVEN))).toBe('+00:00');
		expect(formatTimer(at(SEVEN + 35_400))).toBe('+00:35');
		expect(formatTimer(at(SEVEN + 61 * MINUTE_MS))).toBe('+61:00');
		expect(phaseOf(at(SEVEN + 35_000), state)).toBe('red');
		expect(phaseOf(0, idleTimer())).toBe('idle');
		// All the time taken away: the speaker is over time, not idle.
		expect(phaseOf(-500, timerForItem(1, 0))).toBe('red');
	});

	it('reset gives the full time back, paused; a second reset changes nothing', () => {
		const { state } = run([
			[t0, { action: 'select', itemId: 1, plannedMs: SEVEN }],
			[t0, { action: 'start' }],
			[t0 + 1000, { action: 'extend', ms: MINUTE_MS }],
			[t0 + 30_000, { action: 'reset' }]
		]);
		expect(state).toEqual({
			itemId: 1,
			allottedMs: 8 * MINUTE_MS,
			running: false,
			endsAt: null,
			remainingMs: 8 * MINUTE_MS
		});
		expect(applyTimer(state, { action: 'reset' }, t0 + 31_000).event).toBeNull();
		expect(applyTimer(state, { action: 'start' }, t0 + 31_000).event?.kind).toBe('start');
	});

	it('changing item stops the clock and opens the next one at its planned time', () => {
		const { state, events } = run([
			[t0, { action: 'select', itemId: 1, plannedMs: SEVEN }],
			[t0, { action: 'start' }],
			[t0 + 5000, { action: 'select', itemId: 2, plannedMs: 20 * MINUTE_MS }]
		]);
		expect(state).toEqual({
			itemId: 2,
			allottedMs: 20 * MINUTE_MS,
			running: false,
			endsAt: null,
			remainingMs: 20 * MINUTE_MS
		});
		expect(events.at(-1)).toEqual({ kind: 'select', itemId: 2, ms: SEVEN - 5000, at: t0 + 5000 });
		expect(applyTimer(state, { action: 'select', itemId: 2, plannedMs: 1 }, t0).event).toBeNull();
	});

	it('ignores presses that make no sense now: a double tap leaves one state and one event', () => {
		expect(applyTimer(idleTimer(), { action: 'start' }, t0).event).toBeNull();
		const started = run([
			[t0, { action: 'select', itemId: 1, plannedMs: SEVEN }],
			[t0, { action: 'start' }]
		]).state;
		expect(applyTimer(started, { action: 'start' }, t0 + 100)).toEqual({
			state: started,
			event: null
		});
		expect(applyTimer(started, { action: 'resume' }, t0 + 100).event).toBeNull();
		const paused = applyTimer(started, { action: 'pause' }, t0 + 200).state;
		expect(applyTimer(paused, { action: 'pause' }, t0 + 300)).toEqual({
			state: paused,
			event: null
		});
	});

	it('never shows a time that disagrees with remainingAt, for any sequence of presses', () => {
		const command = fc.oneof(
			fc.constantFrom<TimerCommand>(
				{ action: 'start' },
				{ action: 'pause' },
				{ action: 'resume' },
				{ action: 'reset' },
				{ action: 'stop' }
			),
			fc
				.integer({ min: -3, max: 3 })
				.map((m): TimerCommand => ({ action: 'extend', ms: m * MINUTE_MS })),
			fc
				.integer({ min: 1, max: 4 })
				.map((id): TimerCommand => ({ action: 'select', itemId: id, plannedMs: id * MINUTE_MS }))
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 120_000 }), command), { maxLength: 40 }),
				(steps) => {
					let at = t0;
					let state = idleTimer();
					for (const [gap, cmd] of steps) {
						at += gap;
						const before = remainingAt(state, at);
						const { state: next, event } = applyTimer(state, cmd, at);
						if (!event) expect(next).toBe(state);
						// The time left only jumps by an extension, a reset or an item change.
						if (event && ['start', 'resume', 'pause', 'stop'].includes(event.kind))
							expect(remainingAt(next, at)).toBe(before);
						if (event?.kind === 'extend') expect(remainingAt(next, at)).toBe(before + event.ms);
						expect(next.allottedMs).toBeGreaterThanOrEqual(0);
						expect(next.running).toBe(next.endsAt !== null);
						state = next;
					}
				}
			)
		);
	});

	it('redraws exactly when the shown second changes', () => {
		expect(msUntilNextChange(65_250)).toBe(250);
		expect(msUntilNextChange(65_000)).toBe(1000);
		expect(formatTimer(65_000 - 1)).toBe('01:05');
		expect(formatTimer(65_000 - 1000 + 0.5)).not.toBe(formatTimer(65_000 - 1000 - 0.5));
		expect(msUntilNextChange(-250)).toBe(750);
		expect(formatTimer(-999)).toBe('+00:00');
		expect(formatTimer(-1000)).toBe('+00:01');
	});
});

describe('the widest text a screen sizes the digits for', () => {
	it('is +00:00 for a tham luận, so overtime is as wide as the countdown', () => {
		expect(widestTimerText(SEVEN, SEVEN)).toBe('+00:00');
		expect(widestTimerText(SEVEN, -73_000)).toBe('+00:00');
		expect(formatTimer(-73_000)).toBe('+01:13');
	});

	it('grows a digit for a morning-long item and for overtime past 99 minutes', () => {
		expect(widestTimerText(120 * MINUTE_MS, 120 * MINUTE_MS)).toBe('+000:00');
		expect(widestTimerText(SEVEN, -100 * MINUTE_MS)).toBe('+000:00');
	});

	it('is never narrower than any text the timer shows (same characters, digits tabular)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 4 * 60 * MINUTE_MS }),
				fc.integer({ min: -10 * 60 * MINUTE_MS, max: 4 * 60 * MINUTE_MS }),
				(allotted, remaining) => {
					const shown = formatTimer(remaining);
					const widest = widestTimerText(allotted, remaining);
					expect(widest.length).toBeGreaterThanOrEqual(shown.length);
					expect(widest.startsWith('+')).toBe(true);
				}
			)
		);
	});
});

describe('speakers’ actual times from the timer events', () => {
	it('gives start, end and spoken time without the pauses, extensions counted', () => {
		const { events } = run([
			[t0, { action: 'select', itemId: 7, plannedMs: SEVEN }],
			[t0 + 10_000, { action: 'start' }],
			[t0 + 3 * MINUTE_MS, { action: 'pause' }],
			[t0 + 4 * MINUTE_MS, { action: 'resume' }],
			[t0 + 5 * MINUTE_MS, { action: 'extend', ms: MINUTE_MS }],
			[t0 + 9 * MINUTE_MS, { action: 'select', itemId: 8, plannedMs: SEVEN }],
			[t0 + 9 * MINUTE_MS + 5000, { action: 'start' }]
		]);
		const timings = itemTimings(events, () => SEVEN);
		expect(timings).toEqual([
			{
				itemId: 7,
				startedAt: t0 + 10_000,
				endedAt: t0 + 9 * MINUTE_MS,
				spokenMs: 8 * MINUTE_MS - 10_000,
				allottedMs: 8 * MINUTE_MS
			},
			{
				itemId: 8,
				startedAt: t0 + 9 * MINUTE_MS + 5000,
				endedAt: null,
				spokenMs: 0,
				allottedMs: SEVEN
			}
		]);
	});

	it('starts the count again after a reset, and continues it when the chair comes back to an item', () => {
		const { events } = run([
			[t0, { action: 'select', itemId: 1, plannedMs: SEVEN }],
			[t0, { action: 'start' }],
			[t0 + 20_000, { action: 'reset' }],
			[t0 + 30_000, { action: 'start' }],
			[t0 + 90_000, { action: 'select', itemId: 2, plannedMs: SEVEN }],
			[t0 + 100_000, { action: 'select', itemId: 1, plannedMs: SEVEN }],
			[t0 + 110_000, { action: 'start' }],
			[t0 + 130_000, { action: 'stop' }]
		]);
		const [first] = itemTimings(events, () => SEVEN);
		expect(first).toEqual({
			itemId: 1,
			startedAt: t0 + 30_000,
			endedAt: t0 + 130_000,
			spokenMs: 80_000,
			allottedMs: SEVEN
		});
	});
});

describe('meetingStartedAt and meetingDay', () => {
	const planned = new Date('2026-04-24T01:00:00Z');
	it('starts at the first timer start, whatever the order', () => {
		const timings = [{ startedAt: 2_000 }, { startedAt: 1_000 }];
		expect(meetingStartedAt(timings)).toEqual(new Date(1_000));
		expect(meetingDay(timings, planned)).toEqual(new Date(1_000));
	});
	it('has no start before any item is timed, and is dated its planned day', () => {
		expect(meetingStartedAt([])).toBeNull();
		expect(meetingDay([], planned)).toBe(planned);
	});
});
