import { fail } from '@sveltejs/kit';
import { agendaItemSchema } from '$lib/domain/agenda-schema';
import {
	createAgendaItem,
	suggestAgenda,
	deleteAgendaItem,
	listAgenda,
	moveAgendaItem,
	updateAgendaItem
} from '$lib/server/agenda';
import { done, moveAction, rowAction } from '$lib/server/http/actions';
import { attempt } from '$lib/server/http/refusal';
import { unitsInOrder } from '$lib/server/units';
import { getDb } from '$lib/server/db';
import { listDelegates } from '$lib/server/delegates';
import { speechTextArrived } from '$lib/server/submissions/board';
import { actorOf, requireConference } from '$lib/server/http/request';
import { readForm, type PostedForm } from '$lib/server/http/form';
import { postedDbId } from '$lib/domain/fields';
import type { Actions, PageServerLoad } from './$types';

const idSchema = postedDbId('Nội dung không hợp lệ.');
const GONE = 'Không tìm thấy nội dung này trong chương trình (có thể đã bị xóa).';

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	const db = getDb();
	const [agenda, units, delegates, textArrived] = await Promise.all([
		listAgenda(db, conference.id),
		unitsInOrder(db, conference.id),
		listDelegates(db, conference.id),
		speechTextArrived(db, conference.id)
	]);
	return {
		startsAt: conference.startsAt.getTime(),
		agenda,
		/** Tham luận items linked to a request: whether the text has arrived. */
		textArrived: Object.fromEntries(textArrived) as Record<number, boolean>,
		units: units.map((u) => ({ id: u.id, name: u.name })),
		delegates: delegates
			.filter((d) => !d.isWalkIn)
			.map((d) => ({ id: d.id, fullName: d.fullName, position: d.position }))
	};
};

/** The form's fields as typed, to show again when they are refused. */
function fieldsOf(form: PostedForm) {
	return form.texts([
		'kind',
		'title',
		'presenter',
		'delegateId',
		'unitId',
		'plannedMinutes',
		'chairNotes'
	]);
}

export const actions: Actions = {
	create: async (event) => {
		const form = await readForm(event);
		const values = fieldsOf(form);
		const parsed = agendaItemSchema.safeParse(values);
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message, values });
		const conference = await requireConference();
		return attempt(
			() =>
				createAgendaItem(getDb(), actorOf(event), conference.id, parsed.data).then(
					done(`Đã thêm “${parsed.data.title}”.`)
				),
			GONE,
			{ values }
		);
	},
	update: async (event) => {
		const form = await readForm(event);
		const values = { ...fieldsOf(form), id: form.text('id') };
		const id = idSchema.safeParse(values.id);
		if (!id.success) return fail(400, { message: 'Nội dung không hợp lệ.' });
		const parsed = agendaItemSchema.safeParse(values);
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message, values });
		const conference = await requireConference();
		return attempt(
			() =>
				updateAgendaItem(getDb(), actorOf(event), conference.id, id.data, parsed.data).then(
					done('Đã lưu thay đổi.')
				),
			GONE,
			{ values }
		);
	},
	move: moveAction(GONE, moveAgendaItem),
	delete: rowAction(
		'Nội dung không hợp lệ.',
		GONE,
		deleteAgendaItem,
		'Đã xóa nội dung khỏi chương trình.'
	),
	suggest: async (event) => {
		const conference = await requireConference();
		return attempt(
			() =>
				suggestAgenda(getDb(), actorOf(event), conference.id).then(
					done('Đã lập chương trình gợi ý. Vui lòng xem lại từng nội dung.')
				),
			GONE
		);
	}
};
