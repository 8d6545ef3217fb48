import { summariseAttendance } from '$lib/domain/attendance';
import type { Database } from './db';
import type { Conference } from './db/schema';
import { listDelegates } from './delegates';
import { listGroups } from './delegates/groups';

/** What every staff page shows first: the conference and how many are invited (src/lib/domain/attendance.ts). */
export async function conferenceOverview(db: Database, conference: Conference | null) {
	if (!conference) return null;
	const [groups, delegates] = await Promise.all([
		listGroups(db, conference.id),
		listDelegates(db, conference.id)
	]);
	const totals = summariseAttendance(
		groups,
		delegates.map((d) => ({ ...d, present: false }))
	);
	return {
		conference: {
			id: conference.id,
			title: conference.title,
			place: conference.place,
			startsAt: conference.startsAt,
			endsAt: conference.endsAt,
			chairName: conference.chairName,
			chairTitle: conference.chairTitle
		},
		invited: totals.invited
	};
}

export type ConferenceOverview = NonNullable<Awaited<ReturnType<typeof conferenceOverview>>>;
