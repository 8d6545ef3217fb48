import { fail, json, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actor } from './audit';
import { getDb, type Database } from './db';
import { ConflictError, NotFoundError, RuleError } from './errors';
import { actorOf, requireConference } from './request';
import { postedDbId } from '$lib/domain/fields';

/**
 * Runs a change for a form action and answers the domain's refusals the one way: a broken rule
 * as a 400 (a stale page, ConflictError, as a 409), a row that is gone as a 404 (its own message, else `gone`), both with the message
 * and `extra` (say, the fields as typed, to show them again). Anything else, redirects included,
 * goes on up.
 */
export async function attempt<T, E extends Record<string, unknown> = Record<never, never>>(
	run: () => Promise<T>,
	gone: string,
	extra?: E
): Promise<T | ActionFailure<{ message: string } & E>> {
	try {
		return await run();
	} catch (err) {
		if (err instanceof ConflictError) return fail(409, { ...(extra as E), message: err.message });
		if (err instanceof RuleError) return fail(400, { ...(extra as E), message: err.message });
		if (err instanceof NotFoundError)
			return fail(404, { ...(extra as E), message: err.message || gone });
		throw err;
	}
}

/** The JSON twin of attempt for a +server.ts: `{ message }`, 409 for a broken rule, 404 for a gone row. */
export async function attemptJson(
	run: () => Promise<Response>,
	gone: string,
	headers?: HeadersInit
): Promise<Response> {
	try {
		return await run();
	} catch (err) {
		if (err instanceof RuleError) return json({ message: err.message }, { status: 409, headers });
		if (err instanceof NotFoundError)
			return json({ message: err.message || gone }, { status: 404, headers });
		throw err;
	}
}

/** A change whose only answer is a message to show. */
export const done = (success: string) => () => ({ success });

type RowChange<A extends unknown[]> = (
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	...args: A
) => Promise<unknown>;

/** A change to the one row a form posts as `id` (a delete button): a bad id is a 400 saying `invalid`. */
export function rowAction(invalid: string, gone: string, change: RowChange<[]>, success: string) {
	const idSchema = postedDbId(invalid);
	return async (event: RequestEvent) => {
		const id = idSchema.safeParse((await event.request.formData()).get('id'));
		if (!id.success) return fail(400, { message: invalid });
		const conference = await requireConference();
		return attempt(
			() => change(getDb(), actorOf(event), conference.id, id.data).then(done(success)),
			gone
		);
	};
}

const moveSchema = z.object({ id: postedDbId(''), direction: z.enum(['up', 'down']) });

/** The `move` action behind MoveButtons: the posted row changes places with its neighbour. */
export function moveAction(gone: string, move: RowChange<['up' | 'down']>) {
	return async (event: RequestEvent) => {
		const form = await event.request.formData();
		const parsed = moveSchema.safeParse({ id: form.get('id'), direction: form.get('direction') });
		if (!parsed.success) return fail(400, { message: 'Yêu cầu sắp xếp không hợp lệ.' });
		const conference = await requireConference();
		const { id, direction } = parsed.data;
		return attempt(
			() =>
				move(getDb(), actorOf(event), conference.id, id, direction).then(done('Đã đổi thứ tự.')),
			gone
		);
	};
}
