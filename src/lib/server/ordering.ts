import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './db';

/** A list of one conference that the secretariat orders by hand (groups, the agenda). */
export interface OrderedList {
	table: PgTable;
	id: AnyPgColumn<{ data: number; notNull: true }>;
	conferenceId: AnyPgColumn<{ data: number; notNull: true }>;
	position: AnyPgColumn<{ data: number; notNull: true }>;
}

/**
 * Swaps a row with its neighbour above or below: `moved`, `at-end` when there is none, or
 * `not-found`. Run inside the caller's transaction.
 */
export async function swapWithNeighbour(
	tx: Executor,
	list: OrderedList,
	conferenceId: number,
	id: number,
	direction: 'up' | 'down'
): Promise<'moved' | 'at-end' | 'not-found'> {
	const [current] = await tx
		.select({ id: list.id, position: list.position })
		.from(list.table)
		.where(and(eq(list.id, id), eq(list.conferenceId, conferenceId)));
	if (!current) return 'not-found';
	const [neighbour] = await tx
		.select({ id: list.id, position: list.position })
		.from(list.table)
		.where(
			and(
				eq(list.conferenceId, conferenceId),
				direction === 'up'
					? lt(list.position, current.position)
					: gt(list.position, current.position)
			)
		)
		.orderBy(direction === 'up' ? desc(list.position) : asc(list.position))
		.limit(1);
	if (!neighbour) return 'at-end';
	const place = (rowId: number, position: number) =>
		tx.execute(
			sql`update ${list.table} set ${sql.identifier(list.position.name)} = ${position} where ${list.id} = ${rowId}`
		);
	// Through a free position, so a unique (conference, position) holds at every step.
	await place(current.id, -1);
	await place(neighbour.id, current.position);
	await place(current.id, neighbour.position);
	return 'moved';
}
