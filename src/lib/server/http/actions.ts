import { fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actor } from '../audit';
import { getDb, type Database } from '../db';
import { readForm } from './form';
import { attempt } from './refusal';
import { actorOf, requireConference } from './request';
import { postedDbId } from '$lib/domain/fields';

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
		const id = idSchema.safeParse((await readForm(event)).text('id'));
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
		const parsed = moveSchema.safeParse((await readForm(event)).texts(['id', 'direction']));
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
