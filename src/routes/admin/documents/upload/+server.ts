import { json } from '@sveltejs/kit';
import { noStore } from '$lib/server/http/headers';
import { attemptJson } from '$lib/server/http/refusal';
import { actorOf, requireConference } from '$lib/server/http/request';
import { officeUploadQuery, readUploadQuery, receiveUpload } from '$lib/server/units/upload';
import type { RequestHandler } from './$types';

/** The secretariat sends a file for a unit (one that came by email or Zalo); the version names who. */
export const POST: RequestHandler = (event) =>
	attemptJson(async () => {
		const query = readUploadQuery(officeUploadQuery, event.url);
		const conference = await requireConference();
		const receipt = await receiveUpload(
			event.request,
			event.url,
			{ conferenceId: conference.id, requestId: query.request, unitId: query.unit },
			actorOf(event)
		);
		return json({ receipt }, { headers: noStore });
	});
