// What the benchmarks send and read over HTTP, as the app's own clients do (bench/run.js,
// bench/door-load.js): sign-in, check-in batches, the chair's commands and /api/live readers.
import { randomUUID } from 'node:crypto';
import http from 'node:http';

export async function signIn(base, username, password) {
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

/** Nearest-rank percentile of ascending-sorted samples, `p` in (0, 1]. */
export function percentile(sorted, p) {
	return sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)];
}

/** One scan as the scanner's outbox sends it (docs/architecture.md, The offline outbox). */
export function scanItem(delegate, deviceId, scannedAt) {
	return {
		id: randomUUID(),
		tokenHash: delegate.tokenHash,
		scannedAt: new Date(scannedAt).toISOString(),
		deviceId,
		method: 'scan'
	};
}

/** POST /api/checkins; throws unless every item got a check-in or repeat answer. */
export async function postCheckins(base, cookie, checkins) {
	const res = await fetch(`${base}/api/checkins`, {
		method: 'POST',
		headers: { cookie, origin: base, 'content-type': 'application/json' },
		body: JSON.stringify({ checkins })
	});
	const body = await res.json().catch(() => null);
	const results = body?.results ?? [];
	const bad = results.filter((r) => r.status !== 'checked_in' && r.status !== 'repeat');
	if (!res.ok || results.length !== checkins.length || bad.length > 0) {
		throw new Error(
			`POST /api/checkins failed: ${res.status} ${JSON.stringify(bad[0] ?? body).slice(0, 300)}`
		);
	}
	return results;
}

/** POST /api/meeting as the chair; returns the new meeting snapshot. */
export async function meetingCommand(base, cookie, command) {
	const res = await fetch(`${base}/api/meeting`, {
		method: 'POST',
		headers: { cookie, origin: base, 'content-type': 'application/json' },
		body: JSON.stringify(command)
	});
	const body = await res.json().catch(() => null);
	if (!res.ok || !body?.meeting)
		throw new Error(
			`POST /api/meeting ${JSON.stringify(command)} failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`
		);
	return body.meeting;
}

/** The tham luận items of the programme, in order (public GET /api/meeting). */
export async function speechItems(base) {
	const res = await fetch(`${base}/api/meeting`);
	if (!res.ok) throw new Error(`GET /api/meeting failed: ${res.status}`);
	const speeches = (await res.json()).programme.filter((i) => i.kind === 'speech');
	if (speeches.length < 2)
		throw new Error(`the demo programme has only ${speeches.length} tham luận`);
	return speeches;
}

/**
 * One EventSource-like reader of /api/live (a projector, a delegate's phone, or with a staff cookie a
 * scanner or board), over its own socket. `arrivals` maps each meeting version to performance.now()
 * when its event was parsed; `firstCheckins` holds the delegates whose first check-in it heard of.
 */
export function liveClient(base, agent, cookie = null) {
	const client = {
		hello: false,
		arrivals: new Map(),
		firstCheckins: new Set(),
		error: null,
		request: null
	};
	client.ready = new Promise((resolve, reject) => {
		client.request = http.get(
			`${base}/api/live`,
			{ agent, headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) } },
			(res) => {
				if (res.statusCode !== 200)
					return reject(new Error(`GET /api/live answered ${res.statusCode}`));
				res.setEncoding('utf8');
				let buffer = '';
				res.on('data', (chunk) => {
					const now = performance.now();
					buffer += chunk;
					let end;
					while ((end = buffer.indexOf('\n\n')) >= 0) {
						const block = buffer.slice(0, end);
						buffer = buffer.slice(end + 2);
						let event = 'message';
						let data = '';
						for (const line of block.split('\n')) {
							if (line.startsWith('event:')) event = line.slice(6).trim();
							else if (line.startsWith('data:')) data += line.slice(5).trimStart();
						}
						if (event === 'hello') {
							client.hello = true;
							resolve();
						} else if (event === 'meeting') {
							const version = JSON.parse(data).meeting.version;
							if (!client.arrivals.has(version)) client.arrivals.set(version, now);
						} else if (event === 'attendance') {
							for (const change of JSON.parse(data).changes)
								if (change.firstAt !== null) client.firstCheckins.add(change.delegateId);
						}
					}
				});
				res.on('error', (err) => (client.error ??= err));
			}
		);
		client.request.on('error', (err) => {
			client.error ??= err;
			reject(err);
		});
	});
	return client;
}

export async function until(condition, timeoutMs, what) {
	const deadline = performance.now() + timeoutMs;
	while (!condition()) {
		if (performance.now() > deadline)
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 2));
	}
}
