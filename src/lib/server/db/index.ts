import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { pgliteByteaCodec } from './bytea';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Server modules take either, so a caller can group several calls in one transaction. */
export type Executor = Database | Transaction;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
	db: Database;
	kind: DatabaseKind;
	/** Applies the committed drizzle-kit migrations; safe when several processes start at once. */
	migrate(migrationsFolder: string): Promise<void>;
	/** Calls back with every NOTIFY payload on a channel, from any process on the same database. */
	listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
	close(): Promise<void>;
}

/** Start-up failures that deserve one clear line, not a stack trace. */
export class DatabaseUnavailableError extends Error {}

/** postgres://user:secret@host/db → postgres://user:***@host/db, for messages and logs. */
export function redactUrl(url: string): string {
	try {
		const u = new URL(url);
		if (u.password) u.password = '***';
		return u.toString();
	} catch {
		return '(DATABASE_URL không đúng dạng)';
	}
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new DatabaseUnavailableError(
			'DATABASE_URL không đúng dạng postgres://người-dùng:mật-khẩu@máy:cổng/tên-csdl'
		);
	}
	if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
		throw new DatabaseUnavailableError(
			`DATABASE_URL phải bắt đầu bằng postgres:// (đang là ${parsed.protocol}//)`
		);
	}
	const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
	// An idle client that loses its server must not crash the process.
	pool.on('error', (err) => console.error(`[db] kết nối PostgreSQL bị ngắt: ${err.message}`));
	try {
		await pool.query('select 1');
	} catch (err) {
		await pool.end().catch(() => {});
		const reason = err instanceof Error ? err.message || err.name : String(err);
		throw new DatabaseUnavailableError(
			`không kết nối được PostgreSQL tại ${redactUrl(url)}: ${reason}`
		);
	}
	const { drizzle } = await import('drizzle-orm/node-postgres');
	const { migrate } = await import('drizzle-orm/node-postgres/migrator');
	const db = drizzle({ client: pool, schema });
	return {
		db: db as unknown as Database,
		kind: 'postgres',
		async migrate(migrationsFolder) {
			// One dedicated connection holds an advisory lock so two processes never migrate at once.
			const client = await pool.connect();
			try {
				await client.query('select pg_advisory_lock(727001)');
				await migrate(drizzle({ client, schema }), { migrationsFolder });
			} finally {
				await client.query('select pg_advisory_unlock(727001)').catch(() => {});
				client.release();
			}
		},
		listen: (channel, onPayload) => listenPostgres(url, channel, onPayload),
		close: () => pool.end()
	};
}

/**
 * LISTEN needs a connection of its own that never returns to the pool. When it drops (server
 * restart, network), it reconnects with a growing delay and listens again.
 */
async function listenPostgres(url: string, channel: string, onPayload: (payload: string) => void) {
	let client: pg.Client | undefined;
	let stopped = false;
	let delay = 500;
	const connect = async (): Promise<void> => {
		const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
		next.on('notification', (msg) => {
			if (msg.channel === channel && msg.payload != null) onPayload(msg.payload);
		});
		next.on('error', (err) => {
			console.error(`[live] mất kết nối LISTEN: ${err.message}`);
			next.end().catch(() => {});
			if (!stopped) setTimeout(retry, delay);
		});
		await next.connect();
		await next.query(`LISTEN "${channel.replace(/"/g, '')}"`);
		client = next;
		delay = 500;
	};
	const retry = () => {
		if (stopped) return;
		connect().catch((err) => {
			console.error(`[live] chưa kết nối lại được: ${err instanceof Error ? err.message : err}`);
			delay = Math.min(delay * 2, 10_000);
			setTimeout(retry, delay);
		});
	};
	await connect();
	return async () => {
		stopped = true;
		await client?.end().catch(() => {});
	};
}

/**
 * Creates the cluster of a new PGlite folder in a short-lived child process. initdb grows the
 * WebAssembly memory to about 800 MB, which a process never gives back; opened afterwards, the
 * same folder needs about 300 MB (bench/door-load.js, memory.rss_first_start).
 */
async function initPgliteDir(dataDir: string): Promise<void> {
	mkdirSync(dataDir, { recursive: true });
	const pglite = import.meta.resolve('@electric-sql/pglite');
	const script = `const { PGlite } = await import(process.argv[1]); await (await PGlite.create(process.argv[2])).close();`;
	try {
		await promisify(execFile)(
			process.execPath,
			['--input-type=module', '-e', script, pglite, dataDir],
			{ maxBuffer: 1 << 20 }
		);
	} catch (err) {
		const stderr = (err as { stderr?: string }).stderr?.trim().split('\n').at(-1);
		throw new Error(`không tạo được cơ sở dữ liệu mới${stderr ? `: ${stderr}` : ''}`, {
			cause: err
		});
	}
}

/** dataDir is a folder, or `memory://` for a throwaway database (tests). */
async function openPglite(dataDir: string): Promise<DatabaseHandle> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const { migrate } = await import('drizzle-orm/pglite/migrator');
	let client;
	try {
		if (!dataDir.startsWith('memory://') && !existsSync(path.join(dataDir, 'PG_VERSION')))
			await initPgliteDir(dataDir);
		client = await PGlite.create(dataDir, pgliteByteaCodec);
	} catch (err) {
		const reason = err instanceof Error ? err.message : String(err);
		throw new DatabaseUnavailableError(
			`không mở được cơ sở dữ liệu nhúng tại ${dataDir}: ${reason}`
		);
	}
	const db = drizzle({ client, schema });
	return {
		db: db as unknown as Database,
		kind: 'pglite',
		migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
		async listen(channel, onPayload) {
			const unlisten = await client.listen(channel, onPayload);
			return () => unlisten();
		},
		close: () => client.close()
	};
}

/** A PostgreSQL server by URL, or the embedded database in a folder (`memory://` in tests). */
export function openDatabase(
	where: { url: string } | { pgliteDir: string }
): Promise<DatabaseHandle> {
	return 'url' in where ? openPostgres(where.url) : openPglite(where.pgliteDir);
}

let current: DatabaseHandle | undefined;

export function setCurrentDatabase(handle: DatabaseHandle | undefined): void {
	current = handle;
}

/** The app's database, opened once at server start (hooks.server.ts `init`). */
export function getDb(): Database {
	if (!current) throw new Error('database not started');
	return current.db;
}

export function currentDatabaseHandle(): DatabaseHandle | undefined {
	return current;
}

export function currentDatabaseKind(): DatabaseKind | null {
	return current?.kind ?? null;
}

/** Whether the database answers a query now (the health check), and which kind it is. */
export async function databaseHealth(): Promise<{ ok: boolean; db: DatabaseKind | null }> {
	try {
		await getDb().execute(sql`select 1`);
		return { ok: true, db: currentDatabaseKind() };
	} catch {
		return { ok: false, db: currentDatabaseKind() };
	}
}

export { schema };
