import { error, json, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '$lib/domain/roles';
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

/** JSON endpoints answer 401/403 as JSON instead of redirecting to the login page. */
export function apiUser(locals: App.Locals, roles: readonly Role[]): SessionUser | Response {
	if (!locals.user) return json({ message: 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.' }, { status: 401 });
	if (!roles.includes(locals.user.role)) {
		return json({ message: 'Tài khoản của bạn không có quyền thực hiện việc này.' }, { status: 403 });
	}
	return locals.user;
}
