import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { RuleError, TooLargeError } from './errors';

export const NOT_JSON_MESSAGE = 'Yêu cầu không đúng định dạng JSON.';
export const JSON_TOO_LARGE_MESSAGE = 'Nội dung gửi lên quá lớn.';

type JsonLimits = {
	/** The largest body taken, in bytes (the hooks cap every body far higher). */
	maxBytes: number;
	/** The 413's words, when the endpoint can say what to shorten. */
	tooLarge?: string;
	/** The 400's words for a body that is not JSON. */
	notJson?: string;
};

/**
 * The one way an endpoint reads a JSON body: parsed by `schema`, or a refusal (413 over
 * `maxBytes`, 400 for a body that is not JSON or that the schema refuses, with the schema's own
 * Vietnamese message). The body is read whole first: answering before it is read would reset the
 * connection mid-upload.
 */
export async function readJson<T>(
	event: Pick<RequestEvent, 'request'>,
	schema: z.ZodType<T>,
	limits: JsonLimits
): Promise<T> {
	const notJson = limits.notJson ?? NOT_JSON_MESSAGE;
	let bytes: ArrayBuffer;
	try {
		bytes = await event.request.arrayBuffer();
	} catch {
		throw new RuleError(notJson);
	}
	if (bytes.byteLength > limits.maxBytes)
		throw new TooLargeError(limits.tooLarge ?? JSON_TOO_LARGE_MESSAGE);
	return parseJson(new TextDecoder().decode(bytes), schema, { notJson });
}

/**
 * JSON text (a body, or one form field that carries a structure) read through `schema`, or a
 * RuleError: `notJson` for text that is not JSON, the schema's message for a value it refuses, or
 * `unreadable` for both when the page wrote the value and the schema's words would mean nothing.
 */
export function parseJson<T>(
	text: string,
	schema: z.ZodType<T>,
	words: { notJson?: string; unreadable?: string } = {}
): T {
	const notJson = words.unreadable ?? words.notJson ?? NOT_JSON_MESSAGE;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new RuleError(notJson);
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success)
		throw new RuleError(words.unreadable ?? parsed.error.issues[0]?.message ?? notJson);
	return parsed.data;
}
