import { json } from '@sveltejs/kit';
import { databaseHealth } from '$lib/server/db';
import { noStore } from '$lib/server/http/headers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const health = await databaseHealth();
	return json(health, { status: health.ok ? 200 : 503, headers: noStore });
};
