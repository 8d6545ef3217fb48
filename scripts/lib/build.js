// Builds the app when the build is missing or older than its sources (npm start, benchmarks).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INPUTS = [
	'src',
	'static',
	'drizzle',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

/** @param {string} entry @returns {number} the newest modification time in it, 0 when it is missing */
function newestMtime(entry) {
	if (!existsSync(entry)) return 0;
	const stat = statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(entry).reduce(
		(/** @type {number} */ max, name) => Math.max(max, newestMtime(path.join(entry, name))),
		stat.mtimeMs
	);
}

/** @param {1 | 2} out where build messages go: stdout for npm start, stderr for the benchmarks */
export function buildIfStale(out = 1) {
	const output = path.join(root, 'build/index.js');
	const built = existsSync(output) ? statSync(output).mtimeMs : 0;
	if (built >= Math.max(...INPUTS.map((i) => newestMtime(path.join(root, i))))) return;
	(out === 1 ? console.log : console.error)('[hoi-nghi] đang build ứng dụng…');
	// For npm start build chatter goes to stdout, so stderr carries only the app's own error lines.
	// `svelte-kit sync` first, as `npm run build` does: it writes .svelte-kit/tsconfig.json, which
	// tsconfig.json extends (a fresh clone has none, and the build would warn about it).
	// Vite builds for production unless NODE_ENV says otherwise; a test runner's NODE_ENV=test
	// (Vitest's global setup builds too) would make a development build of Svelte.
	const { NODE_ENV: _ignored, ...env } = process.env;
	for (const args of [
		['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'],
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']
	]) {
		const result = spawnSync(process.execPath, args, {
			cwd: root,
			env,
			stdio: ['ignore', out, out]
		});
		if (result.status !== 0) {
			console.error('[hoi-nghi] Lỗi: build không thành công.');
			process.exit(result.status ?? 1);
		}
	}
}
