import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { attempt } from '$lib/server/http/refusal';
import { undoCheckin } from '$lib/server/checkin/undo';
import { nameDevice } from '$lib/server/checkin/devices';
import { getDb } from '$lib/server/db';
import { actorOf, requireConference } from '$lib/server/http/request';
import { readForm } from '$lib/server/http/form';
import { DEVICE_NAME_MAX } from '$lib/domain/devices';
import { postedDbId, textField } from '$lib/domain/fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const conference = await requireConference();
	return {
		username: locals.user!.username,
		role: locals.user!.role,
		conferenceTitle: conference.title
	};
};

const deviceIdField = textField('Thiếu mã thiết bị.')
	.trim()
	.min(1, 'Thiếu mã thiết bị.')
	.max(64, 'Mã thiết bị không hợp lệ.');

const undoSchema = z.object({
	delegateId: postedDbId('Không rõ đại biểu cần hủy điểm danh.'),
	deviceId: deviceIdField,
	reason: textField('Vui lòng ghi lý do hủy.')
		.trim()
		.min(3, 'Vui lòng ghi lý do hủy (ít nhất 3 ký tự).')
		.max(300, 'Lý do quá dài (tối đa 300 ký tự).')
});

const deviceNameSchema = z.object({
	deviceId: deviceIdField,
	name: textField('Vui lòng nhập tên máy.')
		.trim()
		.transform((v) => v.replace(/\s+/g, ' '))
		.pipe(
			z
				.string()
				.min(2, 'Vui lòng đặt tên máy (ít nhất 2 ký tự), ví dụ: Cửa chính – Lan.')
				.max(DEVICE_NAME_MAX, `Tên máy không quá ${DEVICE_NAME_MAX} ký tự.`)
		)
});

export const actions: Actions = {
	nameDevice: async (event) => {
		const parsed = deviceNameSchema.safeParse((await readForm(event)).texts(['deviceId', 'name']));
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message });
		const conference = await requireConference();
		await nameDevice(
			getDb(),
			actorOf(event),
			conference.id,
			parsed.data.deviceId,
			parsed.data.name
		);
		return {
			success: `Đã đặt tên máy: ${parsed.data.name}. Các máy khác và bảng điểm danh sẽ hiện tên này.`
		};
	},
	undo: async (event) => {
		const parsed = undoSchema.safeParse(
			(await readForm(event)).texts(['delegateId', 'deviceId', 'reason'])
		);
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message });
		const conference = await requireConference();
		const actor = actorOf(event);
		return attempt(async () => {
			const done = await undoCheckin(getDb(), conference.id, {
				...parsed.data,
				user: { id: actor.userId, role: event.locals.user!.role },
				address: actor.address
			});
			return { undone: parsed.data.delegateId, message: `Đã hủy điểm danh của ${done.fullName}.` };
		}, 'Không tìm thấy đại biểu này.');
	}
};
