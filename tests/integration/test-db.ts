import pg from 'pg';
import type { DatabaseHandle } from '$lib/server/db';
import { openDatabase } from '$lib/server/db';
import { prepareDatabase } from '$lib/server/startup';

export const TEST_PASSWORD = 'mat-khau-thu-2026';

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
		const name = `hoinghi_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = new pg.Client({ connectionString: serverUrl });
		await admin.connect();
		await admin.query(`create database ${name}`);
		await admin.end();
		const url = new URL(serverUrl);
		url.pathname = `/${name}`;
		where = { url: url.toString() };
		drop = async () => {
			const again = new pg.Client({ connectionString: serverUrl });
			await again.connect();
			await again.query(`drop database if exists ${name} with (force)`);
			await again.end();
		};
	}
	if (options.prepare === false) {
		const handle = await openDatabase(where);
		return { handle, seeded: false, dispose: async () => (await handle.close(), await drop()) };
	}
	const { handle, seeded } = await prepareDatabase(where, { demoPassword: TEST_PASSWORD });
	return { handle, seeded, dispose: async () => (await handle.close(), await drop()) };
}
