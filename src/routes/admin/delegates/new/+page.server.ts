import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { attempt } from '$lib/server/http/refusal';
import { createDelegate } from '$lib/server/delegates';
import { listGroups } from '$lib/server/delegates/groups';
import { actorOf, requireConference } from '$lib/server/http/request';
import { readForm } from '$lib/server/http/form';
import { formValues, readDelegateForm } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

/** A new delegate has no row to lose; should a NotFoundError come all the same, it says this. */
const GONE = 'Không tìm thấy dữ liệu cần lưu. Vui lòng tải lại trang.';

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	return { groups: await listGroups(getDb(), conference.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event);
		const { input, refused } = readDelegateForm(form);
		if (refused) return refused;
		const conference = await requireConference();
		return attempt(
			async () => {
				const id = await createDelegate(getDb(), actorOf(event), conference.id, input);
				redirect(303, `/admin/delegates/${id}?created=1`);
			},
			GONE,
			{ values: formValues(form) }
		);
	}
};
