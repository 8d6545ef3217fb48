import { json } from '@sveltejs/kit';
import { hallScreen } from '$lib/server/hall';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';
import { noStore } from '$lib/server/http/headers';

/** The hall QR of the current window, for the entrance screen to refresh (the hook allows staff only). */
export const GET: RequestHandler = async ({ url }) => {
	return json(await hallScreen(await requireConference(), url.origin), {
		headers: noStore
	});
};
