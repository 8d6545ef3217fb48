import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { createDelegate, listGroups, RuleError } from '$lib/server/delegates';
import { delegateInputSchema } from '$lib/server/delegates/schemas';
import { actorOf, requireConference } from '$lib/server/request';
import { delegateFields, formValues } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

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
		let id: number;
		try {
			id = await createDelegate(getDb(), actorOf(event), conference.id, parsed.data);
		} catch (err) {
			if (err instanceof RuleError) return fail(400, { message: err.message, values: formValues(form) });
			throw err;
		}
		redirect(303, `/admin/delegates/${id}?created=1`);
	}
};
