import { hallView } from '$lib/server/agenda/meeting';
import { getDb } from '$lib/server/db';
import { hallScreen } from '$lib/server/hall';
import type { PageServerLoad } from './$types';
import { noStore } from '$lib/server/http/headers';

/**
 * The projector (no login). A projector that a staff member has signed in on also shows the hall's
 * check-in QR while nothing is timed; a public one does not, so nobody can check in from home.
 */
export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	setHeaders(noStore);
	const db = getDb();
	const conference = await locals.conference();
	if (!conference) return { conference: null, view: null, hall: null, serverTime: Date.now() };
	const [view, hall] = await Promise.all([
		hallView(db, conference.id),
		locals.user ? hallScreen(conference, url.origin) : null
	]);
	return {
		conference: {
			title: conference.title,
			place: conference.place,
			startsAt: conference.startsAt.getTime()
		},
		view,
		hall,
		serverTime: Date.now()
	};
};
