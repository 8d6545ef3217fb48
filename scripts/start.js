// `npm start`: builds the app when the build is missing or older than the sources, then serves it
// on the embedded database (or DATABASE_URL). HOST, PORT and HOINGHI_DATA_DIR are optional.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function newestMtime(entry) {
	if (!existsSync(entry)) return 0;
	const stat = statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

const inputs = ['src', 'static', 'drizzle', 'package.json', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];
const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
if (built < Math.max(...inputs.map(newestMtime))) {
	console.log('[hoi-nghi] đang build ứng dụng…');
	// Build chatter goes to stdout, so stderr carries only the app's own error lines.
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: ['ignore', 1, 1]
	});
	if (result.status !== 0) {
		console.error('[hoi-nghi] Lỗi: build không thành công.');
		process.exit(result.status ?? 1);
	}
}

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
// Large enough for the reports units upload (files are kept in the database).
process.env.BODY_SIZE_LIMIT ||= '25M';

// adapter-node takes a request without ORIGIN or PROTOCOL_HEADER for https, which makes the
// browser's own form posts look cross-site on a plain-http hall server (http://192.168.1.10:3000).
// This server sees the socket, so it says which protocol the request really came in on.
// Behind a TLS proxy set PROTOCOL_HEADER=x-forwarded-proto (and ADDRESS_HEADER) or ORIGIN instead.
const ownProtocolHeader = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocolHeader) process.env.PROTOCOL_HEADER = 'x-hoinghi-protocol';

const { handler } = await import(path.join(root, 'build/handler.js'));
const server = http.createServer((req, res) => {
	if (ownProtocolHeader) req.headers['x-hoinghi-protocol'] = 'encrypted' in req.socket ? 'https' : 'http';
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Không tìm thấy');
	});
});
server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`[hoi-nghi] đang phục vụ tại http://${shown}:${port}`);
});

function shutdown(reason) {
	server.close(() => process.emit('sveltekit:shutdown', reason));
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), 5000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
