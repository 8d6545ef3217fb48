import { fail, type RequestEvent } from '@sveltejs/kit';
import { formatDateTime } from '$lib/domain/dates';
import { postedDbId } from '$lib/domain/fields';
import { listAgenda } from '$lib/server/agenda';
import { done, rowAction } from '$lib/server/http/actions';
import { attempt } from '$lib/server/http/refusal';
import { unitsInOrder } from '$lib/server/units';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form';
import { actorOf, requireConference } from '$lib/server/http/request';
import {
	createRequest,
	deleteRequest,
	listRequests,
	setRequestClosed,
	updateRequest
} from '$lib/server/submissions/requests';
import { REQUEST_FIELDS, requestSchema } from '$lib/server/submissions/request-schema';
import type { Actions, PageServerLoad } from './$types';

const INVALID = 'Yêu cầu nộp tài liệu không hợp lệ.';
const GONE = 'Không tìm thấy yêu cầu này (có thể đã bị xóa).';
const idSchema = postedDbId(INVALID);

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	const db = getDb();
	const [requests, units, agenda] = await Promise.all([
		listRequests(db, conference.id),
		unitsInOrder(db, conference.id),
		listAgenda(db, conference.id)
	]);
	return {
		requests: requests.map((r) => ({ ...r, dueAtText: formatDateTime(r.dueAt) })),
		units: units.map((u) => ({ id: u.id, name: u.name })),
		speechItems: agenda
			.filter((i) => i.kind === 'speech')
			.map((i) => ({ id: i.id, position: i.position, title: i.title, unitName: i.unitName }))
	};
};

/** The form as typed, to show again when it is refused, and as the schema reads it. */
async function readRequestForm(event: RequestEvent) {
	const form = await readForm(event);
	const values = { ...form.texts(REQUEST_FIELDS), unitIds: form.list('unitId') };
	return { form, values, parsed: requestSchema.safeParse(values) };
}

function closeAction(closed: boolean) {
	return rowAction(
		INVALID,
		GONE,
		(db, actor, conferenceId, id) => setRequestClosed(db, actor, conferenceId, id, closed),
		closed ? 'Đã khóa nhận tệp: đơn vị không gửi thêm được nữa.' : 'Đã mở lại nhận tệp.'
	);
}

export const actions: Actions = {
	create: async (event) => {
		const { values, parsed } = await readRequestForm(event);
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message, values });
		const conference = await requireConference();
		return attempt(
			() =>
				createRequest(getDb(), actorOf(event), conference.id, parsed.data).then(
					done(`Đã thêm yêu cầu “${parsed.data.title}”.`)
				),
			GONE,
			{ values }
		);
	},
	update: async (event) => {
		const { form, values, parsed } = await readRequestForm(event);
		const id = idSchema.safeParse(form.text('id'));
		if (!id.success) return fail(400, { message: INVALID });
		const edited = { ...values, id: id.data };
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message, edited });
		const conference = await requireConference();
		return attempt(
			() =>
				updateRequest(getDb(), actorOf(event), conference.id, id.data, parsed.data).then(
					done('Đã lưu yêu cầu.')
				),
			GONE,
			{ edited }
		);
	},
	delete: rowAction(INVALID, GONE, deleteRequest, 'Đã xóa yêu cầu.'),
	close: closeAction(true),
	reopen: closeAction(false)
};
