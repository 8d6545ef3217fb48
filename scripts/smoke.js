// `npm run smoke`: the built app's start as an office runs it, on whatever Node runs this script
// (.ci/run runs it on Node 20, the oldest Node the app supports, where the whole suite does not
// run). A fresh data folder; then what the first minutes of real use touch: /api/health, the
// secretariat's sign-in, a delegate's page from its personal link, and that delegate's giấy mời.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from './lib/server-process.js';

const PASSWORD = process.env.HOINGHI_DEMO_PASSWORD || 'hoinghi2026';

/** @param {string} what @param {() => Promise<void>} check */
async function step(what, check) {
	const started = performance.now();
	await check();
	console.log(`[smoke] ${what} (${Math.round(performance.now() - started)} ms)`);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-smoke-'));
// The embedded database even when the shell has DATABASE_URL set: the first start of `npm start`.
const server = await startServer({ dataDir, env: { DATABASE_URL: '' }, timeoutMs: 180_000 });
try {
	console.log(
		`[smoke] ${process.version}: the built app started on an empty data folder in ${Math.round(server.startupMs)} ms`
	);
	const base = server.url;

	await step('GET /api/health answers ok on the embedded database', async () => {
		const res = await fetch(`${base}/api/health`);
		assert.equal(res.status, 200);
		assert.deepEqual(await res.json(), { ok: true, db: 'pglite' });
	});

	/** @type {string} */
	let cookie = '';
	await step('the secretariat signs in and lands on /admin', async () => {
		const res = await fetch(`${base}/login`, {
			method: 'POST',
			headers: {
				origin: base,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ username: 'thuky', password: PASSWORD }),
			redirect: 'manual'
		});
		assert.equal(res.status, 303, 'sign-in answers a redirect');
		assert.equal(res.headers.get('location'), '/admin');
		cookie = res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const admin = await fetch(`${base}/admin`, { headers: { cookie } });
		assert.equal(admin.status, 200);
	});

	/** @type {{ id: string, link: string, name: string }} */
	const delegate = { id: '', link: '', name: '' };
	await step("the delegate list opens a delegate's personal link", async () => {
		const list = await fetch(`${base}/admin/delegates`, { headers: { cookie } });
		assert.equal(list.status, 200);
		const id = /href="\/admin\/delegates\/(\d+)"/.exec(await list.text())?.[1];
		assert.ok(id, 'the list links each delegate');
		const page = await (
			await fetch(`${base}/admin/delegates/${id}`, { headers: { cookie } })
		).text();
		const link = /https?:\/\/[^"<\s]+(\/d\/[a-z2-7]{26})/.exec(page)?.[1];
		assert.ok(link, "the delegate's page shows the personal link");
		const name = /<title>([^<·]+?) ·/.exec(page)?.[1];
		assert.ok(name, "the delegate's name is the page title");
		Object.assign(delegate, { id, link, name });
	});

	await step("the delegate's page opens from the personal link", async () => {
		const res = await fetch(`${base}${delegate.link}`, { headers: { accept: 'text/html' } });
		assert.equal(res.status, 200);
		const html = await res.text();
		assert.ok(html.includes(`>${delegate.name}</h1>`), `the page greets ${delegate.name}`);
		assert.ok(html.includes('Kính gửi'), 'the page is the invitation');
	});

	await step("that delegate's giấy mời downloads as a .docx", async () => {
		const res = await fetch(`${base}/admin/delegates/${delegate.id}/giay-moi.docx`, {
			headers: { cookie }
		});
		assert.equal(res.status, 200);
		assert.match(res.headers.get('content-type') ?? '', /wordprocessingml/);
		assert.match(res.headers.get('content-disposition') ?? '', /^attachment;/);
		const bytes = new Uint8Array(await res.arrayBuffer());
		assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b], 'a zip (PK) like every .docx');
		assert.ok(bytes.length > 5_000, `${bytes.length} bytes`);
	});
	console.log('[smoke] passed');
} finally {
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
