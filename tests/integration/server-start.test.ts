import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFailingServer, startServer } from '../../scripts/lib/server-process.js';
import { createScratchPostgres } from './test-db';

// These start the built app (`npm test` builds before running them).
const dataDir = () => mkdtempSync(path.join(tmpdir(), 'hoinghi-start-'));

describe('the server at start', () => {
	it('stops with one clear line when DATABASE_URL points nowhere', async () => {
		const result = await runFailingServer({
			dataDir: dataDir(),
			env: { DATABASE_URL: 'postgres://nobody:secret-pw@127.0.0.1:1/none' }
		});
		expect(result.code).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^\[hoi-nghi\] Lỗi: không kết nối được PostgreSQL tại postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
		expect(result.stderr).not.toContain('secret-pw');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('stops with one clear line when DATABASE_URL is not a postgres URL', async () => {
		const result = await runFailingServer({ dataDir: dataDir(), env: { DATABASE_URL: 'mysql://x@y/z' } });
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toBe('[hoi-nghi] Lỗi: DATABASE_URL phải bắt đầu bằng postgres:// (đang là mysql://)');
	});

	it('serves the demo on the database it was given and prints the demo accounts', async () => {
		const serverUrl = process.env.TEST_DATABASE_URL;
		let env: Record<string, string> = {};
		let expected = 'pglite';
		let drop = async () => {};
		if (serverUrl) {
			// A fresh PostgreSQL database, as an operator would give with DATABASE_URL.
			const scratch = await createScratchPostgres(serverUrl);
			env = { DATABASE_URL: scratch.url };
			expected = 'postgres';
			drop = scratch.drop;
		}
		const server = await startServer({ port: 4180 + Math.floor(Math.random() * 100), dataDir: dataDir(), env });
		try {
			expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true, db: expected });
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
});
