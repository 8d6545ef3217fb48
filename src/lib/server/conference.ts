import { asc, count, desc, eq } from 'drizzle-orm';
import type { Database } from './db';
import { conference, delegate, delegateGroup } from './db/schema';

/** The conference the app is running: the latest one by start time. */
export async function getCurrentConference(db: Database) {
	const [row] = await db
		.select()
		.from(conference)
		.orderBy(desc(conference.startsAt), desc(conference.id))
		.limit(1);
	return row ?? null;
}

/** Groups in their order with how many delegates each invites. */
export async function groupsWithCounts(db: Database, conferenceId: number) {
	return db
		.select({
			id: delegateGroup.id,
			name: delegateGroup.name,
			position: delegateGroup.position,
			invited: count(delegate.id)
		})
		.from(delegateGroup)
		.leftJoin(delegate, eq(delegate.groupId, delegateGroup.id))
		.where(eq(delegateGroup.conferenceId, conferenceId))
		.groupBy(delegateGroup.id)
		.orderBy(asc(delegateGroup.position));
}
