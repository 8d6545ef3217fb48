import { fail } from '@sveltejs/kit';
import { z } from '$lib/domain/zod';
import { getDb } from '$lib/server/db';
import { done } from '$lib/server/http/actions';
import { readForm } from '$lib/server/http/form';
import { attempt, attemptPage } from '$lib/server/http/refusal';
import { actorOf, requireConference } from '$lib/server/http/request';
import { setExempt, setPublished, submissionCell } from '$lib/server/submissions/board';
import { uploadLimitBytes } from '$lib/server/submissions/intake';
import type { Actions, PageServerLoad } from './$types';

const GONE = 'Không tìm thấy yêu cầu này cho đơn vị này (có thể đã bị xóa hoặc bỏ khỏi danh sách).';
const onOff = z.enum(['on', 'off'], { error: 'Yêu cầu không hợp lệ.' });

export const load: PageServerLoad = async ({ params, depends }) => {
	depends('app:submissions');
	const conference = await requireConference();
	return attemptPage(
		async () => ({
			...(await submissionCell(
				getDb(),
				conference.id,
				Number(params.request),
				Number(params.unit)
			)),
			maxBytes: uploadLimitBytes(),
			loadedAt: Date.now()
		}),
		GONE
	);
};

export const actions: Actions = {
	exempt: async (event) => {
		const value = onOff.safeParse((await readForm(event)).text('value'));
		if (!value.success) return fail(400, { message: value.error.issues[0]!.message });
		const conference = await requireConference();
		const exempt = value.data === 'on';
		const { request, unit } = event.params;
		return attempt(
			() =>
				setExempt(
					getDb(),
					actorOf(event),
					conference.id,
					Number(request),
					Number(unit),
					exempt
				).then(
					done(
						exempt
							? 'Đã đánh dấu đơn vị không phải nộp tài liệu này.'
							: 'Đã bỏ đánh dấu “Không phải nộp”.'
					)
				),
			GONE
		);
	},
	publish: async (event) => {
		const value = onOff.safeParse((await readForm(event)).text('value'));
		if (!value.success) return fail(400, { message: value.error.issues[0]!.message });
		const conference = await requireConference();
		const db = getDb();
		const { request, unit } = event.params;
		const published = value.data === 'on';
		return attempt(async () => {
			await setPublished(
				db,
				actorOf(event),
				conference.id,
				{ requestId: Number(request), unitId: Number(unit) },
				published
			);
			return {
				success: published
					? 'Đã công bố cho đại biểu: đại biểu đọc được bản mới nhất qua liên kết của mình.'
					: 'Đã thôi công bố: đại biểu không còn xem được tài liệu này.'
			};
		}, GONE);
	}
};
