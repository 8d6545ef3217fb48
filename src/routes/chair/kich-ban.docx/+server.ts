import { chairScriptFile } from '$lib/server/agenda/files';
import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/download';
import { requireConference } from '$lib/server/request';
import type { RequestHandler } from './$types';

// The same file as /admin/agenda/kich-ban.docx, for the chair, who cannot enter /admin.
export const GET: RequestHandler = async () =>
	fileResponse(
		await chairScriptFile(getDb(), await requireConference()),
		'Kịch bản điều hành.docx',
		MIME.docx
	);
