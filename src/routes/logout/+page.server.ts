import { redirect } from '@sveltejs/kit';
import { writeAudit } from '$lib/server/audit';
import { deleteSessionTokenCookie, invalidateSession } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		const { session, user } = event.locals;
		if (session && user) {
			await getDb().transaction(async (tx) => {
				await invalidateSession(tx, session.id);
				await writeAudit(tx, { userId: user.id, action: 'logout', entity: 'session', address: event.getClientAddress() });
			});
		}
		deleteSessionTokenCookie(event);
		redirect(303, '/login');
	}
};
