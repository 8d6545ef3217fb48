import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { attempt } from '$lib/server/actions';
import { createDelegate, listGroups } from '$lib/server/delegates';
import { delegateInputSchema } from '$lib/server/delegates/schemas';
import { actorOf, requireConference } from '$lib/server/request';
import { delegateFields, formValues } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

/** A new delegate has no row to lose; should a NotFoundError come all the same, it says this. */
const GONE = 'Không tìm thấy dữ liệu cần lưu. Vui lòng tải lại trang.';

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	return { groups: await listGroups(getDb(), conference.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const parsed = delegateInputSchema.safeParse(delegateFields(form));
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message, values: formValues(form) });
		const conference = await requireConference();
		return attempt(
			async () => {
				const id = await createDelegate(getDb(), actorOf(event), conference.id, parsed.data);
				redirect(303, `/admin/delegates/${id}?created=1`);
			},
			GONE,
			{ values: formValues(form) }
		);
	}
};
