import { json } from '@sveltejs/kit';
import type { ScannerRoster } from '$lib/domain/scan';
import { scannerRoster } from '$lib/server/checkin/roster';
import { getDb } from '$lib/server/db';
import { apiUser, requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';
import { noStore } from '$lib/server/http/headers';

/** The scanner's offline copy of the delegate list (hashes only, never tokens). */
export const GET: RequestHandler = async ({ locals }) => {
	apiUser(locals);
	const conference = await requireConference();
	const roster = await scannerRoster(getDb(), conference.id);
	return json({ ...roster, conferenceTitle: conference.title } satisfies ScannerRoster, {
		headers: noStore
	});
};
