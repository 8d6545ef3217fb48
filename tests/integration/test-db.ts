import { eq } from 'drizzle-orm';
import pg from 'pg';
import type { Database, DatabaseHandle } from '$lib/server/db';
import { conference, user } from '$lib/server/db/schema';
import { openDatabase } from '$lib/server/db';
import { prepareDatabase } from '$lib/server/startup';

export const TEST_PASSWORD = 'mat-khau-thu-2026';

/** A new, empty database on the PostgreSQL server at serverUrl, and how to drop it. */
export async function createScratchPostgres(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
	const name = `hoinghi_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const run = async (statement: string) => {
		const client = new pg.Client({ connectionString: serverUrl });
		await client.connect();
		try {
			await client.query(statement);
		} finally {
			await client.end();
		}
	};
	await run(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/**
 * A brand-new database per test file: in-memory PGlite by default, or, when TEST_DATABASE_URL
 * points at a PostgreSQL server (CI), a database created for the file and dropped after it.
 */
export async function createTestDatabase(options: { prepare?: boolean } = {}): Promise<{
	handle: DatabaseHandle;
	seeded: boolean;
	dispose(): Promise<void>;
}> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	let where: { url: string } | { pgliteDir: string } = { pgliteDir: 'memory://' };
	let drop = async () => {};
	if (serverUrl) {
		const scratch = await createScratchPostgres(serverUrl);
		where = { url: scratch.url };
		drop = scratch.drop;
	}
	if (options.prepare === false) {
		const handle = await openDatabase(where);
		return { handle, seeded: false, dispose: async () => (await handle.close(), await drop()) };
	}
	const { handle, seeded } = await prepareDatabase(where, { demoPassword: TEST_PASSWORD });
	return { handle, seeded, dispose: async () => (await handle.close(), await drop()) };
}

/** A seeded database with its demo conference and the secretariat as the acting user. */
export async function createSeededContext(): Promise<{
	db: Database;
	conferenceId: number;
	actor: { userId: number; address: string };
	dispose(): Promise<void>;
}> {
	const t = await createTestDatabase();
	const db = t.handle.db;
	const [conf] = await db.select().from(conference);
	const [secretariat] = await db.select().from(user).where(eq(user.username, 'thuky'));
	return { db, conferenceId: conf!.id, actor: { userId: secretariat!.id, address: '127.0.0.1' }, dispose: t.dispose };
}
