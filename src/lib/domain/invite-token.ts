import { sha256Hex } from './hash';
import { deriveToken, tokenPattern } from './tokens';

/** 26 base32 characters: 130 bits of the HMAC, short enough for a small QR on paper. */
export const INVITE_TOKEN_LENGTH = 26;
const TOKEN_PATTERN = tokenPattern(INVITE_TOKEN_LENGTH);

/**
 * A delegate's personal token, derived from the server secret, so a reprinted giấy mời carries the
 * same link and nothing but its sha256 needs storing. Bumping `version` revokes the old token.
 */
export function deriveInviteToken(secret: Uint8Array, delegateId: number, version: number): string {
	return deriveToken(secret, 'invite', [delegateId, version], INVITE_TOKEN_LENGTH);
}

/** What the database and the scanners keep: sha256 of the token. */
export function inviteTokenHash(token: string): string {
	return sha256Hex(token);
}

/**
 * The token in a scanned or typed text: a bare token, or a personal link `…/d/TOKEN` from any
 * host. Case is ignored (phone keyboards capitalise). Anything else is null.
 */
export function parseInviteToken(text: string): string | null {
	const trimmed = text.trim();
	let candidate = trimmed;
	const fromLink = /^https?:\/\/[^/\s]+\/d\/([^/?#\s]+)\/?(?:[?#].*)?$/i.exec(trimmed);
	if (fromLink) candidate = fromLink[1]!;
	candidate = candidate.toLowerCase();
	return TOKEN_PATTERN.test(candidate) ? candidate : null;
}

/** Set on a phone that opened its personal link; self check-in at the hall reads it. */
export const DELEGATE_COOKIE = 'hoinghi_delegate';

export function inviteLink(origin: string, token: string): string {
	return `${origin.replace(/\/+$/, '')}/d/${token}`;
}
