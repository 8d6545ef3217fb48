import { attendanceBoard } from '$lib/server/checkin/board';
import { listUnits } from '$lib/server/conference';
import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = getDb();
	const conference = await locals.conference();
	const overview = await conferenceOverview(db, conference);
	if (!overview || !conference) return { overview: null, units: [], replies: null, submissionsDueOn: null };
	const [units, board] = await Promise.all([listUnits(db, overview.conference.id), attendanceBoard(db, overview.conference.id)]);
	const excused = board.excused.map((p) => ({ id: p.id, fullName: p.fullName, position: p.position, reason: p.absenceReason }));
	return { overview, units, replies: { totals: board.totals, excused }, submissionsDueOn: conference.submissionsDueOn };
};
