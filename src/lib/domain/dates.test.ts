import { describe, expect, it } from 'vitest';
import {
	formatDateTime,
	formatNd30Date,
	formatPlaceDate,
	formatTime,
	formatTimeRange,
	formatTimeWithSeconds,
	formatDayInText,
	formatIsoDay,
	parseVnDateTime,
	parseVnDay,
	daysBetween,
	shiftIsoDay,
	vnIsoDay,
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
		expect(
			formatTimeRange(new Date('2026-04-24T08:00:00+07:00'), new Date('2026-04-24T11:30:00+07:00'))
		).toBe('08:00 – 11:30, Thứ Sáu, 24/04/2026');
	});
});

describe('date and time fields (day first, 24-hour, whatever the browser language)', () => {
	it('show a moment as dd/mm/yyyy HH:mm in Vietnam time and read it back', () => {
		const start = new Date('2026-04-24T01:00:00Z');
		expect(formatDateTime(start)).toBe('24/04/2026 08:00');
		expect(parseVnDateTime('24/04/2026 08:00')?.toISOString()).toBe('2026-04-24T01:00:00.000Z');
		expect(parseVnDateTime(formatDateTime(new Date('2026-12-31T16:59:00Z')))?.toISOString()).toBe(
			'2026-12-31T16:59:00.000Z'
		);
	});

	it('accept the ways a clerk types a time: 8h00, 14 giờ 30, a single-digit day and month', () => {
		expect(parseVnDateTime('24/4/2026 8h00')?.toISOString()).toBe('2026-04-24T01:00:00.000Z');
		expect(parseVnDateTime(' 24-04-2026  lúc 14 giờ 30 ')?.toISOString()).toBe(
			'2026-04-24T07:30:00.000Z'
		);
		expect(parseVnDateTime('24.04.2026, 14:05')?.toISOString()).toBe('2026-04-24T07:05:00.000Z');
	});

	it('never read a date month first', () => {
		// 04/24/2026 is how an English browser writes 24 April: there is no month 24.
		expect(parseVnDateTime('04/24/2026 08:00')).toBeNull();
		expect(parseVnDay('04/24/2026')).toBeNull();
		expect(parseVnDay('05/04/2026')).toBe('2026-04-05');
	});

	it('refuse malformed or impossible values', () => {
		for (const bad of [
			'',
			'2026-04-24T08:00',
			'30/02/2026 08:00',
			'24/04/2026 25:00',
			'24/04/2026 08:60',
			'24/04/2026',
			'hôm nay',
			'24/04/1999 08:00'
		]) {
			expect(parseVnDateTime(bad)).toBeNull();
		}
		for (const bad of ['', '2026-04-20', '31/04/2026', '29/02/2027', 'mai'])
			expect(parseVnDay(bad)).toBeNull();
		expect(parseVnDay('29/02/2028')).toBe('2028-02-29');
	});

	it('show a stored day day first, and in running text without leading zeros', () => {
		expect(formatIsoDay('2026-04-05')).toBe('05/04/2026');
		expect(formatDayInText('2026-04-05')).toBe('5/4/2026');
	});

	it('read a stored day as that day in Vietnam', () => {
		expect(formatNd30Date(vnDateFromIso('2026-04-20'))).toBe('ngày 20 tháng 4 năm 2026');
	});
});

describe('moving days', () => {
	it('counts Vietnam calendar days between two moments and moves a day by them, across months and years', () => {
		// 23:30 on 23/4 in Vietnam is 16:30 UTC: still the 23rd there.
		expect(vnIsoDay(new Date('2026-04-23T16:30:00Z'))).toBe('2026-04-23');
		expect(vnIsoDay(new Date('2026-04-23T17:30:00Z'))).toBe('2026-04-24');
		expect(daysBetween('2026-04-24', '2027-04-23')).toBe(364);
		expect(daysBetween('2026-04-24', '2026-04-20')).toBe(-4);
		expect(shiftIsoDay('2026-04-22', 364)).toBe('2027-04-21');
		expect(shiftIsoDay('2026-03-01', -1)).toBe('2026-02-28');
	});
});
