import { redirect } from '@sveltejs/kit';
import { deleteSessionTokenCookie, endSession } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		const { session, user } = event.locals;
		if (session && user) await endSession(getDb(), session.id, user.id, event.getClientAddress());
		deleteSessionTokenCookie(event);
		redirect(303, '/login');
	}
};
