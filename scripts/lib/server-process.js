// Starts the built app (scripts/start.js) as a child process and waits until /api/health answers.
// Used by the end-to-end tests, the start-up tests and the benchmarks.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @param {{ port?: number, dataDir: string, fresh?: boolean, env?: Record<string, string>, timeoutMs?: number }} options
 *   Without a port (or with 0) the server gets one the system says is free, so test files running
 *   side by side never meet on one.
 */
export async function startServer({
	port = 0,
	dataDir,
	fresh = true,
	env = {},
	timeoutMs = 60_000
}) {
	if (!port) port = await freePort();
	if (fresh) rmSync(dataDir, { recursive: true, force: true });
	const started = performance.now();
	const child = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
		cwd: root,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			HOINGHI_DATA_DIR: dataDir,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
	};
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`server exited with ${child.exitCode}:\n${output}`);
		if (performance.now() - started > timeoutMs) {
			await stop();
			throw new Error(`server did not answer within ${timeoutMs} ms:\n${output}`);
		}
		try {
			const res = await fetch(`${url}/api/health`);
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	return {
		url,
		child,
		pid: child.pid,
		startupMs: performance.now() - started,
		output: () => output,
		stop,
		exited
	};
}

/**
 * Runs the server expecting it to fail at start; resolves with its exit code and output. One still
 * running after timeoutMs is stopped (code null), so a server that wrongly starts fails the test.
 * @param {{ dataDir: string, env?: Record<string, string>, timeoutMs?: number }} options
 */
export function runFailingServer({ dataDir, env = {}, timeoutMs = 20_000 }) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
			cwd: root,
			env: { ...process.env, HOST: '127.0.0.1', PORT: '0', HOINGHI_DATA_DIR: dataDir, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.once('exit', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
	});
}

/** A loopback port nothing listens on now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}
