import { json } from '@sveltejs/kit';
import { meetingCommandSchema } from '$lib/domain/meeting-schema';
import { hallView, runMeetingCommand } from '$lib/server/agenda/meeting';
import { getCurrentConference } from '$lib/server/conference';
import { getDb } from '$lib/server/db';
import { RuleError } from '$lib/server/errors';
import { apiUser } from '$lib/server/request';
import type { RequestHandler } from './$types';

const NO_CONFERENCE = { message: 'Chưa có hội nghị nào trong cơ sở dữ liệu.' };
const noStore = { 'cache-control': 'no-store' };

/** The programme and the meeting state, for anyone: the projector and delegates' phones. */
export const GET: RequestHandler = async () => {
	const db = getDb();
	const conference = await getCurrentConference(db);
	if (!conference) return json(NO_CONFERENCE, { status: 404, headers: noStore });
	return json({ conferenceId: conference.id, ...(await hallView(db, conference.id)), serverTime: Date.now() }, { headers: noStore });
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
	if (!command.success) return json({ message: command.error.issues[0]?.message ?? 'Thao tác không hợp lệ.' }, { status: 400 });
	const db = getDb();
	const conference = await getCurrentConference(db);
	if (!conference) return json(NO_CONFERENCE, { status: 404 });
	try {
		const meeting = await runMeetingCommand(db, { userId: user.id, address: event.getClientAddress() }, conference.id, command.data);
		return json({ meeting, serverTime: Date.now() }, { headers: noStore });
	} catch (err) {
		if (err instanceof RuleError) return json({ message: err.message }, { status: 409 });
		throw err;
	}
};
