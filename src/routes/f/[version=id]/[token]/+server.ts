import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fileResponse } from '$lib/server/http/download';
import { FILE_LINK_NOT_FOUND, openOriginal } from '$lib/server/proceedings/links';
import type { RequestHandler } from './$types';

/** The original file a kỷ yếu links to: the token is the key, so no sign-in. */
export const GET: RequestHandler = async ({ params }) => {
	const file = await openOriginal(getDb(), Number(params.version), params.token);
	if (!file) error(404, FILE_LINK_NOT_FOUND);
	return fileResponse(file.bytes, file.fileName, file.type);
};
