import { describe, expect, it } from 'vitest';
import { delegateMoment, repliesClosedReason, repliesOpen } from './delegate-moment';

// Hội nghị on Friday 24/04/2026, 08:00 – 11:30 in Vietnam (UTC+7).
const startsAt = Date.parse('2026-04-24T08:00:00+07:00');
const endsAt = Date.parse('2026-04-24T11:30:00+07:00');
const at = (iso: string) => Date.parse(`${iso}+07:00`);
const moment = (now: number, timedItemId: number | null = null) => delegateMoment({ now, startsAt, endsAt, timedItemId });

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

	it('is "during" when the chair times an item early or late on the day', () => {
		expect(moment(at('2026-04-24T07:45:00'), 3)).toBe('during');
		expect(moment(at('2026-04-24T11:50:00'), 9)).toBe('during');
	});

	it('is "after" once the end has passed, and a timer left on an item days later does not bring the meeting back', () => {
		expect(moment(endsAt)).toBe('after');
		expect(moment(at('2026-04-24T11:50:00'))).toBe('after');
		expect(moment(at('2026-12-01T20:00:00'), 9)).toBe('after');
	});

	it('is not "during" for a timer tried out on an earlier day', () => {
		expect(moment(at('2026-04-20T15:00:00'), 1)).toBe('before');
	});

	it('covers a conference over two days', () => {
		const twoDays = { startsAt, endsAt: at('2026-04-25T11:30:00'), timedItemId: null };
		expect(delegateMoment({ ...twoDays, now: at('2026-04-24T20:00:00') })).toBe('during');
		expect(delegateMoment({ ...twoDays, now: at('2026-04-25T12:00:00') })).toBe('after');
	});
});

describe('replies', () => {
	it('are open until the start only', () => {
		expect(repliesOpen(startsAt - 1, startsAt)).toBe(true);
		expect(repliesOpen(startsAt, startsAt)).toBe(false);
	});

	it('say the one true reason once closed', () => {
		expect(repliesClosedReason(at('2026-04-24T09:00:00'), endsAt)).toBe('Hội nghị đã bắt đầu nên không thể thay đổi trả lời.');
		expect(repliesClosedReason(at('2026-12-01T09:00:00'), endsAt)).toBe('Hội nghị đã kết thúc nên không thể thay đổi trả lời.');
		expect(repliesClosedReason(at('2026-12-01T09:00:00'), endsAt)).not.toMatch(/hoặc/);
	});
});
