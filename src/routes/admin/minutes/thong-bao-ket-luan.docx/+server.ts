import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { NoConclusionsError } from '$lib/server/documents/conclusion-notice';
import { fileResponse, MIME } from '$lib/server/download';
import { orNotFound, revisionParam } from '$lib/server/minutes/download-route';
import { conclusionNoticeFile } from '$lib/server/minutes/files';
import { requireConference } from '$lib/server/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const revision = revisionParam(url);
	const conference = await requireConference();
	const file = await orNotFound(async () => {
		try {
			return await conclusionNoticeFile(getDb(), conference, revision);
		} catch (err) {
			if (err instanceof NoConclusionsError) error(400, err.message);
			throw err;
		}
	});
	return fileResponse(file.bytes, file.fileName, MIME.docx);
};
