import { sha256Hex } from './hash';
import { deriveToken, tokenPattern, type TokenPurpose } from './tokens';

// The one mechanism behind every personal link: a delegate's `/d/TOKEN` and a unit's `/u/TOKEN`.
// The token is derived from the server secret, the purpose, the row's id and a version, so a reprint
// carries the same link, only its sha256 is stored, and bumping the version revokes it at once.

/** The purposes that name one row with a version: a delegate ("invite") or a unit ("unit"). */
export type PersonalPurpose = Extract<TokenPurpose, 'invite' | 'unit'>;

/** 26 base32 characters: 130 bits of the HMAC, short enough for a small QR on paper. */
export const PERSONAL_TOKEN_LENGTH = 26;
const PERSONAL_PATTERN = tokenPattern(PERSONAL_TOKEN_LENGTH);

/** The token of row `id` at `version` for `purpose`. */
export function personalToken(
	secret: Uint8Array,
	purpose: PersonalPurpose,
	id: number,
	version: number
): string {
	return deriveToken(secret, purpose, [id, version], PERSONAL_TOKEN_LENGTH);
}

/** What the database (and a scanner) keeps of a personal token: its sha256, as hex. */
export function tokenHash(token: string): string {
	return sha256Hex(token);
}

/**
 * The token in a scanned or typed text: a bare token, or a link `…/SEGMENT/TOKEN` from any host.
 * Case is ignored (phone keyboards capitalise). Anything else is null.
 */
export function parsePersonalToken(text: string, segment: string): string | null {
	const trimmed = text.trim();
	let candidate = trimmed;
	const fromLink = new RegExp(
		`^https?:\\/\\/[^/\\s]+\\/${segment}\\/([^/?#\\s]+)\\/?(?:[?#].*)?$`,
		'i'
	).exec(trimmed);
	if (fromLink) candidate = fromLink[1]!;
	candidate = candidate.toLowerCase();
	return PERSONAL_PATTERN.test(candidate) ? candidate : null;
}

/** `https://HOST/SEGMENT/TOKEN`, without doubled slashes. */
export function personalLink(origin: string, segment: string, token: string): string {
	return `${origin.replace(/\/+$/, '')}/${segment}/${token}`;
}
