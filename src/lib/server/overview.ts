import { groupsWithCounts } from './conference';
import type { Database } from './db';
import type { Conference } from './db/schema';

/** What every staff page shows first: the conference and who is invited, by group. */
export async function conferenceOverview(db: Database, conference: Conference | null) {
	if (!conference) return null;
	const groups = await groupsWithCounts(db, conference.id);
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
		groups,
		invited: groups.reduce((sum, g) => sum + g.invited, 0)
	};
}

export type ConferenceOverview = NonNullable<Awaited<ReturnType<typeof conferenceOverview>>>;
