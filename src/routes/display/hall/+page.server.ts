import { error } from '@sveltejs/kit';
import { hallScreen } from '$lib/server/hall';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const screen = await hallScreen(url.origin);
	if (!screen) error(404, 'Chưa có hội nghị nào trong cơ sở dữ liệu.');
	return { screen };
};
