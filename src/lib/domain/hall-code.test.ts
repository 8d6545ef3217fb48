import { describe, expect, it } from 'vitest';
import {
	HALL_WINDOW_MS,
	checkHallCode,
	checkHallShortCode,
	currentHallCode,
	deriveHallCode,
	deriveHallShortCode,
	formatHallShortCode,
	hallLink,
	hallWindow
} from './hall-code';
import { deriveDigits } from './tokens';

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
		expect(hallLink('http://10.0.0.5:3000/', 'abcdefghij')).toBe(
			'http://10.0.0.5:3000/c/abcdefghij'
		);
	});
});

describe('hall short code', () => {
	it('is six digits, changes with the window and differs between conferences', () => {
		const a = currentHallCode(secret, 1, t0);
		const b = currentHallCode(secret, 1, t0 + HALL_WINDOW_MS);
		expect(a.shortCode).toMatch(/^[0-9]{6}$/);
		expect(a.shortCode).not.toBe(b.shortCode);
		expect(deriveHallShortCode(secret, 1, 5)).not.toBe(deriveHallShortCode(secret, 2, 5));
		expect(a.shortCode).toBe(deriveHallShortCode(secret, 1, hallWindow(t0)));
	});

	it('is the HMAC of its own text, not a cut of the QR code', () => {
		// First 32 bits of HMAC-SHA256("hall:1:59000000:short") modulo 10⁶ (checked with node:crypto).
		expect(deriveHallShortCode(secret, 1, 59_000_000)).toBe('296752');
		expect(deriveHallCode(secret, 1, 59_000_000)).not.toContain('296752');
	});

	it('accepts the current and the previous window, typed with spaces', () => {
		const { shortCode } = currentHallCode(secret, 1, t0);
		expect(checkHallShortCode(secret, 1, shortCode, t0)).toBe('valid');
		expect(checkHallShortCode(secret, 1, formatHallShortCode(shortCode), t0 + HALL_WINDOW_MS)).toBe(
			'valid'
		);
		expect(formatHallShortCode('482913')).toBe('482 913');
	});

	it('calls a code from a few minutes ago expired, and other digits wrong', () => {
		const { shortCode } = currentHallCode(secret, 1, t0);
		expect(checkHallShortCode(secret, 1, shortCode, t0 + 2 * HALL_WINDOW_MS)).toBe('expired');
		expect(checkHallShortCode(secret, 1, shortCode, t0 + 5 * 60_000)).toBe('expired');
		expect(checkHallShortCode(secret, 1, shortCode, t0 + 30 * 60_000)).toBe('wrong');
		const wrong = shortCode === '000000' ? '000001' : '000000';
		expect(['wrong', 'expired']).toContain(checkHallShortCode(secret, 1, wrong, t0));
		expect(checkHallShortCode(secret, 2, shortCode, t0)).not.toBe('valid');
	});

	it('calls anything but six digits malformed', () => {
		for (const text of ['', '12345', '1234567', 'abcdef', '12345a']) {
			expect(checkHallShortCode(secret, 1, text, t0)).toBe('malformed');
		}
	});
});

describe('deriveDigits', () => {
	it('gives the asked number of digits, padded, and refuses more than 9', () => {
		for (let w = 0; w < 50; w++)
			expect(deriveDigits(secret, 'hall', [1, w], 6)).toMatch(/^[0-9]{6}$/);
		expect(() => deriveDigits(secret, 'hall', [1], 10)).toThrow(RangeError);
		expect(() => deriveDigits(secret, 'hall', ['1:2'], 6)).toThrow(RangeError);
	});
});
