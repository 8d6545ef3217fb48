// `npm run bench`: measured figures, one JSON object per line ({ name, value, unit, ... }).
// Needs a build (`npm run build`); scripts/start.js rebuilds when the sources are newer.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from '../scripts/lib/build.js';
import { startServer } from '../scripts/lib/server-process.js';
import { fakeCameraArgs, writeBlankY4m, writeQrY4m } from './lib/fake-camera.js';
import {
	liveClient,
	meetingCommand,
	percentile,
	postCheckins,
	scanItem,
	signIn,
	speechItems,
	until
} from './lib/api.js';
import { boardFigures } from './board.js';
import { doorLoadFigures } from './door-load.js';
import { archiveFigures } from './archive.js';
import { minutesFigures } from './minutes.js';
import { proceedingsFigures } from './proceedings.js';
import { qrReadFigures } from './qr-read.js';
import { report, residentMb } from './lib/report.js';
import { sizeFigures } from './size.js';
import { uploadFigures } from './uploads.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'bench/.data');
const port = 4290;

/** Each delegate's personal link, read from the secretariat's CSV export. */
async function delegateLinks(base, cookie) {
	const csv = await (await fetch(`${base}/admin/delegates.csv`, { headers: { cookie } })).text();
	const links = new Map();
	for (const match of csv.matchAll(/https?:\/\/[^,"\s]+\/d\/([a-z2-7]{26})/g))
		links.set(match[1], match[0]);
	return [...links.values()];
}

/** A new browser context signed in as `username` through the login form, left on `path`. */
async function signedInPage(browser, base, username, path, contextOptions = {}) {
	const context = await browser.newContext({ baseURL: base, ...contextOptions });
	const page = await context.newPage();
	await page.goto(`/login?redirect=${path}`);
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill('hoinghi2026');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.waitForURL((url) => url.pathname === path);
	return page;
}

function scannerPage(browser, base) {
	return signedInPage(browser, base, 'diemdanh', '/scan', {
		viewport: { width: 390, height: 844 },
		isMobile: true
	});
}

async function scanFigures(base, adminCookie) {
	const { chromium } = await import('@playwright/test');
	const { CHROMIUM_ARGS } = await import('./lib/chromium.js');
	const links = await delegateLinks(base, adminCookie);
	const videos = mkdtempSync(path.join(tmpdir(), 'hoinghi-bench-camera-'));

	// 5a. Camera start → green, on a fresh page each time, for five different delegates.
	const scanMs = [];
	for (let i = 0; i < 5; i++) {
		const video = writeQrY4m(links[links.length - 1 - i], path.join(videos, `d${i}.y4m`));
		const browser = await chromium.launch({
			executablePath: '/usr/bin/chromium',
			args: [...CHROMIUM_ARGS, ...fakeCameraArgs(video)]
		});
		try {
			const page = await scannerPage(browser, base);
			await page.locator('[data-verdict="admit"]').waitFor({ timeout: 20_000 });
			scanMs.push(
				await page.evaluate(
					() =>
						performance.getEntriesByName('hoinghi:verdict')[0].startTime -
						performance.getEntriesByName('hoinghi:camera-started')[0].startTime
				)
			);
		} finally {
			await browser.close();
		}
	}
	scanMs.sort((a, b) => a - b);
	report('scan.camera_to_green_p50', percentile(scanMs, 0.5), 'ms', {
		runs: scanMs.length,
		note: 'Chromium, fake camera (.y4m), html5-qrcode'
	});

	// 5b. A check-in sent by one scanner, until another scanner's list shows "Đã đến".
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [...CHROMIUM_ARGS, ...fakeCameraArgs(writeBlankY4m(path.join(videos, 'blank.y4m')))]
	});
	try {
		const page = await scannerPage(browser, base);
		const staff = await signIn(base, 'diemdanh', 'hoinghi2026');
		const roster = await (await fetch(`${base}/api/roster`, { headers: { cookie: staff } })).json();
		const waiting = roster.delegates
			.filter((d) => d.firstAt === null && d.tokenHash && !d.isWalkIn)
			.slice(0, 10);
		await page.locator('[data-testid="arrived"]').waitFor();
		const delays = [];
		for (const d of waiting) {
			await page.getByLabel('Tìm đại biểu').fill(d.fullName);
			const row = page.getByRole('button', { name: d.fullName }).first();
			await row.waitFor();
			const t = performance.now();
			await postCheckins(base, staff, [scanItem(d, 'bench-other-door', Date.now())]);
			await page.waitForFunction(
				(el) => el.textContent.includes('Đã đến'),
				await row.elementHandle(),
				{ polling: 'raf' }
			);
			delays.push(performance.now() - t);
		}
		delays.sort((a, b) => a - b);
		const extra = {
			samples: delays.length,
			note: 'POST on one scanner until the other shows it (SSE /api/live), PGlite'
		};
		report('live.second_scanner_p50', percentile(delays, 0.5), 'ms', extra);
		report('live.second_scanner_max', delays[delays.length - 1], 'ms', extra);
	} finally {
		await browser.close();
		rmSync(videos, { recursive: true, force: true });
	}
}

/**
 * 6a. 200 screens on /api/live; the chair pauses and resumes a tham luận 20 times. Each delay runs
 * from just before the POST is sent until one client has parsed the `meeting` event of that version.
 */
async function timerFanOut(base, chairCookie, speech) {
	const CLIENTS = 200;
	const PRESSES = 20;
	// One socket per client, as 200 separate devices would have; no pooling limit on our side.
	const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
	const clients = Array.from({ length: CLIENTS }, () => liveClient(base, agent));
	try {
		await Promise.all(clients.map((c) => c.ready));
		await meetingCommand(base, chairCookie, { action: 'goto', itemId: speech.id });
		await meetingCommand(base, chairCookie, { action: 'start' });
		const delays = [];
		for (let i = 0; i < PRESSES; i++) {
			const sentAt = performance.now();
			const { version } = await meetingCommand(base, chairCookie, {
				action: i % 2 === 0 ? 'pause' : 'resume'
			});
			await until(
				() => clients.every((c) => c.arrivals.has(version) || c.error),
				10_000,
				`meeting version ${version} on ${CLIENTS} clients`
			);
			const failed = clients.find((c) => c.error);
			if (failed) throw failed.error;
			for (const c of clients) delays.push(c.arrivals.get(version) - sentAt);
			await new Promise((r) => setTimeout(r, 50));
		}
		delays.sort((a, b) => a - b);
		const extra = {
			clients: CLIENTS,
			presses: PRESSES,
			samples: delays.length,
			note: 'chair POST /api/meeting pause/resume until each SSE client parses the meeting event, PGlite'
		};
		report('live.timer_to_200_sse_p50', percentile(delays, 0.5), 'ms', extra);
		report('live.timer_to_200_sse_p99', percentile(delays, 0.99), 'ms', extra);
	} finally {
		for (const c of clients) c.request?.destroy();
		agent.destroy();
	}
}

/** What a timer page shows at this instant, and the page's clock at that instant. */
function remainingNow(page) {
	return page.evaluate(() => {
		const el = document.querySelector('[data-testid="timer"]');
		const now = Date.now();
		return {
			remaining: Number(el.dataset.remainingMs) - (now - Number(el.dataset.drawnAt)),
			at: now
		};
	});
}

/**
 * 6b. The chair's console and the projector in Chromium, one running tham luận: 30 readings of both
 * screens' remaining time taken together, about 200 ms apart.
 */
const DISPLAY_FAST_MS = 3 * 60_000;

async function screenSkew(base, chairCookie, speech) {
	const { chromium } = await import('@playwright/test');
	const { CHROMIUM_ARGS } = await import('./lib/chromium.js');
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	try {
		const chair = await signedInPage(browser, base, 'chutich', '/chair');
		// The projector's own clock runs 3 minutes fast, as an unsynchronised PC's would: what it shows
		// must still follow the server's clock (offset from /api/time), not its own.
		const displayContext = await browser.newContext({ baseURL: base });
		await displayContext.clock.install({ time: Date.now() + DISPLAY_FAST_MS });
		const display = await displayContext.newPage();
		await display.goto('/display');
		await display.locator('main[data-connected="true"]').waitFor();
		await new Promise((r) => setTimeout(r, 1000)); // both pages' clock sync (/api/time) done

		await meetingCommand(base, chairCookie, { action: 'goto', itemId: speech.id });
		await meetingCommand(base, chairCookie, { action: 'start' });
		// Both screens show this item's title and a running timer.
		const started = ([titleId, title]) =>
			document.querySelector(`[data-testid="${titleId}"]`)?.textContent?.trim() === title &&
			document.querySelector('[data-testid="timer"]')?.dataset.running === 'true';
		await chair.waitForFunction(started, ['current-title', speech.title], { polling: 'raf' });
		await display.waitForFunction(started, ['display-title', speech.title], { polling: 'raf' });
		const raw = [];
		const skews = [];
		for (let i = 0; i < 30; i++) {
			const [a, b] = await Promise.all([remainingNow(chair), remainingNow(display)]);
			raw.push(Math.abs(a.remaining - b.remaining));
			// Bring the display's reading back to the chair's instant (its clock is DISPLAY_FAST_MS ahead).
			skews.push(Math.abs(a.remaining - (b.remaining + (b.at - DISPLAY_FAST_MS - a.at))));
			await new Promise((r) => setTimeout(r, 200));
		}
		skews.sort((x, y) => x - y);
		raw.sort((x, y) => x - y);
		const extra = {
			readings: skews.length,
			uncorrected_p50: Math.round(percentile(raw, 0.5) * 10) / 10,
			uncorrected_max: Math.round(raw[raw.length - 1] * 10) / 10,
			note: 'Chromium, /chair vs /display whose clock is 3 min fast, remaining-now read in both pages at once (Promise.all), corrected to one instant'
		};
		report('live.screen_skew_p50', percentile(skews, 0.5), 'ms', extra);
		report('live.screen_skew_max', skews[skews.length - 1], 'ms', extra);
	} finally {
		await browser.close();
	}
}

buildIfStale(2); // build time is not start-up time; stdout stays JSON lines

// 0. JavaScript each page loads on a first visit, gzipped (bench/size.js; its own server and data).
await sizeFigures({ port: port + 1, report });

// 1. First start on an empty data directory: create PGlite, migrate, seed the demo.
const first = await startServer({ port, dataDir, fresh: true });
report('startup.fresh_database', first.startupMs, 'ms', {
	db: 'pglite',
	note: 'empty data dir: initdb + migrations + demo seed'
});
await first.stop();

// 2. Restart on the existing data directory: the usual start.
const second = await startServer({ port, dataDir, fresh: false });
report('startup.existing_database', second.startupMs, 'ms', { db: 'pglite' });
await fetch(`${second.url}/login`, { headers: { accept: 'text/html' } });
await new Promise((r) => setTimeout(r, 3000));
report('memory.rss_at_rest', residentMb(second.pid), 'MB', {
	db: 'pglite',
	note: '3 s after one page view'
});

// 3. A small latency figure for the page everybody opens first.
const samples = [];
for (let i = 0; i < 50; i++) {
	const t = performance.now();
	await (await fetch(`${second.url}/`, { headers: { accept: 'text/html' } })).text();
	samples.push(performance.now() - t);
}
samples.sort((a, b) => a - b);
report('http.home_page_p50', samples[Math.floor(samples.length * 0.5)], 'ms', {
	requests: samples.length
});

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
report('documents.giay_moi_100', docx[2], 'ms', {
	runs: docx.length,
	note: 'median, HTTP download of the 100-delegate file'
});

try {
	// 5. Scanning in Chromium with a fake camera (bench/lib/chromium.js): from the camera starting to the
	// green verdict, and how long a second scanner takes to learn of a check-in (live events).
	await scanFigures(second.url, cookie);

	// 6. The chair's timer: how fast a press reaches 200 screens, and how far apart two screens are.
	const chairCookie = await signIn(second.url, 'chutich', 'hoinghi2026');
	const speeches = await speechItems(second.url);
	await timerFanOut(second.url, chairCookie, speeches[0]);
	await screenSkew(second.url, chairCookie, speeches[1]);

	// 7. Check-in: the scanners' batch endpoint on the embedded database, as the check-in staff
	// (`diemdanh`) use it. This checks every delegate in, so it runs after anything that needs
	// delegates not yet checked in. The data directory is the one this run created (step 1).
	const staff = await signIn(second.url, 'diemdanh', 'hoinghi2026');
	const rosterRes = await fetch(`${second.url}/api/roster`, { headers: { cookie: staff } });
	if (!rosterRes.ok) throw new Error(`GET /api/roster failed: ${rosterRes.status}`);
	const delegates = (await rosterRes.json()).delegates.filter((d) => d.tokenHash && !d.isWalkIn);
	if (delegates.length < 50)
		throw new Error(`the demo roster has only ${delegates.length} delegates with a QR`);
	let clock = Date.now() - 3_600_000; // scan times in the past hour, one millisecond apart

	// 7a. Throughput: every delegate once (first check-ins), then repeat scans up to ~1000 items,
	// in batches of 20, 4 requests in flight (several scanners flushing their outboxes at once).
	const BATCH = 20;
	const IN_FLIGHT = 4;
	const rounds = Math.ceil(1000 / delegates.length);
	const items = [];
	for (let r = 0; r < rounds; r++) {
		for (const d of delegates)
			items.push(scanItem(d, `bench-${items.length % IN_FLIGHT}`, clock++));
	}
	const batches = [];
	for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
	let nextBatch = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: IN_FLIGHT }, async () => {
			while (nextBatch < batches.length)
				await postCheckins(second.url, staff, batches[nextBatch++]);
		})
	);
	const seconds = (performance.now() - started) / 1000;
	const after = await (
		await fetch(`${second.url}/api/roster`, { headers: { cookie: staff } })
	).json();
	const missing = after.delegates.filter(
		(d) => d.tokenHash && !d.isWalkIn && d.firstAt === null
	).length;
	if (missing > 0) throw new Error(`${missing} delegates not checked in after the batches`);
	report('checkin.batch_throughput', items.length / seconds, 'checkins/s', {
		db: 'pglite',
		items: items.length,
		delegates: delegates.length,
		batch: BATCH,
		concurrency: IN_FLIGHT,
		note: 'first check-in of every delegate, then repeat scans'
	});

	// 7b. Latency of one scan sent alone (a scanner online at the door), one request at a time:
	// two in three are new scans (new id), one in three resends an id already stored (lost answer).
	const sent = [];
	const latencies = [];
	for (let i = 0; i < 300; i++) {
		const item =
			i % 3 === 2
				? sent[(i * 7) % sent.length]
				: scanItem(delegates[i % delegates.length], 'bench-door', clock++);
		if (i % 3 !== 2) sent.push(item);
		const t = performance.now();
		await postCheckins(second.url, staff, [item]);
		latencies.push(performance.now() - t);
	}
	latencies.sort((a, b) => a - b);
	const latencyExtra = {
		db: 'pglite',
		requests: latencies.length,
		note: 'single-item POSTs, sequential; 2/3 new scan ids, 1/3 resent ids'
	};
	report('checkin.post_latency_p50', percentile(latencies, 0.5), 'ms', latencyExtra);
	report('checkin.post_latency_p99', percentile(latencies, 0.99), 'ms', latencyExtra);

	// 8. The door under load, right after the single-phone figure so the two compare on one machine
	// state: 100 phones, 200 live screens, the chair pressing, on its own server started on an empty
	// data directory (bench/door-load.js); this run's server sits idle meanwhile.
	await doorLoadFigures({ port: port + 2, dataDir: `${dataDir}-door`, report });

	// 9. The door's QR read rate: every demo delegate's code as the giấy mời and the delegate's page
	// draw it, read by the /scan page through the fake camera (bench/qr-read.js).
	for (const f of await qrReadFigures({
		base: second.url,
		links: await delegateLinks(second.url, cookie)
	}))
		report(f.name, f.value, f.unit, f.extra);

	// 10. Units' reports: a 60-page .docx and PDF uploaded and read, memory during a 20 MB upload
	// (bench/uploads.js), and the secretariat's board with 30 units × 3 requests (bench/board.js),
	// each on its own server and data directory.
	await uploadFigures({ port: port + 3, dataDir: `${dataDir}-uploads`, report });
	await boardFigures({ port: port + 4, dataDir: `${dataDir}-board`, report });

	// 11. The minutes on the main server, whose delegates the check-in figures checked in: the draft
	// assembled from the demo's data, and the biên bản .docx (bench/minutes.js).
	await minutesFigures({ base: second.url, report });

	// 12. The archive of the demo conference on the same server, now with a biên bản, check-ins and a
	// timer log: seconds to download it and the server's peak memory meanwhile (bench/archive.js).
	await archiveFigures({ base: second.url, pid: second.pid, report });

	// 13. The kỷ yếu with 20 reports of 15 pages each, on a server and data directory of its own
	// (bench/proceedings.js): seconds to download it and the server's peak memory meanwhile.
	await proceedingsFigures({ dataDir: `${dataDir}-proceedings`, report });
} catch (error) {
	console.error(`server output:\n${second.output().slice(-4000)}`);
	throw error;
} finally {
	await second.stop();
}
for (const dir of [dataDir, `${dataDir}-uploads`, `${dataDir}-board`, `${dataDir}-proceedings`])
	rmSync(dir, { recursive: true, force: true });
