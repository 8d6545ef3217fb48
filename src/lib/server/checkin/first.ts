// The check-in that counts for a delegate: their earliest scan not undone. Read by the batch, the
// undo, the roster, the board and the delegate's page.
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { checkin } from '../db/schema';

/** Earliest active scan per delegate among the rows `where` selects: the check-in that counts. */
async function earliestActiveCheckins(db: Executor, where: SQL) {
	const rows = await db
		.selectDistinctOn([checkin.delegateId], {
			id: checkin.id,
			delegateId: checkin.delegateId,
			scannedAt: checkin.scannedAt,
			deviceId: checkin.deviceId,
			method: checkin.method
		})
		.from(checkin)
		.where(and(where, isNull(checkin.undoneAt)))
		.orderBy(checkin.delegateId, asc(checkin.scannedAt), asc(checkin.id));
	return new Map(rows.map((r) => [r.delegateId, r]));
}

/** The first check-ins of these delegates, by delegate id. */
export async function firstCheckins(db: Executor, delegateIds: number[]) {
	if (delegateIds.length === 0)
		return new Map<number, { id: string; scannedAt: Date; deviceId: string }>();
	return earliestActiveCheckins(db, inArray(checkin.delegateId, delegateIds));
}

export type FirstCheckins = Awaited<ReturnType<typeof firstCheckins>>;

/** Everyone's first check-in in this conference (for the board and the danh sách). */
export function firstCheckinsOfConference(db: Database, conferenceId: number) {
	return earliestActiveCheckins(db, eq(checkin.conferenceId, conferenceId));
}

/** The check-in of one delegate that counts (their earliest active one), or null. */
export async function firstCheckinOf(db: Executor, delegateId: number) {
	return (await firstCheckins(db, [delegateId])).get(delegateId) ?? null;
}
