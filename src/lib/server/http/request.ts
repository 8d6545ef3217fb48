import { error, type RequestEvent } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { NO_CONFERENCE_MESSAGE } from '$lib/domain/conference';
import type { SessionUser } from '../auth';
import type { Actor } from '../audit';

/** The signed-in staff member behind a request (the handle hook has already checked the role). */
export function actorOf(event: Pick<RequestEvent, 'locals' | 'getClientAddress'>): Actor {
	const user = event.locals.user;
	if (!user) error(401, 'Vui lòng đăng nhập.');
	return { userId: user.id, address: event.getClientAddress() };
}

/**
 * The conference being run, as the handle hook resolved it for this request; a clear 404 (JSON for
 * an endpoint) when the database has none.
 */
export async function requireConference() {
	const conference = await getRequestEvent().locals.conference();
	if (!conference) error(404, NO_CONFERENCE_MESSAGE);
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
