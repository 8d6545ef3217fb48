import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { currentDatabaseKind, getDb } from '$lib/server/db';
import type { RequestHandler } from './$types';
import { noStore } from '$lib/server/http/headers';

export const GET: RequestHandler = async () => {
	try {
		await getDb().execute(sql`select 1`);
		return json({ ok: true, db: currentDatabaseKind() }, { headers: noStore });
	} catch {
		return json({ ok: false, db: currentDatabaseKind() }, { status: 503, headers: noStore });
	}
};
