import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	return {
		user: locals.user
			? {
					displayName: locals.user.displayName,
					username: locals.user.username,
					role: locals.user.role
				}
			: null,
		conferenceTitle: (await locals.conference())?.title ?? null
	};
};
