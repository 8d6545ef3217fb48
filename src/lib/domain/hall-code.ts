import { deriveToken, sameToken, tokenPattern } from './tokens';

/** The hall's self-check-in QR changes every 30 seconds (docs/architecture.md, Tokens). */
export const HALL_WINDOW_MS = 30_000;
/** 10 base32 characters (50 bits): unguessable within a minute, and a small QR on a screen. */
export const HALL_CODE_LENGTH = 10;
const CODE_PATTERN = tokenPattern(HALL_CODE_LENGTH);

export function hallWindow(nowMs: number): number {
	return Math.floor(nowMs / HALL_WINDOW_MS);
}

export function deriveHallCode(secret: Uint8Array, conferenceId: number, window: number): string {
	return deriveToken(secret, 'hall', [conferenceId, window], HALL_CODE_LENGTH);
}

/** The code to show now, and when the screen should change it. */
export function currentHallCode(secret: Uint8Array, conferenceId: number, nowMs: number) {
	const window = hallWindow(nowMs);
	return { code: deriveHallCode(secret, conferenceId, window), changesAt: (window + 1) * HALL_WINDOW_MS };
}

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
	const window = hallWindow(nowMs);
	for (const w of [window, window - 1]) {
		if (sameToken(deriveHallCode(secret, conferenceId, w), normalised)) return 'valid';
	}
	return 'expired';
}

export function hallLink(origin: string, code: string): string {
	return `${origin.replace(/\/+$/, '')}/c/${code}`;
}
