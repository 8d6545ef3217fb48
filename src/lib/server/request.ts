import { error, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from './auth';
import type { Actor } from './audit';
import { getCurrentConference } from './conference';
import { getDb } from './db';

/** The signed-in staff member behind a request (the handle hook has already checked the role). */
export function actorOf(event: Pick<RequestEvent, 'locals' | 'getClientAddress'>): Actor {
	const user = event.locals.user;
	if (!user) error(401, 'Vui lòng đăng nhập.');
	return { userId: user.id, address: event.getClientAddress() };
}

/** The conference being run; a clear 404 when the database has none. */
export async function requireConference() {
	const conference = await getCurrentConference(getDb());
	if (!conference) error(404, 'Chưa có hội nghị nào trong cơ sở dữ liệu.');
	return conference;
}

/**
 * The signed-in staff member of a JSON endpoint. The handle hook has already refused anyone the
 * route's rule does not name (src/lib/domain/roles.ts); this only gives the handler its user.
 */
export function apiUser(locals: App.Locals): SessionUser {
	if (!locals.user) error(401, 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.');
	return locals.user;
}
