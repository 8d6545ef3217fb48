import { chairScriptFile } from '$lib/server/agenda/files';
import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/http/download';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

// The chair's script of the programme as it stands now: one URL for the chair and the secretariat
// (the /chair/* rule in src/lib/domain/roles.ts admits both), linked from /admin/agenda.
export const GET: RequestHandler = async () =>
	fileResponse(
		await chairScriptFile(getDb(), await requireConference()),
		'Kịch bản điều hành.docx',
		MIME.docx
	);
