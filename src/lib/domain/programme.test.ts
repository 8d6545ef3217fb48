import { describe, expect, it } from 'vitest';
import { formatDrift, formatSpoken, programmeProgress } from './programme';
import { applyTimer, idleTimer, MINUTE_MS, timerForItem } from './timer';

/** Hà Nội time on the conference's morning. */
const at = (hhmm: string, day = '2026-04-24') => Date.parse(`${day}T${hhmm}:00+07:00`);
const startsAt = new Date(at('08:00'));
// 08:00 welcome 30', 08:30 opening 5', 08:35 tham luận 7', 08:42 tham luận 7'.
const items = [
	{ id: 1, plannedSeconds: 30 * 60 },
	{ id: 2, plannedSeconds: 5 * 60 },
	{ id: 3, plannedSeconds: 7 * 60 },
	{ id: 4, plannedSeconds: 7 * 60 }
];

describe('planned against actual', () => {
	it('gives each item its planned start and length, and its actual start and spoken time once timed', () => {
		const timings = [
			{ itemId: 1, startedAt: at('08:05'), endedAt: at('08:36'), spokenMs: 31 * MINUTE_MS },
			{ itemId: 2, startedAt: at('08:37'), endedAt: null, spokenMs: 4.5 * MINUTE_MS }
		];
		const { rows } = programmeProgress(
			items,
			startsAt,
			timings,
			timerForItem(3, 7 * MINUTE_MS),
			at('08:42')
		);
		expect(
			rows.map((r) => [
				r.itemId,
				r.plannedStart.getTime(),
				r.plannedSeconds,
				r.actualStart?.getTime() ?? null,
				r.spokenMs,
				r.done
			])
		).toEqual([
			[1, at('08:00'), 1800, at('08:05'), 31 * MINUTE_MS, true],
			// Still running when read: its spoken time is not final.
			[2, at('08:30'), 300, at('08:37'), 4.5 * MINUTE_MS, false],
			[3, at('08:35'), 420, null, null, false],
			[4, at('08:42'), 420, null, null, false]
		]);
	});

	it('says nothing of the drift before the first item is opened', () => {
		expect(programmeProgress(items, startsAt, [], idleTimer(), at('08:10')).driftMs).toBeNull();
	});

	it('runs behind when the open item starts late: its full time from now against its planned end', () => {
		// Item 3 was due at 08:35; at 08:42 it is opened and not started: it will end at 08:49, planned 08:42.
		const { driftMs } = programmeProgress(
			items,
			startsAt,
			[],
			timerForItem(3, 7 * MINUTE_MS),
			at('08:42')
		);
		expect(driftMs).toBe(7 * MINUTE_MS);
		expect(formatDrift(driftMs!)).toBe('Chậm 7 phút so với chương trình');
	});

	it('runs ahead when an item is opened before its time and started early', () => {
		const opened = timerForItem(3, 7 * MINUTE_MS);
		const running = applyTimer(opened, { action: 'start' }, at('08:31')).state;
		// Started at 08:31, due to end 08:38 against 08:42 planned.
		const { driftMs } = programmeProgress(
			items,
			startsAt,
			[{ itemId: 3, startedAt: at('08:31'), endedAt: null, spokenMs: 0 }],
			running,
			at('08:33')
		);
		expect(driftMs).toBe(-4 * MINUTE_MS);
		expect(formatDrift(driftMs!)).toBe('Sớm 4 phút so với chương trình');
		// An item opened before its planned start is not counted as ahead until it starts.
		expect(programmeProgress(items, startsAt, [], opened, at('08:20')).driftMs).toBe(0);
	});

	it('grows while a speaker runs over, and while the timer is paused', () => {
		const running = applyTimer(
			timerForItem(3, 7 * MINUTE_MS),
			{ action: 'start' },
			at('08:35')
		).state;
		const timings = [{ itemId: 3, startedAt: at('08:35'), endedAt: null, spokenMs: 0 }];
		expect(programmeProgress(items, startsAt, timings, running, at('08:40')).driftMs).toBe(0);
		expect(programmeProgress(items, startsAt, timings, running, at('08:45')).driftMs).toBe(
			3 * MINUTE_MS
		);
		const paused = applyTimer(running, { action: 'pause' }, at('08:38')).state;
		expect(programmeProgress(items, startsAt, timings, paused, at('08:40')).driftMs).toBe(
			2 * MINUTE_MS
		);
	});

	it('measures a meeting held on another day against the same clock times on that day', () => {
		const day = '2026-12-01';
		const timings = [{ itemId: 1, startedAt: at('08:02', day), endedAt: null, spokenMs: 0 }];
		const running = applyTimer(
			timerForItem(1, 30 * MINUTE_MS),
			{ action: 'start' },
			at('08:02', day)
		).state;
		const { rows, driftMs } = programmeProgress(
			items,
			startsAt,
			timings,
			running,
			at('08:10', day)
		);
		expect(rows[2]!.plannedStart.getTime()).toBe(at('08:35', day));
		expect(driftMs).toBe(2 * MINUTE_MS);
	});
});

describe('the words', () => {
	it('rounds the drift to minutes', () => {
		expect(formatDrift(20_000)).toBe('Đúng chương trình');
		expect(formatDrift(-29_000)).toBe('Đúng chương trình');
		expect(formatDrift(75 * MINUTE_MS)).toBe('Chậm 1 giờ 15 phút so với chương trình');
	});

	it('gives the spoken time in minutes and seconds', () => {
		expect(formatSpoken(390_400)).toBe('6 phút 30 giây');
		expect(formatSpoken(45_000)).toBe('45 giây');
		expect(formatSpoken(7 * MINUTE_MS)).toBe('7 phút');
	});
});
