import { getDb } from '$lib/server/db';
import { exportRows } from '$lib/server/delegates/export';
import { delegatesToXlsx } from '$lib/server/delegates/export-sheet';
import { fileResponse, MIME } from '$lib/server/http/download';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const conference = await requireConference();
	const rows = await exportRows(getDb(), conference.id, url.origin);
	const file = await delegatesToXlsx(rows, `Danh sách đại biểu - ${conference.title}`);
	return fileResponse(file, 'Danh sách đại biểu.xlsx', MIME.xlsx);
};
