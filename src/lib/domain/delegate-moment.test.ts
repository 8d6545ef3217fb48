import { describe, expect, it } from 'vitest';
import {
	delegateMoment,
	repliesClosedReason,
	repliesOpen,
	timingsOfTheMeeting
} from './delegate-moment';
import { formatSpoken } from './programme';
import { idleTimer, type TimerState } from './timer';

// Hội nghị on Friday 24/04/2026, 08:00 – 11:30 in Vietnam (UTC+7).
const startsAt = Date.parse('2026-04-24T08:00:00+07:00');
const endsAt = Date.parse('2026-04-24T11:30:00+07:00');
const at = (iso: string) => Date.parse(`${iso}+07:00`);
const idle = idleTimer();
/** The chair's timer on item `itemId` (7 minutes), running or paused after `spokenMs`. */
const timer = (itemId: number, running: boolean, spokenMs = 60_000): TimerState => ({
	itemId,
	allottedMs: 420_000,
	running,
	endsAt: running ? Date.now() + 420_000 - spokenMs : null,
	remainingMs: 420_000 - spokenMs
});
const moment = (now: number, t: TimerState = idle, endedAt: number | null = null) =>
	delegateMoment({ now, startsAt, endsAt, timer: t, endedAt });

describe('delegate moment', () => {
	it('is "before" on any earlier day, up to the last minute of the day before', () => {
		expect(moment(at('2026-04-10T09:00:00'))).toBe('before');
		expect(moment(at('2026-04-23T23:59:00'))).toBe('before');
	});

	it('is "day" from midnight in Vietnam until the start, whatever the UTC date', () => {
		// 00:05 in Vietnam is still 23 April in UTC.
		expect(moment(at('2026-04-24T00:05:00'))).toBe('day');
		expect(moment(at('2026-04-24T07:59:59'))).toBe('day');
	});

	it('is "during" from the start to the planned end', () => {
		expect(moment(startsAt)).toBe('during');
		expect(moment(at('2026-04-24T10:00:00'))).toBe('during');
		expect(moment(endsAt - 1)).toBe('during');
	});

	it('is "during" once the chair starts early (a pause keeps it so), and past the end while a speaker\'s time runs', () => {
		expect(moment(at('2026-04-24T07:45:00'), timer(3, true))).toBe('during');
		expect(moment(at('2026-04-24T07:45:00'), timer(3, false))).toBe('during');
		expect(moment(at('2026-04-24T11:50:00'), timer(9, true))).toBe('during');
	});

	it('stays "day" while a timer merely sits on an item before the start, opened or tried out and reset', () => {
		expect(moment(at('2026-04-24T07:15:00'), timer(3, false, 0))).toBe('day');
	});

	it('is "after" once the end has passed and no timer runs; a timer left on the last item does not keep the meeting on', () => {
		expect(moment(endsAt)).toBe('after');
		expect(moment(at('2026-04-24T11:50:00'))).toBe('after');
		expect(moment(at('2026-04-24T11:50:00'), timer(9, false))).toBe('after');
		expect(moment(at('2026-12-01T20:00:00'), timer(9, true))).toBe('after');
	});

	it('is not "during" for a timer tried out on an earlier day', () => {
		expect(moment(at('2026-04-20T15:00:00'), timer(1, true))).toBe('before');
	});

	it('covers a conference over two days', () => {
		const twoDays = { startsAt, endsAt: at('2026-04-25T11:30:00'), timer: idle, endedAt: null };
		expect(delegateMoment({ ...twoDays, now: at('2026-04-24T20:00:00') })).toBe('during');
		expect(delegateMoment({ ...twoDays, now: at('2026-04-25T12:00:00') })).toBe('after');
	});
});

describe('delegate moment once the chair closed the meeting', () => {
	it('is "after" from the close on, even before the planned end and with a timer left running', () => {
		const closed = at('2026-04-24T10:40:00');
		expect(moment(at('2026-04-24T10:39:00'), timer(3, true), closed)).toBe('during');
		expect(moment(at('2026-04-24T10:41:00'), timer(3, true), closed)).toBe('after');
		expect(moment(at('2026-04-24T11:00:00'), idle, closed)).toBe('after');
	});

	it('ignores a close from a rehearsal on an earlier day', () => {
		expect(moment(at('2026-04-24T09:00:00'), timer(1, true), at('2026-04-22T16:00:00'))).toBe(
			'during'
		);
		expect(moment(at('2026-04-24T07:00:00'), idle, at('2026-04-22T16:00:00'))).toBe('day');
	});
});

describe('replies', () => {
	it('are open until the start only', () => {
		expect(repliesOpen(startsAt - 1, startsAt)).toBe(true);
		expect(repliesOpen(startsAt, startsAt)).toBe(false);
	});

	it('say the one true reason once closed', () => {
		expect(repliesClosedReason(at('2026-04-24T09:00:00'), endsAt)).toBe(
			'Hội nghị đã bắt đầu nên không thể thay đổi trả lời.'
		);
		expect(repliesClosedReason(at('2026-12-01T09:00:00'), endsAt)).toBe(
			'Hội nghị đã kết thúc nên không thể thay đổi trả lời.'
		);
		expect(repliesClosedReason(at('2026-12-01T09:00:00'), endsAt)).not.toMatch(/hoặc/);
	});
});

describe('what happened', () => {
	it('keeps the timer records of the meeting day only', () => {
		const timings = [
			{ itemId: 1, startedAt: at('2026-04-23T16:00:00') }, // rehearsal the day before
			{ itemId: 1, startedAt: at('2026-04-24T08:03:00') },
			{ itemId: 2, startedAt: at('2026-04-24T23:50:00') },
			{ itemId: 3, startedAt: at('2026-12-01T20:00:00') } // a timer tried out months later
		];
		expect(timingsOfTheMeeting(timings, startsAt, endsAt).map((t) => t.startedAt)).toEqual([
			at('2026-04-24T08:03:00'),
			at('2026-04-24T23:50:00')
		]);
	});
});

describe('spoken time', () => {
	it('reads as a person says it', () => {
		expect(formatSpoken(45_000)).toBe('45 giây');
		expect(formatSpoken(400_000)).toBe('6 phút 40 giây');
		expect(formatSpoken(7 * 60_000)).toBe('7 phút');
		expect(formatSpoken(62 * 60_000)).toBe('1 giờ 02 phút');
	});
});
