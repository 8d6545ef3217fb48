import { listUnits } from '$lib/server/conference';
import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = getDb();
	const overview = await conferenceOverview(db);
	const units = overview ? await listUnits(db, overview.conference.id) : [];
	return { overview, units };
};
