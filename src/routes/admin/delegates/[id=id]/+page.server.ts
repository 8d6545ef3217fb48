import { error, fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { QR_STYLE } from '$lib/qr-style.js';
import { inviteLink } from '$lib/domain/invite-token';
import { getDb } from '$lib/server/db';
import { done } from '$lib/server/http/actions';
import { attempt } from '$lib/server/http/refusal';
import {
	deleteDelegate,
	getDelegate,
	inviteTokenOf,
	recordReplyForDelegate,
	reissueInvite,
	updateDelegate
} from '$lib/server/delegates';
import { listGroups } from '$lib/server/delegates/groups';
import { replySchema } from '$lib/server/delegates/delegate-schema';
import { actorOf, requireConference } from '$lib/server/http/request';
import { readForm } from '$lib/server/http/form';
import { formValues, readDelegateForm } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

const GONE = 'Không tìm thấy đại biểu này (có thể đã bị xóa).';

export const load: PageServerLoad = async ({ params, url }) => {
	const conference = await requireConference();
	const db = getDb();
	const delegate = await getDelegate(db, conference.id, Number(params.id));
	if (!delegate) error(404, GONE);
	const link = inviteLink(url.origin, inviteTokenOf(delegate));
	return {
		delegate,
		link,
		qrSvg: await QRCode.toString(link, { ...QR_STYLE, type: 'svg' }),
		groups: await listGroups(db, conference.id),
		created: url.searchParams.has('created')
	};
};

export const actions: Actions = {
	update: async (event) => {
		const form = await readForm(event);
		const { input, refused } = readDelegateForm(form);
		if (refused) return refused;
		const conference = await requireConference();
		const save = () =>
			updateDelegate(getDb(), actorOf(event), conference.id, Number(event.params.id), input);
		return attempt(() => save().then(done('Đã lưu thông tin đại biểu.')), GONE, {
			values: formValues(form)
		});
	},
	recordReply: async (event) => {
		const form = await readForm(event);
		const raw = form.texts(['reply', 'reason']);
		const parsed = replySchema.safeParse(raw);
		const kept = { replyValues: raw };
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message, ...kept });
		const conference = await requireConference();
		const record = () =>
			recordReplyForDelegate(
				getDb(),
				actorOf(event),
				conference.id,
				Number(event.params.id),
				parsed.data
			);
		return attempt(() => record().then(done('Đã ghi nhận trả lời thay đại biểu.')), GONE, kept);
	},
	reissue: async (event) => {
		const conference = await requireConference();
		const reissue = () =>
			reissueInvite(getDb(), actorOf(event), conference.id, Number(event.params.id));
		return attempt(
			() =>
				reissue().then(
					done(
						'Đã thu hồi liên kết cũ và cấp liên kết mới. Hãy gửi lại liên kết hoặc in lại giấy mời cho đại biểu.'
					)
				),
			GONE
		);
	},
	delete: async (event) => {
		const conference = await requireConference();
		return attempt(async () => {
			await deleteDelegate(getDb(), actorOf(event), conference.id, Number(event.params.id));
			redirect(303, '/admin/delegates');
		}, GONE);
	}
};
