import { listUnits } from '$lib/server/conference';
import { getDb } from '$lib/server/db';
import { replySummary } from '$lib/server/delegates';
import { conferenceOverview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = getDb();
	const overview = await conferenceOverview(db, await locals.conference());
	if (!overview) return { overview: null, units: [], replies: null };
	const [units, replies] = await Promise.all([listUnits(db, overview.conference.id), replySummary(db, overview.conference.id)]);
	return { overview, units, replies };
};
