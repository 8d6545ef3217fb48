// `npm run bench`: measured figures, one JSON object per line ({ name, value, unit, ... }).
// Needs a build (`npm run build`); scripts/start.js rebuilds when the sources are newer.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from '../scripts/lib/build.js';
import { startServer } from '../scripts/lib/server-process.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'bench/.data');
const port = 4290;

function report(name, value, unit, extra = {}) {
	console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit, ...extra }));
}

async function signIn(base, username, password) {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password })
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('hoinghi_session='));
	if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
	return cookie.split(';')[0];
}

function residentMb(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

buildIfStale(2); // build time is not start-up time; stdout stays JSON lines

// 1. First start on an empty data directory: create PGlite, migrate, seed the demo.
const first = await startServer({ port, dataDir, fresh: true });
report('startup.fresh_database', first.startupMs, 'ms', { db: 'pglite', note: 'empty data dir: initdb + migrations + demo seed' });
await first.stop();

// 2. Restart on the existing data directory: the usual start.
const second = await startServer({ port, dataDir, fresh: false });
report('startup.existing_database', second.startupMs, 'ms', { db: 'pglite' });
await fetch(`${second.url}/login`, { headers: { accept: 'text/html' } });
await new Promise((r) => setTimeout(r, 3000));
report('memory.rss_at_rest', residentMb(second.pid), 'MB', { db: 'pglite', note: '3 s after one page view' });

// 3. A small latency figure for the page everybody opens first.
const samples = [];
for (let i = 0; i < 50; i++) {
	const t = performance.now();
	await (await fetch(`${second.url}/`, { headers: { accept: 'text/html' } })).text();
	samples.push(performance.now() - t);
}
samples.sort((a, b) => a - b);
report('http.home_page_p50', samples[Math.floor(samples.length * 0.5)], 'ms', { requests: samples.length });

// 4. Documents: the giấy mời of all 100 demo delegates in one file, as the secretariat downloads it.
const cookie = await signIn(second.url, 'thuky', 'hoinghi2026');
const docx = [];
for (let i = 0; i < 5; i++) {
	const t = performance.now();
	const res = await fetch(`${second.url}/admin/giay-moi.docx`, { headers: { cookie } });
	const bytes = (await res.arrayBuffer()).byteLength;
	if (!res.ok || bytes < 10_000) throw new Error(`giấy mời download failed: ${res.status}`);
	docx.push(performance.now() - t);
}
docx.sort((a, b) => a - b);
report('documents.giay_moi_100', docx[2], 'ms', { runs: docx.length, note: 'median, HTTP download of the 100-delegate file' });
await second.stop();
rmSync(dataDir, { recursive: true, force: true });
