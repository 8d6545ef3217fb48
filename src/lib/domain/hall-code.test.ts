import { describe, expect, it } from 'vitest';
import { HALL_WINDOW_MS, checkHallCode, currentHallCode, deriveHallCode, hallLink } from './hall-code';

const secret = new TextEncoder().encode('bi-mat-thu-nghiem-hoi-truong');
const t0 = Date.UTC(2026, 3, 24, 0, 30, 0);

describe('hall code', () => {
	it('is 10 base32 characters and changes with the 30-second window', () => {
		const a = currentHallCode(secret, 1, t0);
		const b = currentHallCode(secret, 1, t0 + HALL_WINDOW_MS);
		expect(a.code).toMatch(/^[a-z2-7]{10}$/);
		expect(a.code).not.toBe(b.code);
		expect(a.changesAt).toBe(b.changesAt - HALL_WINDOW_MS);
		expect(a.changesAt).toBeGreaterThan(t0);
	});

	it('keeps the value screens have shown so far (HMAC-SHA256 of "hall:conference:window", base32)', () => {
		expect(deriveHallCode(secret, 1, 59_000_000)).toBe('5yfa6sk2mf');
	});

	it('differs between conferences and secrets', () => {
		const other = new TextEncoder().encode('mot-bi-mat-khac-hoan-toan');
		expect(deriveHallCode(secret, 1, 5)).not.toBe(deriveHallCode(secret, 2, 5));
		expect(deriveHallCode(secret, 1, 5)).not.toBe(deriveHallCode(other, 1, 5));
	});

	it('accepts the current and the previous window only', () => {
		const { code } = currentHallCode(secret, 1, t0);
		expect(checkHallCode(secret, 1, code, t0)).toBe('valid');
		expect(checkHallCode(secret, 1, code.toUpperCase(), t0 + HALL_WINDOW_MS)).toBe('valid');
		expect(checkHallCode(secret, 1, code, t0 + 2 * HALL_WINDOW_MS)).toBe('expired');
		expect(checkHallCode(secret, 2, code, t0)).toBe('expired');
	});

	it('calls anything that is not a code malformed', () => {
		for (const text of ['', 'abc', 'ABCDEFGHIJK', '0123456789', 'abcdefghi!']) {
			expect(checkHallCode(secret, 1, text, t0)).toBe('malformed');
		}
	});

	it('builds the link the screen shows', () => {
		expect(hallLink('http://10.0.0.5:3000/', 'abcdefghij')).toBe('http://10.0.0.5:3000/c/abcdefghij');
	});
});
