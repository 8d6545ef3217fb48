// The door under load: 100 phones post check-ins in batches of 1–5 while 200 screens
// listen on /api/live and the chair presses every 2 s. Reports the POST latency, the live events a
// listener missed, and the server's memory, on a server started on an empty data directory (the
// state a commune's laptop is in on its first morning).
import http from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/lib/server-process.js';
import { report as printFigure, residentMb } from './lib/report.js';
import {
	liveClient,
	meetingCommand,
	percentile,
	scanItem,
	signIn,
	speechItems,
	until
} from './lib/api.js';

const PHONES = 100;
const LISTENERS = 200;
/** Of the listeners, the signed-in ones (scanners and the secretariat's boards) also hear attendance. */
const STAFF_LISTENERS = 20;
const DURATION_MS = 30_000;
const CHAIR_EVERY_MS = 2_000;
/** Each phone waits this long between its posts: a scanner flushing its outbox at a busy door. */
const THINK_MS = [500, 2_000];

/** CPU time the process has used, in ms (utime + stime from /proc; 100 ticks a second on Linux). */
function cpuMs(pid) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const between = ([low, high]) => low + Math.random() * (high - low);

/** One POST /api/checkins; returns its latency and results, never throws (errors are counted). */
async function post(base, cookie, checkins) {
	const t = performance.now();
	try {
		const res = await fetch(`${base}/api/checkins`, {
			method: 'POST',
			headers: { cookie, origin: base, 'content-type': 'application/json' },
			body: JSON.stringify({ checkins })
		});
		const body = await res.json().catch(() => null);
		return {
			ms: performance.now() - t,
			ok: res.ok && body?.results?.length === checkins.length,
			results: body?.results ?? []
		};
	} catch {
		return { ms: performance.now() - t, ok: false, results: [] };
	}
}

/**
 * @param {{ port: number, dataDir: string, report: (name: string, value: number, unit: string, extra?: object) => void }} options
 */
export async function doorLoadFigures({ port, dataDir, report }) {
	const server = await startServer({ port, dataDir, fresh: true });
	const rssSamples = [];
	const sampler = setInterval(() => rssSamples.push(residentMb(server.pid)), 250);
	const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
	const listeners = [];
	try {
		const base = server.url;
		await pause(3000);
		report('memory.rss_first_start', residentMb(server.pid), 'MB', {
			db: 'pglite',
			note: 'empty data dir, 3 s after the health check answered'
		});

		const staff = await signIn(base, 'diemdanh', 'hoinghi2026');
		const chair = await signIn(base, 'chutich', 'hoinghi2026');
		const roster = await (await fetch(`${base}/api/roster`, { headers: { cookie: staff } })).json();
		const delegates = roster.delegates.filter((d) => d.tokenHash && !d.isWalkIn);
		const speech = (await speechItems(base))[0];

		for (let i = 0; i < LISTENERS; i++)
			listeners.push(liveClient(base, agent, i < STAFF_LISTENERS ? staff : null));
		await Promise.all(listeners.map((c) => c.ready));
		await meetingCommand(base, chair, { action: 'goto', itemId: speech.id });
		await meetingCommand(base, chair, { action: 'start' });

		const latencies = [];
		const checkedIn = new Set();
		const versions = [];
		let failures = 0;
		let items = 0;
		const deadline = performance.now() + DURATION_MS;
		const cpuBefore = cpuMs(server.pid);

		const phone = async (n) => {
			const sent = [];
			await pause(Math.random() * THINK_MS[1]); // phones do not start in step
			while (performance.now() < deadline) {
				const size = 1 + Math.floor(Math.random() * 5);
				const batch = Array.from({ length: size }, () => {
					// One in ten is a resend whose answer was lost; the rest are new scans.
					if (sent.length > 0 && Math.random() < 0.1)
						return sent[Math.floor(Math.random() * sent.length)];
					const item = scanItem(
						delegates[Math.floor(Math.random() * delegates.length)],
						`door-${n}`,
						Date.now()
					);
					sent.push(item);
					return item;
				});
				const { ms, ok, results } = await post(base, staff, [
					...new Map(batch.map((i) => [i.id, i])).values()
				]);
				latencies.push(ms);
				items += batch.length;
				if (!ok) failures++;
				for (const r of results) if (r.status === 'checked_in') checkedIn.add(r.delegateId);
				await pause(between(THINK_MS));
			}
		};
		const chairPresses = async () => {
			let i = 0;
			while (performance.now() < deadline) {
				await pause(CHAIR_EVERY_MS);
				const { version } = await meetingCommand(base, chair, {
					action: i++ % 2 === 0 ? 'pause' : 'resume'
				});
				versions.push(version);
			}
		};
		await Promise.all([chairPresses(), ...Array.from({ length: PHONES }, (_, n) => phone(n))]);
		const cpuUsed = cpuMs(server.pid) - cpuBefore;

		// Everything sent has been answered; give the last events a moment, then count what is missing.
		const expected = () =>
			listeners.every(
				(c, i) =>
					versions.every((v) => c.arrivals.has(v)) &&
					(i >= STAFF_LISTENERS || c.firstCheckins.size >= checkedIn.size)
			);
		await until(expected, 5_000, 'the last live events').catch(() => {});
		let missedMeeting = 0;
		let missedAttendance = 0;
		listeners.forEach((c, i) => {
			missedMeeting += versions.filter((v) => !c.arrivals.has(v)).length;
			if (i < STAFF_LISTENERS)
				missedAttendance += [...checkedIn].filter((id) => !c.firstCheckins.has(id)).length;
		});

		latencies.sort((a, b) => a - b);
		const extra = {
			db: 'pglite',
			phones: PHONES,
			listeners: LISTENERS,
			requests: latencies.length,
			items,
			seconds: DURATION_MS / 1000,
			note: `batches of 1–5 every ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s per phone, chair every ${CHAIR_EVERY_MS / 1000} s, fresh data dir`
		};
		report('door.post_latency_p50', percentile(latencies, 0.5), 'ms', extra);
		report('door.post_latency_p99', percentile(latencies, 0.99), 'ms', extra);
		// Less sensitive than latency to whatever else the machine runs: the server's own work per request.
		report('door.server_cpu_per_request', cpuUsed / latencies.length, 'ms', {
			...extra,
			note: 'server CPU (user + system) during the load / requests'
		});
		report('door.failed_requests', failures, 'requests', { requests: latencies.length });
		report('door.events_missed', missedMeeting + missedAttendance, 'events', {
			meeting_expected: versions.length * LISTENERS,
			attendance_expected: checkedIn.size * STAFF_LISTENERS,
			meeting_missed: missedMeeting,
			attendance_missed: missedAttendance
		});
		rssSamples.sort((a, b) => a - b);
		report('door.rss_peak', rssSamples[rssSamples.length - 1], 'MB', {
			db: 'pglite',
			samples: rssSamples.length,
			note: 'every 250 ms from the first start on'
		});
	} catch (error) {
		console.error(`server output:\n${server.output().slice(-4000)}`);
		throw error;
	} finally {
		clearInterval(sampler);
		for (const c of listeners) c.request?.destroy();
		agent.destroy();
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

// `node bench/door-load.js` runs this figure alone (needs a build).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await doorLoadFigures({
		port: 4295,
		dataDir: fileURLToPath(new URL('./.data-door', import.meta.url)),
		report: printFigure
	});
}
