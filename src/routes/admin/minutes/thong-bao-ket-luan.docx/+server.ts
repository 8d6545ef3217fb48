import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/http/download';
import { attemptPage } from '$lib/server/http/refusal';
import { requireConference } from '$lib/server/http/request';
import { revisionParam } from '$lib/server/minutes/download-route';
import { conclusionNoticeFile } from '$lib/server/minutes/files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	attemptPage(async () => {
		const revision = revisionParam(url);
		const conference = await requireConference();
		const file = await conclusionNoticeFile(getDb(), conference, revision);
		return fileResponse(file.bytes, file.fileName, MIME.docx);
	});
