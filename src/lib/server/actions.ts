import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actor } from './audit';
import { getDb, type Database } from './db';
import { NotFoundError, RuleError } from './errors';
import { actorOf, requireConference } from './request';
import { dbIdSchema } from './validation';

/**
 * Runs a change for a form action: a refused change comes back as a 400 with its message (and the
 * fields as typed, to show them again), a row that is gone as a 404 with `gone`.
 */
export async function attempt<V = undefined>(run: () => Promise<unknown>, success: string, gone: string, values?: V) {
	try {
		await run();
	} catch (err) {
		if (err instanceof RuleError) return fail(400, { message: err.message, values });
		if (err instanceof NotFoundError) error(404, gone);
		throw err;
	}
	return { success };
}

const moveSchema = z.object({ id: dbIdSchema(''), direction: z.enum(['up', 'down']) });

/** The `move` action behind MoveButtons: the posted row changes places with its neighbour. */
export function moveAction(
	gone: string,
	move: (db: Database, actor: Actor, conferenceId: number, id: number, direction: 'up' | 'down') => Promise<void>
) {
	return async (event: RequestEvent) => {
		const form = await event.request.formData();
		const parsed = moveSchema.safeParse({ id: form.get('id'), direction: form.get('direction') });
		if (!parsed.success) return fail(400, { message: 'Yêu cầu sắp xếp không hợp lệ.' });
		const conference = await requireConference();
		const { id, direction } = parsed.data;
		return attempt(() => move(getDb(), actorOf(event), conference.id, id, direction), 'Đã đổi thứ tự.', gone);
	};
}
