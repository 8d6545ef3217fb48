import { getDb } from '$lib/server/db';
import { requireConference } from '$lib/server/request';
import { boardReminders, submissionsBoard } from '$lib/server/submissions/board';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, url }) => {
	depends('app:submissions');
	const conference = await requireConference();
	const now = new Date();
	const board = await submissionsBoard(getDb(), conference.id, now);
	return {
		units: board.units.map(({ id, name }) => ({ id, name })),
		requests: board.requests.map(({ id, kind, title, dueAt, closedAt }) => ({ id, kind, title, dueAt, closed: closedAt !== null })),
		cells: board.cells,
		counts: board.counts,
		reminders: boardReminders(board, url.origin),
		loadedAt: now.getTime()
	};
};
