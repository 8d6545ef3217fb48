import { error, redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { requiredRoles } from '$lib/domain/roles';
import { SESSION_COOKIE } from '$lib/domain/session-token';
import { deleteSessionTokenCookie, setSessionTokenCookie, validateSessionToken } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import { applySecurityHeaders } from '$lib/server/security-headers';
import { startServerDatabase } from '$lib/server/startup';

export const init: ServerInit = async () => {
	await startServerDatabase();
};

export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const { session, user } = await validateSessionToken(getDb(), token);
		if (session) setSessionTokenCookie(event, token, session.expiresAt);
		else deleteSessionTokenCookie(event);
		event.locals.session = session;
		event.locals.user = user;
	} else {
		event.locals.session = null;
		event.locals.user = null;
	}

	// Every request to a staff area is checked here, pages, form actions and files alike.
	const roles = requiredRoles(event.url.pathname);
	if (roles) {
		const user = event.locals.user;
		if (!user) redirect(303, `/login?redirect=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		if (!roles.includes(user.role)) error(403, 'Tài khoản của bạn không có quyền mở trang này.');
	}

	const response = await resolve(event);
	applySecurityHeaders(response, event.url);
	return response;
};

/** Unexpected errors are logged on the server; the browser sees only a Vietnamese message. */
export const handleError: HandleServerError = ({ error: err, event, status }) => {
	if (status !== 404) console.error(`[hoi-nghi] lỗi ${status} tại ${event.request.method} ${event.url.pathname}:`, err);
	return { message: status === 404 ? 'Không tìm thấy trang' : 'Đã có lỗi trên máy chủ. Vui lòng thử lại sau ít phút.' };
};
