import { actorOf, requireConference } from '$lib/server/request';
import { answerUpload, badQuery, officeUploadQuery } from '$lib/server/units/upload';
import type { RequestHandler } from './$types';

/** The secretariat sends a file for a unit (one that came by email or Zalo); the version names who. */
export const POST: RequestHandler = async (event) => {
	const query = officeUploadQuery.safeParse(Object.fromEntries(event.url.searchParams));
	if (!query.success) return badQuery(query.error.issues[0]!.message);
	const conference = await requireConference();
	return answerUpload(
		event.request,
		event.url,
		{ conferenceId: conference.id, requestId: query.data.request, unitId: query.data.unit },
		actorOf(event)
	);
};
