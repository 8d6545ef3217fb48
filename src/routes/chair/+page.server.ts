import { listUnits } from '$lib/server/conference';
import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = getDb();
	const overview = await conferenceOverview(db);
	const speeches = overview
		? (await listUnits(db, overview.conference.id)).filter((u) => u.speechTopic).map((u) => ({ id: u.id, unit: u.name, topic: u.speechTopic! }))
		: [];
	return { overview, speeches };
};
