import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { currentDatabaseKind, getDb } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	try {
		await getDb().execute(sql`select 1`);
		return json(
			{ ok: true, db: currentDatabaseKind() },
			{ headers: { 'cache-control': 'no-store' } }
		);
	} catch {
		return json(
			{ ok: false, db: currentDatabaseKind() },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
