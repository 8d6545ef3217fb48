import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { inject } from 'vitest';
import type { Database, DatabaseHandle } from '$lib/server/db';
import { conference, user } from '$lib/server/db/schema';
import { openDatabase } from '$lib/server/db';
import { prepareDatabase } from '$lib/server/startup';
import {
	copyDemoDatabase,
	copyDemoFolder,
	createScratchDatabase
} from '../../scripts/lib/demo-template.js';

/** The demo accounts' password in the template: the default of src/lib/server/config.ts, always. */
export const DEMO_PASSWORD = 'hoinghi2026';
/** Another password, for the tests that seed a database themselves. */
export const TEST_PASSWORD = 'mat-khau-thu-2026';

/**
 * Where a copy of the demo, seeded once for the run (global-setup.ts), lives for one test file or
 * server: a PGlite folder copied into a new directory, or on a run with TEST_DATABASE_URL (unless
 * `engine` asks for PGlite) a PostgreSQL database made from the template.
 */
export async function demoCopy(options: { engine?: 'pglite' } = {}): Promise<{
	where: { url: string } | { pgliteDir: string };
	dataDir: string;
	remove(): Promise<void>;
}> {
	const templates = inject('demoTemplates');
	const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-copy-'));
	const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
	try {
		if (!templates.postgres || options.engine === 'pglite') {
			copyDemoFolder(templates.pglite, dataDir);
			return {
				where: { pgliteDir: path.join(dataDir, 'pglite') },
				dataDir,
				remove: async () => removeDir()
			};
		}
		const copy = await copyDemoDatabase(templates.postgres);
		return {
			where: { url: copy.url },
			dataDir,
			remove: async () => (await copy.drop(), removeDir())
		};
	} catch (err) {
		removeDir();
		throw err;
	}
}

/**
 * A database of its own for a test file: a copy of the demo as a first start leaves it (opened as
 * a server opens it: migrations and the seed find nothing to do), or with `empty`, a brand-new
 * one, in memory on PGlite or created on the PostgreSQL server of TEST_DATABASE_URL.
 */
export async function createTestDatabase(
	options: { empty?: boolean } = {}
): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }> {
	if (options.empty) {
		const serverUrl = process.env.TEST_DATABASE_URL;
		const scratch = serverUrl ? await createScratchDatabase(serverUrl) : undefined;
		const handle = await openDatabase(scratch ? { url: scratch.url } : { pgliteDir: 'memory://' });
		return { handle, dispose: async () => (await handle.close(), await scratch?.drop()) };
	}
	const copy = await demoCopy();
	try {
		const { handle } = await prepareDatabase(copy.where, { demoPassword: DEMO_PASSWORD });
		return { handle, dispose: async () => (await handle.close(), await copy.remove()) };
	} catch (err) {
		await copy.remove();
		throw err;
	}
}

/** A copy of the demo with its conference and the secretariat as the acting user. */
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
	return {
		db,
		conferenceId: conf!.id,
		actor: { userId: secretariat!.id, address: '127.0.0.1' },
		dispose: t.dispose
	};
}
