import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { attemptPage } from '$lib/server/http/refusal';
import { fileResponse } from '$lib/server/http/download';
import { NOT_PUBLISHED, publishedOriginal } from '$lib/server/submissions/published';
import { delegateFromLink } from '$lib/server/delegates/link';
import type { RequestHandler } from './$types';

/** The original .docx or .pdf of a published document, as the unit sent it. */
export const GET: RequestHandler = async ({ params }) => {
	const { conference } = await attemptPage(() => delegateFromLink(params.token));
	const original = await publishedOriginal(getDb(), conference.id, Number(params.id));
	if (!original) error(404, NOT_PUBLISHED);
	return fileResponse(original.bytes, original.fileName, original.type);
};
