import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/http/download';
import { requireConference } from '$lib/server/http/request';
import { submissionsBoard } from '$lib/server/submissions/board';
import { boardToXlsx } from '$lib/server/submissions/files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const conference = await requireConference();
	const now = new Date();
	const board = await submissionsBoard(getDb(), conference.id, now);
	const file = await boardToXlsx(
		board,
		`Theo dõi nộp báo cáo, tham luận - ${conference.title}`,
		now
	);
	return fileResponse(file, 'Theo dõi nộp báo cáo, tham luận.xlsx', MIME.xlsx);
};
