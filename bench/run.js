// `npm run bench`: measured figures, one JSON object per line ({ name, value, unit, ... }).
// Needs a build (`npm run build`); scripts/start.js rebuilds when the sources are newer.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/lib/server-process.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'bench/.data');
const port = 4290;

function report(name, value, unit, extra = {}) {
	console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit, ...extra }));
}

function residentMb(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

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
await second.stop();
rmSync(dataDir, { recursive: true, force: true });
