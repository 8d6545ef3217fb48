import { error, redirect } from '@sveltejs/kit';
import { done } from '$lib/server/http/actions';
import { attempt } from '$lib/server/http/refusal';
import { getDb } from '$lib/server/db';
import { actorOf, requireConference } from '$lib/server/http/request';
import { deleteUnit, getUnit, updateUnit } from '$lib/server/units';
import { readForm } from '$lib/server/http/form';
import { readUnitForm, unitFormValues } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

const GONE = 'Không tìm thấy đơn vị này (có thể đã bị xóa).';

export const load: PageServerLoad = async ({ params }) => {
	const conference = await requireConference();
	const unit = await getUnit(getDb(), conference.id, Number(params.id));
	if (!unit) error(404, GONE);
	return { unit };
};

export const actions: Actions = {
	update: async (event) => {
		const form = await readForm(event);
		const { input, refused } = readUnitForm(form);
		if (refused) return refused;
		const conference = await requireConference();
		const save = () =>
			updateUnit(getDb(), actorOf(event), conference.id, Number(event.params.id), input);
		return attempt(() => save().then(done('Đã lưu thông tin đơn vị.')), GONE, {
			values: unitFormValues(form)
		});
	},
	delete: async (event) => {
		const conference = await requireConference();
		return attempt(async () => {
			await deleteUnit(getDb(), actorOf(event), conference.id, Number(event.params.id));
			redirect(303, '/admin/units');
		}, GONE);
	}
};
