// The demo conference as the built app's first start makes it, seeded once and copied for each
// test file or server that needs it: a copy takes a fraction of a second, a seed takes seconds
// (initdb, every migration, argon2 hashes, the demo's .docx files read by the text worker).
// Used by the integration suite (tests/integration/global-setup.ts, test-db.ts), the end-to-end
// server (e2e/server.js) and the end-to-end specs that start a server of their own (e2e/helpers.ts).
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startServer } from './server-process.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = path.join(root, 'node_modules/.cache/hoinghi-demo');

/**
 * Runs one statement on the server's maintenance database.
 * @param {string} serverUrl
 * @param {string} statement
 */
async function onServer(serverUrl, statement) {
	const client = new pg.Client({ connectionString: serverUrl });
	await client.connect();
	try {
		return await client.query(statement);
	} finally {
		await client.end();
	}
}

/**
 * A test database on the server: a name nobody else uses, its URL, and how to drop it.
 * @param {string} serverUrl
 */
function scratchDatabase(serverUrl) {
	const name = `hoinghi_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	return {
		name,
		url: databaseUrl(serverUrl, name),
		drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`).then(() => {})
	};
}

/** postgres://…/postgres with its database replaced. @param {string} serverUrl @param {string} database */
function databaseUrl(serverUrl, database) {
	const url = new URL(serverUrl);
	url.pathname = `/${database}`;
	return url.toString();
}

/**
 * The built app's first start in `dataDir` (emptied first), on `DATABASE_URL` when env gives one
 * or else on PGlite there, stopped cleanly: what it leaves is a closed, seeded database.
 * @param {string} dataDir
 * @param {Record<string, string>} env the server's environment: its secret, its database
 */
async function firstStart(dataDir, env) {
	rmSync(dataDir, { recursive: true, force: true });
	mkdirSync(dataDir, { recursive: true });
	// The demo accounts get the default password the tests sign in with, whatever this shell sets.
	const server = await startServer({
		dataDir,
		fresh: false,
		env: { DATABASE_URL: '', HOINGHI_DEMO_PASSWORD: '', ...env },
		timeoutMs: 180_000
	});
	await server.stop();
}

/**
 * What a template depends on beyond the migrations and the seed, which the build holds: the build
 * (its version) and the secret the copies run with.
 * @param {string} secret
 */
function templateKey(secret) {
	const version = readFileSync(path.join(root, 'build/client/_app/version.json'), 'utf8');
	return createHash('sha256').update(`${version}\n${secret}`).digest('hex').slice(0, 16);
}

/**
 * The PGlite template of the current build for this secret, seeded by the first caller and kept
 * in node_modules/.cache/hoinghi-demo/ for every later one: in one `npm test` the integration
 * suite and the end-to-end suite share one seed. A new build (its version) gets a new template,
 * and the templates of older builds are removed then. Two callers at once both seed, and the
 * first to finish is kept (a folder is renamed into place whole).
 * @param {{ secret: string }} options the server secret the copies will run with
 * @returns {Promise<{ dataDir: string }>} the data folder: `pglite/` and nothing else of note
 */
export async function cachedDemoTemplate({ secret }) {
	const key = templateKey(secret);
	const dataDir = path.join(CACHE, key);
	if (existsSync(dataDir)) return { dataDir };
	const making = `${dataDir}.making-${process.pid}`;
	await firstStart(making, { HOINGHI_SECRET: secret });
	try {
		renameSync(making, dataDir);
	} catch (err) {
		rmSync(making, { recursive: true, force: true });
		if (!existsSync(dataDir)) throw err;
	}
	for (const name of readdirSync(CACHE))
		if (!name.startsWith(key)) rmSync(path.join(CACHE, name), { recursive: true, force: true });
	return { dataDir };
}

/**
 * Fills an empty data folder with the template's: a server started on it (or a test opening
 * `dataDir/pglite`) finds the demo as a first start leaves it. The server's lock is not copied.
 * @param {{ dataDir: string }} template
 * @param {string} dataDir
 */
export function copyDemoFolder(template, dataDir) {
	mkdirSync(dataDir, { recursive: true });
	for (const name of readdirSync(template.dataDir)) {
		if (name === 'server.lock') continue;
		cpSync(path.join(template.dataDir, name), path.join(dataDir, name), { recursive: true });
	}
	if (!existsSync(path.join(dataDir, 'pglite', 'PG_VERSION')))
		throw new Error(`${template.dataDir} holds no PGlite cluster`);
}

/**
 * The demo of the current build for this secret in a template database on the PostgreSQL server
 * at serverUrl, made by the build's first start on an empty database (under an advisory lock, so
 * the callers of one run make it once) and kept: each copy is one CREATE DATABASE … TEMPLATE. The
 * templates of older builds are dropped when a new one is made.
 * @param {{ serverUrl: string, secret: string }} options
 * @returns {Promise<{ serverUrl: string, database: string }>}
 */
export async function cachedDemoDatabase({ serverUrl, secret }) {
	const database = `hoinghi_demo_${templateKey(secret)}`;
	const client = new pg.Client({ connectionString: serverUrl });
	await client.connect();
	try {
		await client.query('select pg_advisory_lock(727002)');
		const found = await client.query('select datname from pg_database where datname like $1', [
			'hoinghi_demo_%'
		]);
		if (found.rows.some((r) => r.datname === database)) return { serverUrl, database };
		for (const { datname } of found.rows) await dropDemoDatabase({ serverUrl, database: datname });
		const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-demo-pg-'));
		await client.query(`create database ${database}`);
		try {
			await firstStart(dataDir, {
				HOINGHI_SECRET: secret,
				DATABASE_URL: databaseUrl(serverUrl, database)
			});
			// Nobody connects to a template while it is copied.
			await client.query(
				`alter database ${database} with is_template true allow_connections false`
			);
		} catch (err) {
			await dropDemoDatabase({ serverUrl, database });
			throw err;
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
		return { serverUrl, database };
	} finally {
		await client.end();
	}
}

/** @param {{ serverUrl: string, database: string }} template */
async function dropDemoDatabase({ serverUrl, database }) {
	await onServer(serverUrl, `alter database ${database} with is_template false`).catch(() => {});
	await onServer(serverUrl, `drop database if exists ${database} with (force)`);
}

/**
 * A new database on the template's server holding a copy of the demo, and how to drop it.
 * @param {{ serverUrl: string, database: string }} template
 * @returns {Promise<{ url: string, drop(): Promise<void> }>}
 */
export async function copyDemoDatabase(template) {
	const copy = scratchDatabase(template.serverUrl);
	// Two copies of one template at the same instant can meet "source database is being accessed by
	// other users" while the other copy holds it for a moment; a short wait settles it.
	for (let attempt = 0; ; attempt++) {
		try {
			await onServer(
				template.serverUrl,
				`create database ${copy.name} template ${template.database}`
			);
			break;
		} catch (err) {
			if (attempt >= 20 || !/being accessed by other users/.test(String(err))) throw err;
			await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
		}
	}
	return copy;
}

/**
 * A new empty database on the server at serverUrl, and how to drop it (tests of a first start).
 * @param {string} serverUrl
 */
export async function createScratchDatabase(serverUrl) {
	const scratch = scratchDatabase(serverUrl);
	await onServer(serverUrl, `create database ${scratch.name}`);
	return scratch;
}
