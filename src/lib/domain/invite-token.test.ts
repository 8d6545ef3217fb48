import { describe, expect, it } from 'vitest';
import {
	deriveInviteToken,
	INVITE_TOKEN_LENGTH,
	inviteLink,
	inviteTokenHash,
	parseInviteToken
} from './invite-token';

const secret = new TextEncoder().encode('bí mật thử nghiệm của máy chủ');
const otherSecret = new TextEncoder().encode('một bí mật khác');

describe('invite tokens', () => {
	it('are 26 base32 characters', () => {
		const token = deriveInviteToken(secret, 1, 1);
		expect(token).toHaveLength(INVITE_TOKEN_LENGTH);
		expect(token).toMatch(/^[a-z2-7]{26}$/);
	});

	it('keep the value printed on every giấy mời so far (HMAC-SHA256 of "invite:id:version", base32)', () => {
		expect(deriveInviteToken(secret, 42, 1)).toBe('bizvv55drsmkhnrjtuidpemfyb');
		expect(deriveInviteToken(secret, 7, 3)).toBe('y7yfwqixqr2aaaps47caiavw7s');
	});

	it('derive the same token again for a reprint', () => {
		expect(deriveInviteToken(secret, 42, 1)).toBe(deriveInviteToken(secret, 42, 1));
	});

	it('differ per delegate, per version (revocation) and per server secret', () => {
		const tokens = new Set<string>();
		for (let id = 1; id <= 200; id++) tokens.add(deriveInviteToken(secret, id, 1));
		expect(tokens.size).toBe(200);
		const v1 = deriveInviteToken(secret, 7, 1);
		const v2 = deriveInviteToken(secret, 7, 2);
		expect(v2).not.toBe(v1);
		expect(deriveInviteToken(otherSecret, 7, 1)).not.toBe(v1);
	});

	it('are verified through their sha256 only: a revoked token no longer matches the stored hash', () => {
		const stored = inviteTokenHash(deriveInviteToken(secret, 7, 2));
		expect(inviteTokenHash(deriveInviteToken(secret, 7, 2))).toBe(stored);
		expect(inviteTokenHash(deriveInviteToken(secret, 7, 1))).not.toBe(stored);
		expect(stored).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('reading a token from a scan or a link', () => {
	const token = deriveInviteToken(secret, 3, 1);

	it('reads the personal link of any host, with or without a trailing slash or query', () => {
		expect(parseInviteToken(inviteLink('https://hoinghi.binhthanh.gov.vn', token))).toBe(token);
		expect(parseInviteToken(`http://192.168.1.10:3000/d/${token}/`)).toBe(token);
		expect(parseInviteToken(`https://x.vn/d/${token}?utm=zalo`)).toBe(token);
	});

	it('reads a bare token, in any case', () => {
		expect(parseInviteToken(token.toUpperCase())).toBe(token);
		expect(parseInviteToken(`  ${token}\n`)).toBe(token);
	});

	it('refuses everything else', () => {
		for (const bad of [
			'',
			'hello',
			`https://x.vn/c/${token}`,
			`https://x.vn/d/${token}x`,
			token.slice(1),
			`${token}1`,
			'https://x.vn/d/',
			`ftp://x/d/${token}`
		]) {
			expect(parseInviteToken(bad)).toBeNull();
		}
	});

	it('builds the link without doubled slashes', () => {
		expect(inviteLink('http://localhost:3000/', 'abc')).toBe('http://localhost:3000/d/abc');
	});
});
