// What `npm test` needs beside Node, from Debian's packages (scripts/test.js checks it first).
// Chromium drives the end-to-end tests; LibreOffice prints a kỷ yếu and poppler reads the PDF back
// (src/lib/server/documents/proceedings-print.test.ts). When one is missing: as root with apt-get,
// install it; otherwise stop at once and say the one command that installs them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Each program the tests run, and the Debian package that brings it. */
const NEEDED = [
	{
		program: '/usr/bin/chromium',
		pkg: 'chromium',
		why: 'the end-to-end tests (Playwright drives Debian’s Chromium)'
	},
	{
		program: 'soffice',
		pkg: 'libreoffice-writer-nogui',
		why: 'printing a kỷ yếu to check its page numbers'
	},
	{ program: 'pdftotext', pkg: 'poppler-utils', why: 'reading that printed kỷ yếu' }
];

/** @param {string} program an absolute path, or a name looked up on PATH */
function found(program) {
	if (path.isAbsolute(program)) return existsSync(program);
	return (process.env.PATH ?? '')
		.split(path.delimiter)
		.some((dir) => dir && existsSync(path.join(dir, program)));
}

/** @param {string[]} args */
function aptGet(args) {
	return new Promise((resolve, reject) => {
		// Waits for another apt (an unattended upgrade, CI's own) instead of failing on its lock.
		const child = spawn('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0
				? resolve(undefined)
				: reject(new Error(`apt-get ${args[0]} ended with exit code ${code}`))
		);
	});
}

/**
 * The programs missing here. When some are and this user cannot install them, says the command
 * and ends the process; otherwise returns an installer for them (nothing to do when none is missing).
 * @returns {{ missing: string[], install(): Promise<void> }}
 */
export function prerequisites() {
	const missing = NEEDED.filter((n) => !found(n.program));
	const packages = missing.map((m) => m.pkg);
	for (const m of missing)
		console.error(`[test] missing ${m.program} (package ${m.pkg}), for ${m.why}`);
	if (missing.length > 0 && (process.getuid?.() !== 0 || !found('apt-get'))) {
		console.error(
			`[test] install them, then run npm test again:\n  sudo apt-get install -y ${packages.join(' ')}`
		);
		process.exit(1);
	}
	return {
		missing: packages,
		async install() {
			if (missing.length === 0) return;
			console.error(`[test] installing ${packages.join(' ')} with apt-get`);
			try {
				await aptGet(['update', '-qq']);
				await aptGet(['install', '-y', '-qq', ...packages]);
			} catch (err) {
				throw new Error(
					`${err instanceof Error ? err.message : err}; install by hand: apt-get install -y ${packages.join(' ')}`,
					{ cause: err }
				);
			}
			const still = missing.filter((m) => !found(m.program));
			if (still.length > 0)
				throw new Error(`still missing after apt-get: ${still.map((m) => m.program).join(', ')}`);
		}
	};
}
