import { json } from '@sveltejs/kit';
import { hallScreen } from '$lib/server/hall';
import type { RequestHandler } from './$types';

/** The hall QR of the current window, for the entrance screen to refresh (the hook allows staff only). */
export const GET: RequestHandler = async ({ url }) => {
	const screen = await hallScreen(url.origin);
	if (!screen) return json({ message: 'Chưa có hội nghị nào trong cơ sở dữ liệu.' }, { status: 404 });
	return json(screen, { headers: { 'cache-control': 'no-store' } });
};
