import { getDb } from '$lib/server/db';
import { exportRows } from '$lib/server/delegates/export';
import { delegatesToCsv } from '$lib/server/delegates/export-sheet';
import { fileResponse, MIME } from '$lib/server/http/download';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const conference = await requireConference();
	const rows = await exportRows(getDb(), conference.id, url.origin);
	return fileResponse(delegatesToCsv(rows), 'Danh sách đại biểu.csv', MIME.csv);
};
