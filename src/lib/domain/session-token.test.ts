import { describe, expect, it } from 'vitest';
import {
	generateSessionToken,
	SESSION_RENEW_BEFORE_MS,
	SESSION_TTL_MS,
	sessionExpiryDecision,
	sessionIdFromToken
} from './session-token';

describe('session tokens', () => {
	it('are 32 base32 characters from 160 random bits, never repeated', () => {
		const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken));
		expect(tokens.size).toBe(1000);
		for (const t of tokens) expect(t).toMatch(/^[a-z2-7]{32}$/);
	});

	it('map to their sha256 as the session id', () => {
		// sha256("abc"), a published test vector.
		expect(sessionIdFromToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		const token = generateSessionToken();
		expect(sessionIdFromToken(token)).toBe(sessionIdFromToken(token));
		expect(sessionIdFromToken(token)).not.toContain(token);
	});
});

describe('sliding expiry', () => {
	const now = Date.UTC(2026, 3, 24, 1, 0, 0);

	it('keeps a fresh session as it is', () => {
		expect(sessionExpiryDecision(new Date(now + SESSION_TTL_MS), now)).toBe('valid');
	});

	it('renews a session with less than 15 days left', () => {
		expect(sessionExpiryDecision(new Date(now + SESSION_RENEW_BEFORE_MS - 1), now)).toBe('renew');
	});

	it('ends a session at its expiry time', () => {
		expect(sessionExpiryDecision(new Date(now), now)).toBe('expired');
		expect(sessionExpiryDecision(new Date(now - 1), now)).toBe('expired');
	});
});
