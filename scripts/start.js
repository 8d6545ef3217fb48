// `npm start`: builds the app when the build is missing or older than the sources, then serves it
// on the embedded database (or DATABASE_URL). HOST, PORT and HOINGHI_DATA_DIR are optional.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/build.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

buildIfStale();

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
// adapter-node's own cap, just above the app's (src/lib/server/boundary.ts), as build/index.js sets
// it for `node build` (svelte.config.js), so the app's Vietnamese messages are the ones users meet.
process.env.BODY_SIZE_LIMIT ||= '26M';

// adapter-node takes a request without ORIGIN or PROTOCOL_HEADER for https, which makes the
// browser's own form posts look cross-site on a plain-http hall server (http://192.168.1.10:3000).
// This server sees the socket, so it says which protocol the request really came in on.
// Behind a TLS proxy set PROTOCOL_HEADER=x-forwarded-proto (and ADDRESS_HEADER) or ORIGIN instead.
const ownProtocolHeader = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocolHeader) process.env.PROTOCOL_HEADER = 'x-hoinghi-protocol';

const { handler } = await import(path.join(root, 'build/handler.js'));
const server = http.createServer((req, res) => {
	if (ownProtocolHeader)
		req.headers['x-hoinghi-protocol'] = 'encrypted' in req.socket ? 'https' : 'http';
	// Defaults for what the app's hook never finishes (its own 403 page or login redirect) and the
	// static files: not to be framed either. The app replaces them where it sets its own
	// (src/lib/server/security-headers.ts; Kit's full policy on pages).
	res.setHeader('X-Frame-Options', 'DENY');
	res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
	res.setHeader('X-Content-Type-Options', 'nosniff');
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
