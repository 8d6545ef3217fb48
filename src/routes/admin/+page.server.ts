import { attendanceBoard } from '$lib/server/checkin/board';
import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import { submissionsBoard } from '$lib/server/submissions/board';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = getDb();
	const conference = await locals.conference();
	const overview = await conferenceOverview(db, conference);
	if (!overview || !conference) return { overview: null, documents: null, replies: null };
	const [documents, board] = await Promise.all([
		submissionsBoard(db, overview.conference.id),
		attendanceBoard(db, overview.conference.id)
	]);
	const excused = board.excused.map((p) => ({
		id: p.id,
		fullName: p.fullName,
		position: p.position,
		reason: p.absenceReason
	}));
	// Per request: how many of the units it asks have sent it (on time or late) and how many must.
	const requests = documents.requests.map((r) => {
		const cells = documents.cells.filter((c) => c.requestId === r.id);
		return {
			id: r.id,
			title: r.title,
			dueAt: r.dueAt,
			sent: cells.filter((c) => c.state === 'submitted' || c.state === 'late').length,
			owed: cells.filter((c) => c.state !== 'exempt').length
		};
	});
	return {
		overview,
		documents: { requests, counts: documents.counts },
		replies: { totals: board.totals, excused }
	};
};
