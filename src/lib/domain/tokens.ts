import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

// Every token the app derives from the server secret (docs/architecture.md, Tokens): personal
// invite links, the hall's rotating code, and the upload links to come. One recipe, so a token of
// one purpose can never pass for another's.

/** What a token is for: the first word of what the HMAC signs. */
export const TOKEN_PURPOSES = ['invite', 'hall', 'unit', 'file'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** base32 of a 256-bit HMAC is 52 characters: no token can be longer. */
const MAX_LENGTH = 52;

/**
 * HMAC-SHA256 of `purpose:part:part…` under `secret`, as the first `length` characters of its
 * lower-case base32 (a–z, 2–7: easy to type, case-free in a QR). The same inputs give the same
 * token for ever, so nothing but its sha256 needs storing and a reprint carries the same one.
 */
export function deriveToken(
	secret: Uint8Array,
	purpose: TokenPurpose,
	parts: readonly (string | number)[],
	length: number
): string {
	if (!Number.isInteger(length) || length < 1 || length > MAX_LENGTH)
		throw new RangeError(`Độ dài mã không hợp lệ: ${length}`);
	return encodeBase32LowerCaseNoPadding(tokenMac(secret, purpose, parts)).slice(0, length);
}

/**
 * The same recipe as deriveToken, as `digits` decimal digits (at most 9): a code a person types on
 * a phone's number pad. Far easier to guess than a token, so only for short-lived codes checked
 * under a limit of tries (the hall's self check-in code).
 */
export function deriveDigits(
	secret: Uint8Array,
	purpose: TokenPurpose,
	parts: readonly (string | number)[],
	digits: number
): string {
	if (!Number.isInteger(digits) || digits < 1 || digits > 9)
		throw new RangeError(`Số chữ số không hợp lệ: ${digits}`);
	const mac = tokenMac(secret, purpose, parts);
	const n = new DataView(mac.buffer, mac.byteOffset, mac.byteLength).getUint32(0);
	return String(n % 10 ** digits).padStart(digits, '0');
}

function tokenMac(
	secret: Uint8Array,
	purpose: TokenPurpose,
	parts: readonly (string | number)[]
): Uint8Array {
	for (const part of parts) {
		// "1:2" and 1, 2 must not sign the same text.
		if (String(part).includes(':'))
			throw new RangeError('Thành phần của mã không được chứa dấu hai chấm.');
	}
	return hmac(SHA256, secret, new TextEncoder().encode([purpose, ...parts].join(':')));
}

/** What a token of `length` characters looks like once lower-cased. */
export const tokenPattern = (length: number) => new RegExp(`^[a-z2-7]{${length}}$`);

/** Compares two tokens in time that does not depend on where they differ. */
export function sameToken(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
	return diff === 0;
}
