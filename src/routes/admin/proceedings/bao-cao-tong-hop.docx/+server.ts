import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/http/download';
import { synthesisFile } from '$lib/server/proceedings/synthesis';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

/** The báo cáo tổng hợp draft: every unit's report gathered under the outline's sections. */
export const GET: RequestHandler = async () => {
	const conference = await requireConference();
	const file = await synthesisFile(getDb(), conference);
	return fileResponse(file.bytes, file.fileName, MIME.docx);
};
