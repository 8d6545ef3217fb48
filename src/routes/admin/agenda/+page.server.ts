import { fail } from '@sveltejs/kit';
import { agendaItemSchema } from '$lib/domain/agenda-schema';
import {
	createAgendaItem,
	createSuggestedAgenda,
	deleteAgendaItem,
	listAgenda,
	moveAgendaItem,
	updateAgendaItem
} from '$lib/server/agenda';
import { attempt, done, moveAction, rowAction } from '$lib/server/actions';
import { unitsInOrder } from '$lib/server/units';
import { getDb } from '$lib/server/db';
import { listDelegates } from '$lib/server/delegates';
import { speechTextArrived } from '$lib/server/submissions/board';
import { actorOf, requireConference } from '$lib/server/request';
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
function fieldsOf(form: FormData) {
	const get = (k: string) => String(form.get(k) ?? '');
	return {
		kind: get('kind'),
		title: get('title'),
		presenter: get('presenter'),
		delegateId: get('delegateId'),
		unitId: get('unitId'),
		plannedMinutes: get('plannedMinutes'),
		chairNotes: get('chairNotes')
	};
}

export const actions: Actions = {
	create: async (event) => {
		const form = await event.request.formData();
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
		const form = await event.request.formData();
		const values = { ...fieldsOf(form), id: String(form.get('id') ?? '') };
		const id = idSchema.safeParse(form.get('id'));
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
		const db = getDb();
		const actor = actorOf(event);
		return attempt(
			() =>
				db
					.transaction((tx) => createSuggestedAgenda(tx, actor, conference.id))
					.then(done('Đã lập chương trình gợi ý. Vui lòng xem lại từng nội dung.')),
			GONE
		);
	}
};
