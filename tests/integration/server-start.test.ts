import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFailingServer, startServer } from '../../scripts/lib/server-process.js';
import { createScratchDatabase } from '../../scripts/lib/demo-template.js';
import { demoCopy } from './test-db';

// These start the built app (`npm test` builds before running them).
/** The data folders made here (a PGlite cluster each, some with the demo), removed at the end. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const dataDir = () => {
	made.push(mkdtempSync(path.join(tmpdir(), 'hoinghi-start-')));
	return made.at(-1)!;
};
/** A data folder holding the demo as a first start leaves it on PGlite. */
const demoDataDir = async () => {
	made.push((await demoCopy({ engine: 'pglite' })).dataDir);
	return made.at(-1)!;
};
// The embedded database even when the shell has DATABASE_URL set.
const pgliteEnv = { DATABASE_URL: '' };
const lockOf = (dir: string) => path.join(dir, 'server.lock');
const lockedLine = (pid: number | undefined) =>
	new RegExp(
		`^\\[hoi-nghi\\] Lỗi: thư mục dữ liệu .+ đang được tiến trình ${pid} \\(bắt đầu lúc \\d\\d:\\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}\\) sử dụng\\. Hãy dừng tiến trình đó trước, hoặc đặt HOINGHI_DATA_DIR khác\\.$`
	);

describe('the server at start', () => {
	it('stops with one clear line when DATABASE_URL points nowhere', async () => {
		const result = await runFailingServer({
			dataDir: dataDir(),
			env: { DATABASE_URL: 'postgres://nobody:secret-pw@127.0.0.1:1/none' }
		});
		expect(result.code).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^\[hoi-nghi\] Lỗi: không kết nối được PostgreSQL tại postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/
		);
		expect(result.stderr).not.toContain('secret-pw');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('stops with one clear line when DATABASE_URL is not a postgres URL', async () => {
		const result = await runFailingServer({
			dataDir: dataDir(),
			env: { DATABASE_URL: 'mysql://x@y/z' }
		});
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toBe(
			'[hoi-nghi] Lỗi: DATABASE_URL phải bắt đầu bằng postgres:// (đang là mysql://)'
		);
	});

	it('serves the demo on the database it was given and prints the demo accounts', async () => {
		const serverUrl = process.env.TEST_DATABASE_URL;
		let env: Record<string, string> = {};
		let expected = 'pglite';
		let drop = async () => {};
		if (serverUrl) {
			// A fresh PostgreSQL database, as an operator would give with DATABASE_URL.
			const scratch = await createScratchDatabase(serverUrl);
			env = { DATABASE_URL: scratch.url };
			expected = 'postgres';
			drop = scratch.drop;
		}
		const server = await startServer({ dataDir: dataDir(), env });
		try {
			expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({
				ok: true,
				db: expected
			});
			expect(server.output()).toMatch(/thuky\s+Văn phòng \(thư ký\)\s+mật khẩu: hoinghi2026/);
			expect(server.output()).toContain('chutich');
			expect(server.output()).toContain('diemdanh');
			const home = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
			expect(home).toContain('Hội trường lớn UBND xã Bình Thành');
		} finally {
			await server.stop();
			await drop();
		}
	});

	// Two servers on one PGlite folder would each see only their own writes. Each of these starts the
	// app two or three times, on a copy of the demo (one on a fresh folder): seconds apiece on a
	// loaded 2-core machine, so they get more than the suite's 30 s.
	describe('one server per data folder (PGlite)', { timeout: 180_000 }, () => {
		it('refuses a second server on the same folder, naming the first; a clean stop frees the folder', async () => {
			const dir = await demoDataDir();
			const first = await startServer({ dataDir: dir, fresh: false, env: pgliteEnv });
			try {
				const second = await runFailingServer({ dataDir: dir, env: pgliteEnv });
				expect(second.code).toBe(1);
				const lines = second.stderr.trim().split('\n');
				expect(lines).toHaveLength(1);
				expect(lines[0]).toMatch(lockedLine(first.pid));
				expect(await (await fetch(`${first.url}/api/health`)).json()).toEqual({
					ok: true,
					db: 'pglite'
				});
				expect(existsSync(lockOf(dir))).toBe(true);
			} finally {
				await first.stop();
			}
			expect(await first.exited).toBe(0);
			expect(existsSync(lockOf(dir))).toBe(false);
		});

		it('lets exactly one of two servers started at once on a fresh folder serve', async () => {
			const dir = dataDir();
			const results = await Promise.allSettled([
				startServer({ dataDir: dir, fresh: false, env: pgliteEnv }),
				startServer({ dataDir: dir, fresh: false, env: pgliteEnv })
			]);
			const served = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
			try {
				expect(served).toHaveLength(1);
				const winner = served[0]!;
				const refused = results.find((r) => r.status === 'rejected');
				expect(String(refused?.reason)).toMatch(/server exited with 1/);
				expect(String(refused?.reason)).toContain(`đang được tiến trình ${winner.pid} `);
				expect(await (await fetch(`${winner.url}/api/health`)).json()).toEqual({
					ok: true,
					db: 'pglite'
				});
			} finally {
				await Promise.all(served.map((s) => s.stop()));
			}
		});

		it('starts again after the previous server was killed with SIGKILL (stale lock)', async () => {
			const dir = await demoDataDir();
			const killed = await startServer({ dataDir: dir, fresh: false, env: pgliteEnv });
			killed.child.kill('SIGKILL');
			await killed.exited;
			expect(JSON.parse(readFileSync(lockOf(dir), 'utf8')).pid).toBe(killed.pid);

			// PGlite replays its log after a kill; on a busy machine that has taken over a minute.
			const next = await startServer({
				dataDir: dir,
				fresh: false,
				env: pgliteEnv,
				timeoutMs: 110_000
			});
			try {
				expect(JSON.parse(readFileSync(lockOf(dir), 'utf8')).pid).toBe(next.pid);
				const home = await (await fetch(next.url, { headers: { accept: 'text/html' } })).text();
				expect(home).toContain('Hội trường lớn UBND xã Bình Thành');
			} finally {
				await next.stop();
			}
		});

		// A dead server's pid taken by an unrelated process (here this test runner) must not block.
		it.skipIf(process.platform !== 'linux')(
			'starts when the pid in the lock now runs another program',
			async () => {
				const dir = await demoDataDir();
				const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
				const holder = {
					pid: process.pid,
					startedAt: new Date().toISOString(),
					bootId,
					cmdline: 'node /elsewhere/server.js'
				};
				writeFileSync(lockOf(dir), JSON.stringify(holder));
				const server = await startServer({ dataDir: dir, fresh: false, env: pgliteEnv });
				try {
					expect(JSON.parse(readFileSync(lockOf(dir), 'utf8')).pid).toBe(server.pid);
				} finally {
					await server.stop();
				}
			}
		);
	});
});
