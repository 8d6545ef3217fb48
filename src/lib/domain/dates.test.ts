import { describe, expect, it } from 'vitest';
import {
	formatDateTime,
	formatNd30Date,
	formatPlaceDate,
	formatTime,
	formatTimeRange,
	formatTimeWithSeconds,
	fromVnDateTimeLocal,
	toVnDateTimeLocal,
	vnDateFromIso
} from './dates';

describe('Decree 30 dates', () => {
	it('pads days below 10 and months 1 and 2 with a zero', () => {
		expect(formatNd30Date(new Date('2026-02-05T09:00:00+07:00'))).toBe('ngày 05 tháng 02 năm 2026');
		expect(formatNd30Date(new Date('2026-01-31T09:00:00+07:00'))).toBe('ngày 31 tháng 01 năm 2026');
	});

	it('does not pad months from 3 on, nor days from 10 on', () => {
		expect(formatNd30Date(new Date('2026-04-22T09:00:00+07:00'))).toBe('ngày 22 tháng 4 năm 2026');
		expect(formatNd30Date(new Date('2026-12-10T09:00:00+07:00'))).toBe('ngày 10 tháng 12 năm 2026');
		expect(formatNd30Date(new Date('2026-03-09T09:00:00+07:00'))).toBe('ngày 09 tháng 3 năm 2026');
	});

	it('uses the Vietnamese calendar day, not the server zone', () => {
		// 18:30 UTC on 21 April is already 22 April in Vietnam.
		expect(formatNd30Date(new Date('2026-04-21T18:30:00Z'))).toBe('ngày 22 tháng 4 năm 2026');
	});

	it('writes the place-date line with a comma after the place', () => {
		expect(formatPlaceDate('Bình Thành', new Date('2026-04-22T08:00:00+07:00'))).toBe(
			'Bình Thành, ngày 22 tháng 4 năm 2026'
		);
	});
});

describe('screen times', () => {
	it('shows Vietnam time with two-digit hours and minutes', () => {
		expect(formatTime(new Date('2026-04-24T00:42:00Z'))).toBe('07:42');
		expect(formatDateTime(new Date('2026-04-24T00:42:00Z'))).toBe('24/04/2026 07:42');
		expect(formatTimeWithSeconds(new Date('2026-04-23T17:05:09Z'))).toBe('00:05:09');
	});

	it('names the weekday in a time range', () => {
		expect(formatTimeRange(new Date('2026-04-24T08:00:00+07:00'), new Date('2026-04-24T11:30:00+07:00'))).toBe(
			'08:00 – 11:30, Thứ Sáu, 24/04/2026'
		);
	});
});

describe('date-time inputs', () => {
	it('round-trip Vietnam time whatever the server zone', () => {
		const start = new Date('2026-04-24T01:00:00Z');
		expect(toVnDateTimeLocal(start)).toBe('2026-04-24T08:00');
		expect(fromVnDateTimeLocal('2026-04-24T08:00')?.toISOString()).toBe('2026-04-24T01:00:00.000Z');
	});

	it('refuse malformed or impossible values', () => {
		for (const bad of ['', '2026-04-24', '2026-02-30T08:00', '2026-04-24T25:00', 'hôm nay']) {
			expect(fromVnDateTimeLocal(bad)).toBeNull();
		}
	});

	it('read a stored day as that day in Vietnam', () => {
		expect(formatNd30Date(vnDateFromIso('2026-04-20'))).toBe('ngày 20 tháng 4 năm 2026');
	});
});
