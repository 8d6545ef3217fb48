import { json } from '@sveltejs/kit';
import { UNIT_LINK_INVALID, unitOfLink } from '$lib/server/units/link';
import { answerUpload, badQuery, unitUploadQuery } from '$lib/server/units/upload';
import type { RequestHandler } from './$types';

/** A unit sends a file through its own link: the token is the key, and it reaches only its own requests. */
export const POST: RequestHandler = async ({ request, url, params, getClientAddress }) => {
	const query = unitUploadQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success) return badQuery(query.error.issues[0]!.message);
	const found = await unitOfLink(params.token);
	if (!found)
		return json(
			{ message: UNIT_LINK_INVALID },
			{ status: 404, headers: { 'cache-control': 'no-store' } }
		);
	return answerUpload(
		request,
		url,
		{ conferenceId: found.conference.id, requestId: query.data.request, unitId: found.unit.id },
		{ userId: null, address: getClientAddress() }
	);
};
