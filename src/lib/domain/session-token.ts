import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { sha256Hex } from './hash';

export const SESSION_COOKIE = 'hoinghi_session';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A session lives 30 days from its last use (sliding expiry). */
export const SESSION_TTL_MS = 30 * DAY_MS;
/** Expiry is pushed forward when less than this remains, so not every request writes. */
export const SESSION_RENEW_BEFORE_MS = 15 * DAY_MS;

/** 20 random bytes (160 bits), base32: the value of the session cookie. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The database keeps only sha256(token), so a leaked table holds no usable cookie. */
export function sessionIdFromToken(token: string): string {
	return sha256Hex(token);
}

export type SessionExpiryDecision = 'valid' | 'renew' | 'expired';

export function sessionExpiryDecision(expiresAt: Date, now: number): SessionExpiryDecision {
	const left = expiresAt.getTime() - now;
	if (left <= 0) return 'expired';
	if (left < SESSION_RENEW_BEFORE_MS) return 'renew';
	return 'valid';
}
