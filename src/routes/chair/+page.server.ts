import { attendanceBoard } from '$lib/server/checkin/board';
import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import { plannedSpeeches } from '$lib/server/programme';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends }) => {
	depends('app:attendance');
	const db = getDb();
	const overview = await conferenceOverview(db);
	if (!overview) return { overview, speeches: [], attendance: null, loadedAt: Date.now() };
	const [speeches, board] = await Promise.all([plannedSpeeches(db, overview.conference.id), attendanceBoard(db, overview.conference.id)]);
	return { overview, speeches, attendance: board.totals, loadedAt: Date.now() };
};
