import { listAgenda } from '$lib/server/agenda';
import { actualTimings, getMeeting } from '$lib/server/agenda/meeting';
import { attendanceBoard } from '$lib/server/checkin/board';
import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals }) => {
	depends('app:attendance');
	const db = getDb();
	const overview = await conferenceOverview(db, await locals.conference());
	if (!overview) return { overview, agenda: [], meeting: null, attendance: null, timings: [], loadedAt: Date.now(), serverTime: Date.now() };
	const id = overview.conference.id;
	const [agenda, meeting, board, timings] = await Promise.all([listAgenda(db, id), getMeeting(db, id), attendanceBoard(db, id), actualTimings(db, id)]);
	return { overview, agenda, meeting, attendance: board.totals, timings, loadedAt: Date.now(), serverTime: Date.now() };
};
