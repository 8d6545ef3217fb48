import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { postedDbId, textField } from '$lib/domain/fields';
import { ROLES } from '$lib/domain/roles';
import { getDb } from '$lib/server/db';
import { attempt } from '$lib/server/http/refusal';
import { readForm } from '$lib/server/http/form';
import { actorOf } from '$lib/server/http/request';
import { createUser, listUsers, resetPassword, setUserDisabled } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

const password = textField()
	.min(8, 'Mật khẩu phải có ít nhất 8 ký tự.')
	.max(128, 'Mật khẩu tối đa 128 ký tự.');

const createSchema = z.object({
	username: textField()
		.trim()
		.toLowerCase()
		.regex(
			/^[a-z0-9._-]{3,32}$/,
			'Tên đăng nhập gồm 3–32 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.'
		),
	displayName: textField()
		.trim()
		.min(1, 'Vui lòng nhập họ tên hoặc tên bộ phận.')
		.max(100, 'Tên hiển thị tối đa 100 ký tự.'),
	role: z.enum(ROLES, { error: 'Vui lòng chọn vai trò.' }),
	password
});
const GONE = 'Không tìm thấy tài khoản.';
const userIdSchema = postedDbId('Tài khoản không hợp lệ.');
const resetSchema = z.object({ userId: userIdSchema, password });
const disableSchema = z.object({
	userId: userIdSchema,
	disabled: z.enum(['true', 'false']).transform((v) => v === 'true')
});

export const load: PageServerLoad = async () => ({ users: await listUsers(getDb()) });

export const actions: Actions = {
	create: async (event) => {
		const form = (await readForm(event)).texts(['username', 'displayName', 'role', 'password']);
		const parsed = createSchema.safeParse(form);
		const values = { username: form.username, displayName: form.displayName, role: form.role };
		if (!parsed.success)
			return fail(400, { action: 'create', message: parsed.error.issues[0]!.message, values });
		const create = () => createUser(getDb(), actorOf(event), parsed.data);
		return attempt(
			() =>
				create().then(() => ({
					action: 'create',
					success: `Đã tạo tài khoản ${parsed.data.username}.`
				})),
			GONE,
			{
				action: 'create',
				values
			}
		);
	},
	resetPassword: async (event) => {
		const parsed = resetSchema.safeParse((await readForm(event)).texts(['userId', 'password']));
		if (!parsed.success)
			return fail(400, { action: 'reset', message: parsed.error.issues[0]!.message });
		const reset = () =>
			resetPassword(getDb(), actorOf(event), parsed.data.userId, parsed.data.password);
		const success = 'Đã đặt lại mật khẩu. Tài khoản đó đã được đăng xuất khỏi mọi thiết bị.';
		return attempt(() => reset().then(() => ({ action: 'reset', success })), GONE, {
			action: 'reset'
		});
	},
	setDisabled: async (event) => {
		const parsed = disableSchema.safeParse((await readForm(event)).texts(['userId', 'disabled']));
		if (!parsed.success)
			return fail(400, { action: 'disable', message: parsed.error.issues[0]!.message });
		if (parsed.data.disabled && parsed.data.userId === event.locals.user!.id) {
			return fail(400, {
				action: 'disable',
				message: 'Bạn không thể tự khóa tài khoản đang dùng.'
			});
		}
		const { userId, disabled } = parsed.data;
		const success = disabled ? 'Đã khóa tài khoản.' : 'Đã mở khóa tài khoản.';
		return attempt(
			() =>
				setUserDisabled(getDb(), actorOf(event), userId, disabled).then(() => ({
					action: 'disable',
					success
				})),
			GONE,
			{
				action: 'disable'
			}
		);
	}
};
