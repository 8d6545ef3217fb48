import { listAgenda } from '$lib/server/agenda';
import { actualTimings, getMeeting } from '$lib/server/agenda/meeting';
import { attendanceBoard } from '$lib/server/checkin/board';
import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import { speechTextArrived } from '$lib/server/submissions/board';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals }) => {
	depends('app:attendance');
	const db = getDb();
	const overview = await conferenceOverview(db, await locals.conference());
	if (!overview)
		return {
			overview,
			agenda: [],
			meeting: null,
			attendance: null,
			timings: [],
			textArrived: {},
			loadedAt: Date.now(),
			serverTime: Date.now()
		};
	const id = overview.conference.id;
	const [agenda, meeting, board, timings, textArrived] = await Promise.all([
		listAgenda(db, id),
		getMeeting(db, id),
		attendanceBoard(db, id),
		actualTimings(db, id),
		speechTextArrived(db, id)
	]);
	return {
		overview,
		agenda,
		meeting,
		attendance: board.totals,
		timings,
		/** Tham luận items linked to a request: whether the text has arrived ("Đã có bài"). */
		textArrived: Object.fromEntries(textArrived) as Record<number, boolean>,
		loadedAt: Date.now(),
		serverTime: Date.now()
	};
};
