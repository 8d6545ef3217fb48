import path from 'node:path';
import { config } from './config';
import {
	DatabaseUnavailableError,
	openDatabase,
	setCurrentDatabase,
	type DatabaseHandle
} from './db';
import { lockDataDir } from './db/data-dir-lock';
import { DEMO_ACCOUNTS } from './demo/binh-thanh';
import { seedDemo } from './demo/seed';
import { startLive } from './live';
import { ROLE_LABELS } from '$lib/domain/roles';

/** Opens, migrates and (on an empty database) seeds; used by the server and by tests. */
export async function prepareDatabase(
	where: { url: string } | { pgliteDir: string },
	options: { demoPassword: string; migrationsDir?: string }
): Promise<{ handle: DatabaseHandle; seeded: boolean }> {
	const handle = await openDatabase(where);
	try {
		await handle.migrate(options.migrationsDir ?? config.migrationsDir);
		const outcome = await seedDemo(handle.db, { password: options.demoPassword });
		return { handle, seeded: outcome.seeded };
	} catch (err) {
		await handle.close().catch(() => {});
		throw err;
	}
}

/** Server start: any failure prints one line and stops the process, never a stack trace. */
export async function startServerDatabase(): Promise<void> {
	const where = config.databaseUrl
		? { url: config.databaseUrl }
		: { pgliteDir: path.join(config.dataDir, 'pglite') };
	try {
		const started = Date.now();
		// PGlite serves one process only; PostgreSQL takes any number of app processes.
		const unlock = 'url' in where ? () => {} : lockDataDir(config.dataDir);
		const { handle, seeded } = await prepareDatabase(where, { demoPassword: config.demoPassword });
		setCurrentDatabase(handle);
		const stopLive = await startLive(handle);
		const place = 'url' in where ? 'PostgreSQL' : `PGlite trong ${where.pgliteDir}`;
		console.log(`[hoi-nghi] cơ sở dữ liệu sẵn sàng (${place}) sau ${Date.now() - started} ms`);
		if (seeded) {
			console.log('[hoi-nghi] đã tạo dữ liệu mẫu: hội nghị sơ kết xã Bình Thành. Tài khoản mẫu:');
			for (const a of DEMO_ACCOUNTS) {
				console.log(
					`  ${a.username.padEnd(10)} ${ROLE_LABELS[a.role].padEnd(22)} mật khẩu: ${config.demoPassword}`
				);
			}
		}
		// adapter-node emits this after it stopped taking requests (SIGINT/SIGTERM).
		process.once(
			'sveltekit:shutdown',
			() =>
				void stopLive()
					.finally(() => handle.close())
					.finally(unlock)
		);
	} catch (err) {
		const reason =
			err instanceof DatabaseUnavailableError
				? err.message
				: `không chuẩn bị được cơ sở dữ liệu: ${err instanceof Error ? err.message : String(err)}`;
		console.error(`[hoi-nghi] Lỗi: ${reason}`);
		process.exit(1);
	}
}
