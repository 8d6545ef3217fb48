import { fail } from '@sveltejs/kit';
import { updateConferenceSettings } from '$lib/server/conference-settings';
import { settingsFormValues, settingsSchema } from '$lib/server/conference-settings-schema';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form';
import { actorOf, requireConference } from '$lib/server/http/request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	values: settingsFormValues(await requireConference())
});

const SETTINGS_FIELDS = Object.keys(settingsSchema.shape) as (keyof typeof settingsSchema.shape)[];

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event);
		const raw = form.texts(SETTINGS_FIELDS);
		const parsed = settingsSchema.safeParse(raw);
		if (!parsed.success)
			return fail(400, { message: parsed.error.issues[0]!.message, values: raw });
		const conference = await requireConference();
		const moved = await updateConferenceSettings(
			getDb(),
			actorOf(event),
			conference.id,
			parsed.data
		);
		return { success: ['Đã lưu thông tin hội nghị.', ...moved].join(' ') };
	}
};
