import {
	parsePersonalToken,
	PERSONAL_TOKEN_LENGTH,
	personalLink,
	personalToken,
	tokenHash
} from './personal-token';

// A delegate's personal link `/d/TOKEN`: thin names over the one personal-token mechanism
// (./personal-token.ts), which units' upload links share.

export const INVITE_TOKEN_LENGTH = PERSONAL_TOKEN_LENGTH;

/**
 * A delegate's personal token, derived from the server secret, so a reprinted giấy mời carries the
 * same link and nothing but its sha256 needs storing. Bumping `version` revokes the old token.
 */
export function deriveInviteToken(secret: Uint8Array, delegateId: number, version: number): string {
	return personalToken(secret, 'invite', delegateId, version);
}

/** What the database and the scanners keep: sha256 of the token. */
export const inviteTokenHash = tokenHash;

/**
 * The token in a scanned or typed text: a bare token, or a personal link `…/d/TOKEN` from any
 * host. Case is ignored (phone keyboards capitalise). Anything else is null.
 */
export function parseInviteToken(text: string): string | null {
	return parsePersonalToken(text, 'd');
}

/** Set on a phone that opened its personal link; self check-in at the hall reads it. */
export const DELEGATE_COOKIE = 'hoinghi_delegate';

export function inviteLink(origin: string, token: string): string {
	return personalLink(origin, 'd', token);
}
