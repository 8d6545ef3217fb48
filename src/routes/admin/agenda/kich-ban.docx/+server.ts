import { chairScriptFile } from '$lib/server/agenda/files';
import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/download';
import { requireConference } from '$lib/server/request';
import type { RequestHandler } from './$types';

// The chair's script of the programme as it stands now.
export const GET: RequestHandler = async () =>
	fileResponse(
		await chairScriptFile(getDb(), await requireConference()),
		'Kịch bản điều hành.docx',
		MIME.docx
	);
