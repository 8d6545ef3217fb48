import { z } from './zod';
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from './text';

/**
 * A string field of a JSON body: `error` when it is missing or not a string, and the app's one
 * rule for control characters (./text.ts). Chain `.trim()`, `.max()` and the rest after it.
 */
export const textField = (error: string) =>
	z.string({ error }).refine((value) => !hasControlCharacters(value), CONTROL_CHARACTER_MESSAGE);
