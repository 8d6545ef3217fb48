import { attendanceListFile } from '$lib/server/checkin/files';
import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/http/download';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const conference = await requireConference();
	return fileResponse(
		await attendanceListFile(getDb(), conference, 'xlsx'),
		'Danh sách đại biểu.xlsx',
		MIME.xlsx
	);
};
