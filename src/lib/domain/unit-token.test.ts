import { describe, expect, it } from 'vitest';
import { deriveInviteToken } from './invite-token';
import { deriveUnitToken, parseUnitToken, unitLink, unitTokenHash } from './unit-token';

const secret = new TextEncoder().encode('bí mật thử nghiệm của máy chủ');

describe('unit upload tokens', () => {
	it('are 26 base32 characters, the same for a reprint, new for each version', () => {
		const token = deriveUnitToken(secret, 3, 1);
		expect(token).toMatch(/^[a-z2-7]{26}$/);
		expect(deriveUnitToken(secret, 3, 1)).toBe(token);
		expect(deriveUnitToken(secret, 3, 2)).not.toBe(token);
		expect(unitTokenHash(deriveUnitToken(secret, 3, 1))).not.toBe(
			unitTokenHash(deriveUnitToken(secret, 3, 2))
		);
	});

	it('never equal the delegate token of the same id and version (another purpose)', () => {
		for (let id = 1; id <= 50; id++)
			expect(deriveUnitToken(secret, id, 1)).not.toBe(deriveInviteToken(secret, id, 1));
	});

	it('are read from a unit link only, in any case', () => {
		const token = deriveUnitToken(secret, 5, 1);
		expect(parseUnitToken(unitLink('https://hoinghi.binhthanh.gov.vn/', token))).toBe(token);
		expect(parseUnitToken(token.toUpperCase())).toBe(token);
		expect(unitLink('http://localhost:3000/', 'abc')).toBe('http://localhost:3000/u/abc');
		for (const bad of [
			'',
			`https://x.vn/d/${token}`,
			token.slice(1),
			`${token}a`,
			`https://x.vn/u/${token}/upload`
		]) {
			expect(parseUnitToken(bad)).toBeNull();
		}
	});
});
