// The one translation of a refusal (src/lib/server/http/errors.ts) into an answer, always with the
// error's own status: a form action's failure, an endpoint's JSON, or a page's error. Anything else,
// redirects and Kit's own errors included, goes on up.
import { error, fail, json, type ActionFailure } from '@sveltejs/kit';
import { AppError } from './errors';
import { noStore } from './headers';

/** What a refusal without words says when its caller named no `gone` message either. */
const NO_WORDS = 'Không tìm thấy nội dung này; có thể nó vừa bị xóa. Vui lòng tải lại trang.';

/** The refusal's message, else `gone` for a row that is not there (a NotFoundError without words). */
const messageOf = (err: AppError, gone: string) => err.message || gone || NO_WORDS;

/** A JSON endpoint's refusal: `{ message }` with the status, never stored. */
function refuseJson(status: number, message: string): Response {
	return json({ message }, { status, headers: noStore });
}

/**
 * Runs a change for a form action: a refusal becomes `fail(status, { message, ...extra })` (say,
 * the fields as typed, to show them again); `gone` is the message of a gone row that has none.
 */
export async function attempt<T, E extends Record<string, unknown> = Record<never, never>>(
	run: () => Promise<T>,
	gone: string,
	extra?: E
): Promise<T | ActionFailure<{ message: string } & E>> {
	try {
		return await run();
	} catch (err) {
		if (err instanceof AppError)
			return fail(err.status, { ...(extra as E), message: messageOf(err, gone) });
		throw err;
	}
}

/** The same for a +server.ts: a refusal becomes `{ message }` with its status. */
export async function attemptJson(run: () => Promise<Response>, gone = ''): Promise<Response> {
	try {
		return await run();
	} catch (err) {
		if (err instanceof AppError) return refuseJson(err.status, messageOf(err, gone));
		throw err;
	}
}

/** The same for a page load or a file download: the error page with the refusal's status and message. */
export async function attemptPage<T>(run: () => Promise<T>, gone = ''): Promise<T> {
	try {
		return await run();
	} catch (err) {
		if (err instanceof AppError) error(err.status, messageOf(err, gone));
		throw err;
	}
}
