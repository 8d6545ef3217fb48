import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/download';
import { orNotFound, revisionParam } from '$lib/server/minutes/download-route';
import { minutesFile } from '$lib/server/minutes/files';
import { requireConference } from '$lib/server/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const revision = revisionParam(url);
	const conference = await requireConference();
	const file = await orNotFound(() => minutesFile(getDb(), conference, revision));
	return fileResponse(file.bytes, file.fileName, MIME.docx);
};
