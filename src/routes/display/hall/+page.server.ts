import { hallScreen } from '$lib/server/hall';
import { requireConference } from '$lib/server/request';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { screen: await hallScreen(await requireConference(), url.origin) };
};
