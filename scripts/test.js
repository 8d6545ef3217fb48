// `npm test`: every test, each step on what the one before made, with the seconds of each.
//   1. the programs the tests use beside Node (test-prerequisites.js): missing ones stop the run
//      at once, or as root are installed while steps 2 and 3 run;
//   2. `svelte-kit sync`, so the next two find .svelte-kit written and only read it;
//   3. the type check, the build and the lint (Prettier's check, then ESLint), side by side;
//   4. Vitest: the unit and the integration suites, files in parallel (vite.config.ts);
//   5. Playwright against the built app (playwright.config.ts).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerequisites } from './test-prerequisites.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** @param {string} pkg @param {string} file */
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

/**
 * Waits for one step and says how long it took.
 * @param {string} name @param {() => Promise<void>} step
 */
async function timed(name, step) {
	const started = performance.now();
	const seconds = () => Math.round((performance.now() - started) / 1000);
	try {
		await step();
	} catch (err) {
		console.log(`[test] ${name}: FAILED after ${seconds()} s`);
		throw err;
	}
	console.log(`[test] ${name}: ${seconds()} s`);
}

/**
 * Runs one Node program of the project; its output goes straight through, or with `quiet` is kept
 * and printed when it ends (so two steps side by side do not interleave their lines).
 * @param {string[]} args @param {{ quiet?: boolean }} [options]
 * @returns {Promise<void>}
 */
function node(args, { quiet = false } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd: root,
			stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit']
		});
		let output = '';
		child.stdout?.on('data', (d) => (output += d));
		child.stderr?.on('data', (d) => (output += d));
		child.once('error', reject);
		child.once('exit', (code, signal) => {
			if (quiet) process.stdout.write(output);
			if (code === 0) resolve();
			else
				reject(
					new Error(
						`${path.relative(root, args[0] ?? '')} ended with ${signal ?? `exit code ${code}`}`
					)
				);
		});
	});
}

/** Runs steps side by side; the first failure is thrown once all have ended. @param {Promise<void>[]} steps */
async function sideBySide(steps) {
	for (const result of await Promise.allSettled(steps))
		if (result.status === 'rejected') throw result.reason;
}

try {
	const needed = prerequisites();
	const installing = timed(`install ${needed.missing.join(', ') || 'nothing'}`, () =>
		needed.install()
	);
	await sideBySide([
		installing,
		(async () => {
			await timed('svelte-kit sync', () => node([bin('@sveltejs/kit', 'svelte-kit.js'), 'sync']));
			await sideBySide([
				timed('type check (svelte-check)', () =>
					node(
						[
							bin('svelte-check', 'bin/svelte-check'),
							'--tsconfig',
							'./tsconfig.json',
							'--fail-on-warnings'
						],
						{ quiet: true }
					)
				),
				timed('build', () => node([bin('vite', 'bin/vite.js'), 'build'], { quiet: true })),
				timed('lint (Prettier, ESLint)', async () => {
					await node([bin('prettier', 'bin/prettier.cjs'), '--check', '.', '--log-level', 'warn'], {
						quiet: true
					});
					await node([bin('eslint', 'bin/eslint.js'), '.'], { quiet: true });
				})
			]);
		})()
	]);
	await timed('unit and integration suites (Vitest)', () =>
		node([bin('vitest', 'vitest.mjs'), 'run'])
	);
	await timed('end-to-end suite (Playwright)', () =>
		node([bin('@playwright/test', 'cli.js'), 'test'])
	);
} catch (err) {
	console.error(`[test] ${err instanceof Error ? err.message : err}`);
	process.exit(1);
}
