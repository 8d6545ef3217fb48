import { getDb } from '$lib/server/db';
import { requireConference } from '$lib/server/http/request';
import { submissionsBoard } from '$lib/server/submissions/board';
import { unitReminders } from '$lib/server/units/links';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, url }) => {
	depends('app:submissions');
	const conference = await requireConference();
	const now = new Date();
	const [board, reminders] = await Promise.all([
		submissionsBoard(getDb(), conference.id, now),
		unitReminders(getDb(), conference.id, url.origin)
	]);
	return {
		units: board.units.map(({ id, name }) => ({ id, name })),
		requests: board.requests.map(({ id, kind, title, dueAt, closedAt }) => ({
			id,
			kind,
			title,
			dueAt,
			closed: closedAt !== null
		})),
		cells: board.cells,
		counts: board.counts,
		reminders,
		loadedAt: now.getTime()
	};
};
