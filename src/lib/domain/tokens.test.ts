import { describe, expect, it } from 'vitest';
import { deriveToken, sameToken, tokenPattern } from './tokens';

const secret = new TextEncoder().encode('bí mật thử nghiệm của máy chủ');

describe('deriveToken', () => {
	it('is HMAC-SHA256 of "purpose:parts" in lower-case base32, cut to length', () => {
		expect(deriveToken(secret, 'invite', [42, 1], 26)).toBe('bizvv55drsmkhnrjtuidpemfyb');
		expect(deriveToken(secret, 'invite', [42, 1], 10)).toBe('bizvv55drs');
		expect(deriveToken(secret, 'unit', [3], 52)).toMatch(tokenPattern(52));
	});

	it('never gives one purpose’s token for another’s', () => {
		const tokens = new Set(
			(['invite', 'hall', 'unit', 'file'] as const).map((p) => deriveToken(secret, p, [1, 1], 26))
		);
		expect(tokens.size).toBe(4);
	});

	it('refuses parts that could run into each other and lengths past the HMAC', () => {
		expect(() => deriveToken(secret, 'file', ['1:2'], 26)).toThrow(RangeError);
		expect(() => deriveToken(secret, 'file', [1], 53)).toThrow(RangeError);
		expect(() => deriveToken(secret, 'file', [1], 0)).toThrow(RangeError);
	});

	it('compares tokens whole', () => {
		expect(sameToken('abc', 'abc')).toBe(true);
		expect(sameToken('abc', 'abd')).toBe(false);
		expect(sameToken('abc', 'abcd')).toBe(false);
	});
});
