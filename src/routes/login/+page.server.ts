import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { textField } from '$lib/domain/fields';
import { ROLE_HOME, safeRedirectPath } from '$lib/domain/roles';
import { authenticate, setSessionTokenCookie, startSession } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

const loginSchema = z.object({
	username: textField()
		.trim()
		.toLowerCase()
		.min(1, 'Vui lòng nhập tên đăng nhập.')
		.max(64, 'Tên đăng nhập quá dài.'),
	password: textField().min(1, 'Vui lòng nhập mật khẩu.').max(256, 'Mật khẩu quá dài.')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user)
		redirect(
			303,
			safeRedirectPath(url.searchParams.get('redirect')) ?? ROLE_HOME[locals.user.role]
		);
};

const MESSAGES = {
	invalid: 'Tên đăng nhập hoặc mật khẩu không đúng.',
	throttled: 'Bạn đã nhập sai quá nhiều lần. Vui lòng đợi 1 phút rồi thử lại.',
	disabled: 'Tài khoản này đã bị khóa. Vui lòng liên hệ Văn phòng HĐND và UBND xã.'
} as const;

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event);
		const parsed = loginSchema.safeParse(form.texts(['username', 'password']));
		const username = form.text('username').slice(0, 64);
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message, username });

		const db = getDb();
		const address = event.getClientAddress();
		const result = await authenticate(db, { ...parsed.data, address });
		if (!result.ok)
			return fail(result.reason === 'throttled' ? 429 : 400, {
				message: MESSAGES[result.reason],
				username
			});

		const session = await startSession(db, result.user.id, address);
		setSessionTokenCookie(event, session.token, session.expiresAt);
		redirect(
			303,
			safeRedirectPath(event.url.searchParams.get('redirect')) ?? ROLE_HOME[result.user.role]
		);
	}
};
