import {
	error,
	json,
	redirect,
	type Handle,
	type HandleServerError,
	type RequestEvent,
	type ServerInit
} from '@sveltejs/kit';
import { PUBLIC, routeAccess } from '$lib/domain/roles';
import { z } from 'zod';
import { SESSION_COOKIE } from '$lib/domain/session-token';
import {
	deleteSessionTokenCookie,
	setSessionTokenCookie,
	validateSessionToken
} from '$lib/server/auth';
import {
	bodyTooLarge,
	checkFormBody,
	cleanSearchParams,
	pathRefusal,
	type BoundaryRefusal
} from '$lib/server/boundary';
import { getCurrentConference } from '$lib/server/conference';
import { getDb } from '$lib/server/db';
import { applySecurityHeaders } from '$lib/server/security-headers';
import { startServerDatabase } from '$lib/server/startup';
import { noStore } from '$lib/server/http/headers';

// Every schema states its own Vietnamese messages; zod's Vietnamese locale covers any it missed.
z.config(z.locales.vi());

export const init: ServerInit = async () => {
	await startServerDatabase();
};

const MESSAGES = {
	signIn: 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.',
	forbidden: 'Tài khoản của bạn không có quyền mở trang này.',
	apiForbidden: 'Tài khoản của bạn không có quyền thực hiện việc này.',
	noRule: 'Trang này chưa được mở cho ai.',
	method: 'Địa chỉ này không nhận kiểu yêu cầu đó.'
} as const;

/** JSON endpoints answer refusals as JSON; pages and files as the error page or a login redirect. */
const isApi = (event: RequestEvent) => event.route.id?.startsWith('/api/') ?? false;

function refuse(event: RequestEvent, status: number, message: string): Response {
	if (isApi(event)) return json({ message }, { status, headers: noStore });
	error(status, message);
}

/**
 * Who may reach a route is decided from the route SvelteKit matched (src/lib/domain/roles.ts),
 * never from the URL's spelling; a route with no rule is refused. No route (a 404) reaches nothing.
 */
function authorize(event: RequestEvent): Response | null {
	const routeId = event.route.id;
	if (routeId === null) return null;
	const access = routeAccess(routeId, event.request.method);
	if (access === null) return refuse(event, 403, MESSAGES.noRule);
	if (access === PUBLIC) return null;
	const user = event.locals.user;
	if (!user) {
		if (isApi(event)) return refuse(event, 401, MESSAGES.signIn);
		redirect(303, `/login?redirect=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	if (!access.includes(user.role))
		return refuse(event, 403, isApi(event) ? MESSAGES.apiForbidden : MESSAGES.forbidden);
	return null;
}

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
	let conference: ReturnType<typeof getCurrentConference> | undefined;
	// Every route reads the conference from here (requireConference() in src/lib/server/http/request.ts).
	event.locals.conference = () => (conference ??= getCurrentConference(getDb()));

	const refused = authorize(event);
	if (refused) return withHeaders(refused, event.url);

	// Text enters the app through one door (src/lib/server/boundary.ts).
	const bad: BoundaryRefusal | null =
		pathRefusal(event.url) ?? bodyTooLarge(event.request) ?? (await checkFormBody(event.request));
	if (bad) return withHeaders(refuse(event, bad.status, bad.message), event.url);
	cleanSearchParams(event.url);

	let response = await resolve(event);
	// SvelteKit's own 405 is English plain text ("PUT method not allowed").
	if (response.status === 405) {
		const allow = response.headers.get('allow');
		response =
			isApi(event) || !(event.request.headers.get('accept') ?? '').includes('text/html')
				? json({ message: MESSAGES.method }, { status: 405, headers: allow ? { allow } : {} })
				: new Response(MESSAGES.method, {
						status: 405,
						headers: { 'content-type': 'text/plain; charset=utf-8', ...(allow ? { allow } : {}) }
					});
	}
	return withHeaders(response, event.url);
};

function withHeaders(response: Response, url: URL): Response {
	applySecurityHeaders(response, url);
	return response;
}

/** Unexpected errors are logged on the server; the browser sees only a Vietnamese message. */
export const handleError: HandleServerError = ({ error: err, event, status }) => {
	if (status !== 404)
		console.error(
			`[hoi-nghi] lỗi ${status} tại ${event.request.method} ${event.url.pathname}:`,
			err
		);
	if (status === 413) return { message: 'Nội dung gửi lên quá lớn.' };
	return {
		message:
			status === 404
				? 'Không tìm thấy trang'
				: 'Đã có lỗi trên máy chủ. Vui lòng thử lại sau ít phút.'
	};
};
