import { hallScreen } from '$lib/server/hall';
import { requireConference } from '$lib/server/http/request';
import type { PageServerLoad } from './$types';
import { noStore } from '$lib/server/http/headers';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	setHeaders(noStore);
	return { screen: await hallScreen(await requireConference(), url.origin) };
};
