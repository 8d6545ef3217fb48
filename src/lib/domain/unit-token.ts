import { parsePersonalToken, personalLink, personalToken, tokenHash } from './personal-token';

// A unit's upload link `/u/TOKEN`: the same mechanism as a delegate's link (./personal-token.ts),
// under its own purpose, so a delegate's token never opens a unit's page nor the reverse.

export function deriveUnitToken(secret: Uint8Array, unitId: number, version: number): string {
	return personalToken(secret, 'unit', unitId, version);
}

/** What `unit.upload_token_hash` keeps. */
export const unitTokenHash = tokenHash;

/** The token of `/u/TOKEN` as typed or pasted (any case); null when it cannot be one. */
export function parseUnitToken(text: string): string | null {
	return parsePersonalToken(text, 'u');
}

export function unitLink(origin: string, token: string): string {
	return personalLink(origin, 'u', token);
}
