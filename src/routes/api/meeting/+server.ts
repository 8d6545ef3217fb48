import { json } from '@sveltejs/kit';
import { meetingCommandSchema } from '$lib/domain/meeting-schema';
import { hallView, runMeetingCommand } from '$lib/server/agenda/meeting';
import { getDb } from '$lib/server/db';
import { readJson } from '$lib/server/http/json-body';
import { noStore } from '$lib/server/http/headers';
import { attemptJson } from '$lib/server/http/refusal';
import { actorOf, apiUser, requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

/** Far above the longest press the schema allows (a 120-character message), even as \u escapes. */
const BODY_MAX_BYTES = 16_000;

/** The programme and the meeting state, for anyone: the projector and delegates' phones. */
export const GET: RequestHandler = async () => {
	const db = getDb();
	const conference = await requireConference();
	return json(
		{ conferenceId: conference.id, ...(await hallView(db, conference.id)), serverTime: Date.now() },
		{ headers: noStore }
	);
};

/** One press on the chair's console: `{ action, … }` (see meetingCommandSchema). */
export const POST: RequestHandler = (event) =>
	attemptJson(async () => {
		apiUser(event.locals);
		const command = await readJson(event, meetingCommandSchema, { maxBytes: BODY_MAX_BYTES });
		const conference = await requireConference();
		const meeting = await runMeetingCommand(getDb(), actorOf(event), conference.id, command);
		return json({ meeting, serverTime: Date.now() }, { headers: noStore });
	}, 'Nội dung này không còn trong chương trình.');
