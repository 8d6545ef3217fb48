import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone';

describe('Vietnamese phone numbers', () => {
	it('accepts mobiles as people write them', () => {
		expect(normalizePhone('0912 345 678')).toBe('0912345678');
		expect(normalizePhone('0912.345.678')).toBe('0912345678');
		expect(normalizePhone('+84 912 345 678')).toBe('0912345678');
		expect(normalizePhone('84912345678')).toBe('0912345678');
		expect(normalizePhone('0358-123-456')).toBe('0358123456');
	});

	it('accepts landlines with their area code', () => {
		expect(normalizePhone('(0208) 3 855 123')).toBe('02083855123');
	});

	it('refuses malformed numbers', () => {
		for (const bad of [
			'091234567',
			'09123456789',
			'1912345678',
			'0412345678',
			'không có',
			'0912a45678',
			''
		]) {
			expect(normalizePhone(bad)).toBeNull();
		}
	});

	it('groups digits for reading', () => {
		expect(formatPhone('0912345678')).toBe('0912 345 678');
		expect(formatPhone('02083855123')).toBe('0208 3855 123');
	});
});
