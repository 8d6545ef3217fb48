import { json } from '@sveltejs/kit';
import { meetingCommandSchema } from '$lib/domain/meeting-schema';
import { hallView, runMeetingCommand } from '$lib/server/agenda/meeting';
import { getDb } from '$lib/server/db';
import { attemptJson } from '$lib/server/actions';
import { apiUser, requireConference } from '$lib/server/request';
import type { RequestHandler } from './$types';

const noStore = { 'cache-control': 'no-store' };

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
export const POST: RequestHandler = async (event) => {
	const user = apiUser(event.locals);
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		return json({ message: 'Yêu cầu không đúng định dạng JSON.' }, { status: 400 });
	}
	const command = meetingCommandSchema.safeParse(body);
	if (!command.success)
		return json(
			{ message: command.error.issues[0]?.message ?? 'Thao tác không hợp lệ.' },
			{ status: 400 }
		);
	const db = getDb();
	const conference = await requireConference();
	return attemptJson(async () => {
		const meeting = await runMeetingCommand(
			db,
			{ userId: user.id, address: event.getClientAddress() },
			conference.id,
			command.data
		);
		return json({ meeting, serverTime: Date.now() }, { headers: noStore });
	}, 'Nội dung này không còn trong chương trình.');
};
