import { z } from './zod';
import { isDbId } from './ids';
import { normalizePhone } from './phone';
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from './text';

// The zod primitives every schema of the app builds on: forms, JSON bodies and import rows alike.
// Each says its own Vietnamese messages; the rules (no control characters, trim, NFC, how long, what
// a database id is) are written here once.

/**
 * Any string the app takes: `error` when it is missing or not a string, and the app's one rule for
 * control characters (./text.ts). Chain `.trim()`, `.max()` and the rest after it.
 */
export const textField = (error?: string) =>
	z
		.string(error === undefined ? undefined : { error })
		.refine((value) => !hasControlCharacters(value), CONTROL_CHARACTER_MESSAGE);

/** What `.max()` says: a message, or one made from the refused text (`issue.input`); zod's own when left out. */
type TooLong = string | { error: (issue: { input?: unknown }) => string };

interface TextOptions {
	/** Refuse '' (after trimming) with this message. */
	required?: string;
	/** Said when the field is missing or not a string. */
	error?: string;
}

/** A line a person types: no control characters, trimmed, at most `max` characters, NFC. */
export const cleanText = (
	max: number,
	tooLong?: TooLong,
	{ required, error }: TextOptions = {}
) => {
	const trimmed = textField(error).trim();
	return (required === undefined ? trimmed : trimmed.min(1, required))
		.max(max, tooLong)
		.transform((v) => v.normalize('NFC'));
};

/** The same, with '' stored as null. */
export const optionalText = (max: number, tooLong?: TooLong, options?: TextOptions) =>
	cleanText(max, tooLong, options).transform((v) => v || null);

/** A row's id in a JSON body: a whole number PostgreSQL's `integer` holds (./ids.ts). */
export const dbId = (invalid: string, missing = invalid) =>
	z.number({ error: missing }).refine(isDbId, invalid);

/** A row's id as a form posts it (a select, a hidden field): text that reads as a database id. */
export const postedDbId = (message: string) =>
	z.coerce.number({ error: message }).refine(isDbId, message);

/** An optional phone number as people write it, stored in one form (./phone.ts); '' is null. */
export const phoneField = (wrong: (typed: string) => string) =>
	textField()
		.trim()
		.transform((v, ctx) => {
			if (!v) return null;
			const phone = normalizePhone(v);
			if (!phone) {
				ctx.addIssue({ code: 'custom', message: wrong(v) });
				return z.NEVER;
			}
			return phone;
		});

/** An optional email address; '' is null. */
export const emailField = (wrong: (typed: string) => string) =>
	textField()
		.trim()
		.transform((v) => v || null)
		.pipe(
			z
				.email({ error: (issue) => wrong(String(issue.input ?? '')) })
				.max(200)
				.nullable()
		);
