import { redirect } from '@sveltejs/kit';
import { ROLE_HOME } from '$lib/domain/roles';
import { getCurrentConference } from '$lib/server/conference';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, ROLE_HOME[locals.user.role]);
	const conference = await getCurrentConference(getDb());
	return {
		conference: conference && {
			title: conference.title,
			place: conference.place,
			startsAt: conference.startsAt,
			endsAt: conference.endsAt
		}
	};
};
