import { describe, expect, it } from 'vitest';
import { deviceLabel, SELF_DEVICE_ID, whereCheckedIn } from './devices';

describe('where a check-in was made', () => {
	const names = { 'diemdanh-586d': 'Cửa chính – Lan' };
	it('names a scanner by the name its staff gave it, else by its id', () => {
		expect(whereCheckedIn('diemdanh-586d', 'diemdanh-1111', names)).toBe('Tại máy Cửa chính – Lan');
		expect(whereCheckedIn('diemdanh-9a0b', 'diemdanh-1111', names)).toBe('Tại máy diemdanh-9a0b');
		expect(deviceLabel('diemdanh-586d', names)).toBe('Cửa chính – Lan');
	});
	it('says "this device", a self check-in, or another device when unknown', () => {
		expect(whereCheckedIn('diemdanh-586d', 'diemdanh-586d', names)).toBe('Tại máy này');
		expect(whereCheckedIn(SELF_DEVICE_ID, 'diemdanh-586d', names)).toBe(
			'Đại biểu tự điểm danh tại hội trường'
		);
		expect(whereCheckedIn(null, 'diemdanh-586d', names)).toBe('Tại máy khác');
	});
	it('never takes a name from the prototype', () => {
		expect(deviceLabel('constructor', names)).toBe('constructor');
	});
});
