import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import { plannedSpeeches } from '$lib/server/programme';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = getDb();
	const overview = await conferenceOverview(db);
	return { overview, speeches: overview ? await plannedSpeeches(db, overview.conference.id) : [] };
};
