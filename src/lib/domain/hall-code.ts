import { deriveDigits, deriveToken, sameToken, tokenPattern } from './tokens';

/** The hall's self-check-in QR changes every 30 seconds (docs/architecture.md, Tokens). */
export const HALL_WINDOW_MS = 30_000;
/** 10 base32 characters (50 bits): unguessable within a minute, and a small QR on a screen. */
export const HALL_CODE_LENGTH = 10;
const CODE_PATTERN = tokenPattern(HALL_CODE_LENGTH);
/**
 * The short code under the QR, typed on the delegate's own page when the phone's camera cannot
 * open the QR in the browser that holds their giấy mời (Zalo's in-app browser). Six digits for the
 * number pad; guessing is held back by a limit of wrong tries per delegate.
 */
export const HALL_SHORT_CODE_DIGITS = 6;
/** A well-formed short code from this far back is called expired rather than wrong. */
const SHORT_CODE_MEMORY_WINDOWS = 20;

export function hallWindow(nowMs: number): number {
	return Math.floor(nowMs / HALL_WINDOW_MS);
}

export function deriveHallCode(secret: Uint8Array, conferenceId: number, window: number): string {
	return deriveToken(secret, 'hall', [conferenceId, window], HALL_CODE_LENGTH);
}

export function deriveHallShortCode(
	secret: Uint8Array,
	conferenceId: number,
	window: number
): string {
	return deriveDigits(secret, 'hall', [conferenceId, window, 'short'], HALL_SHORT_CODE_DIGITS);
}

/** The code and short code to show now, and when the screen should change them. */
export function currentHallCode(secret: Uint8Array, conferenceId: number, nowMs: number) {
	const window = hallWindow(nowMs);
	return {
		code: deriveHallCode(secret, conferenceId, window),
		shortCode: deriveHallShortCode(secret, conferenceId, window),
		changesAt: (window + 1) * HALL_WINDOW_MS
	};
}

/** The windows whose codes are accepted at `nowMs`: the current one and the one before. */
const acceptedWindows = (nowMs: number) => [hallWindow(nowMs), hallWindow(nowMs) - 1];

/**
 * The current and the previous window are accepted, so a delegate who scans as the screen changes
 * is not refused, while a photo sent to someone at home is useless within a minute.
 */
export function checkHallCode(
	secret: Uint8Array,
	conferenceId: number,
	code: string,
	nowMs: number
): 'valid' | 'expired' | 'malformed' {
	const normalised = code.trim().toLowerCase();
	if (!CODE_PATTERN.test(normalised)) return 'malformed';
	for (const w of acceptedWindows(nowMs)) {
		if (sameToken(deriveHallCode(secret, conferenceId, w), normalised)) return 'valid';
	}
	return 'expired';
}

/** `482913` as the screen shows it: `482 913`. */
export function formatHallShortCode(code: string): string {
	return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/**
 * A typed short code, under the same windows as the QR. A code the screen showed in the last ten
 * minutes is `expired` (the delegate read it too slowly); any other six digits are `wrong`.
 */
export function checkHallShortCode(
	secret: Uint8Array,
	conferenceId: number,
	typed: string,
	nowMs: number
): 'valid' | 'expired' | 'wrong' | 'malformed' {
	const normalised = typed.replace(/[\s.\-–]/g, '');
	if (!new RegExp(`^[0-9]{${HALL_SHORT_CODE_DIGITS}}$`).test(normalised)) return 'malformed';
	const accepted = acceptedWindows(nowMs);
	for (const w of accepted) {
		if (sameToken(deriveHallShortCode(secret, conferenceId, w), normalised)) return 'valid';
	}
	const oldest = accepted[1]! - SHORT_CODE_MEMORY_WINDOWS;
	for (let w = accepted[1]! - 1; w > oldest; w--) {
		if (sameToken(deriveHallShortCode(secret, conferenceId, w), normalised)) return 'expired';
	}
	return 'wrong';
}

export function hallLink(origin: string, code: string): string {
	return `${origin.replace(/\/+$/, '')}/c/${code}`;
}
