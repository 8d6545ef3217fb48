import { attendanceBoard } from '$lib/server/checkin/board';
import { getDb } from '$lib/server/db';
import { requireConference } from '$lib/server/http/request';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends }) => {
	depends('app:attendance');
	const conference = await requireConference();
	const board = await attendanceBoard(getDb(), conference.id);
	return { ...board, loadedAt: Date.now() };
};
