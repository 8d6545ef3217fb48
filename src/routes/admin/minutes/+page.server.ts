import { canAccess } from '$lib/domain/roles';
import { listAgenda } from '$lib/server/agenda';
import { actualTimings, getMeeting } from '$lib/server/agenda/meeting';
import { getDb } from '$lib/server/db';
import { latestNotes, speakerChoices } from '$lib/server/minutes/notes';
import { requireConference } from '$lib/server/http/request';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals }) => {
	depends('app:minutes');
	const db = getDb();
	const conference = await requireConference();
	const [agenda, meeting, timings, notes, delegates] = await Promise.all([
		listAgenda(db, conference.id),
		getMeeting(db, conference.id),
		actualTimings(db, conference.id),
		latestNotes(db, conference.id),
		speakerChoices(db, conference.id)
	]);
	return {
		conferenceId: conference.id,
		agenda: agenda.map(({ id, position, kind, title, presenter, unitName, plannedSeconds }) => ({
			id,
			position,
			kind,
			title,
			presenter,
			unitName,
			plannedSeconds
		})),
		meeting,
		timings,
		notes: [...notes.values()],
		delegates,
		/** The chair reads this page; only the secretariat writes (the rule in src/lib/domain/roles.ts). */
		canWrite: canAccess(locals.user?.role, '/api/minutes/notes', 'POST'),
		loadedAt: Date.now(),
		serverTime: Date.now()
	};
};
