import { json } from '@sveltejs/kit';
import { NotFoundError } from '$lib/server/http/errors';
import { noStore } from '$lib/server/http/headers';
import { attemptJson } from '$lib/server/http/refusal';
import { UNIT_LINK_INVALID, unitOfLink } from '$lib/server/units/link';
import { readUploadQuery, receiveUpload, unitUploadQuery } from '$lib/server/units/upload';
import type { RequestHandler } from './$types';

/** A unit sends a file through its own link: the token is the key, and it reaches only its own requests. */
export const POST: RequestHandler = ({ request, url, params, getClientAddress }) =>
	attemptJson(async () => {
		const query = readUploadQuery(unitUploadQuery, url);
		const found = await unitOfLink(params.token);
		if (!found) throw new NotFoundError(UNIT_LINK_INVALID);
		const receipt = await receiveUpload(
			request,
			url,
			{ conferenceId: found.conference.id, requestId: query.request, unitId: found.unit.id },
			{ userId: null, address: getClientAddress() }
		);
		return json({ receipt }, { headers: noStore });
	});
