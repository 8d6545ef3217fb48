import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/http/download';
import { proceedingsFile } from '$lib/server/proceedings/volume';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

/** The kỷ yếu as chosen, with links to the originals under this server's address. */
export const GET: RequestHandler = async ({ url }) => {
	const conference = await requireConference();
	const file = await proceedingsFile(getDb(), conference, url.origin);
	return fileResponse(file.bytes, file.fileName, MIME.docx);
};
