import { getCurrentConference } from '$lib/server/conference';
import { getDb } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const conference = await getCurrentConference(getDb());
	return {
		user: locals.user ? { displayName: locals.user.displayName, username: locals.user.username, role: locals.user.role } : null,
		conferenceTitle: conference?.title ?? null
	};
};
