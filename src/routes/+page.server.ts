import { redirect } from '@sveltejs/kit';
import { DELEGATE_COOKIE, parseInviteToken } from '$lib/domain/invite-token';
import { ROLE_HOME } from '$lib/domain/roles';
import { findByInviteToken } from '$lib/server/delegates';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, cookies }) => {
	if (locals.user) redirect(303, ROLE_HOME[locals.user.role]);
	// A delegate's phone (or the installed app, whose start page is /) goes to their own page.
	const token = parseInviteToken(cookies.get(DELEGATE_COOKIE) ?? '');
	if (token && (await findByInviteToken(getDb(), token))) redirect(303, `/d/${token}`);
	const conference = await locals.conference();
	return {
		conference: conference && {
			title: conference.title,
			place: conference.place,
			startsAt: conference.startsAt,
			endsAt: conference.endsAt
		}
	};
};
