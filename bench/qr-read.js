// How many delegates' QR codes the door page reads, and how fast: every delegate's code drawn as the
// giấy mời (PNG in the .docx) and the delegate's page (SVG) draw it, rasterised by Chromium at a
// camera's scale (modules no longer whole pixels), played by the fake camera one after another,
// and read by the /scan page's own decoder (its `hoinghi:decoded` marks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { QR_STYLE, QR_PAPER_PIXELS } from '../src/lib/qr-style.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.js';
import { fakeCameraArgs, writeLumaSequenceY4m } from './lib/fake-camera.js';

const WIDTH = 480;
const HEIGHT = 360;
/** Frames (10 fps) each code stays in front of the camera. */
const FRAMES_EACH = 6;
/** Loops of the whole sequence: a code read in neither is not read. */
const LOOPS = 2;

/**
 * The Y plane of one camera frame showing `image` (a data: URL) as a phone sees it: `side` pixels
 * wide, centred on `surround` (paper white, or a phone screen's white card on a dark room).
 * @param {import('@playwright/test').Page} page
 */
async function rasterise(page, image, { side, card, surround }) {
	return page.evaluate(
		async ({ image, side, card, surround, width, height }) => {
			const img = new Image();
			img.src = image;
			await img.decode();
			const canvas = new OffscreenCanvas(width, height);
			const ctx = canvas.getContext('2d');
			ctx.fillStyle = surround;
			ctx.fillRect(0, 0, width, height);
			ctx.fillStyle = '#fff';
			ctx.fillRect((width - card) / 2, (height - card) / 2, card, card);
			ctx.imageSmoothingEnabled = true;
			ctx.imageSmoothingQuality = 'high';
			ctx.drawImage(img, (width - side) / 2, (height - side) / 2, side, side);
			const { data } = ctx.getImageData(0, 0, width, height);
			const luma = new Uint8Array(width * height);
			for (let i = 0; i < luma.length; i++)
				luma[i] = Math.round(
					0.299 * data[i * 4] + 0.587 * data[i * 4 + 1] + 0.114 * data[i * 4 + 2]
				);
			let binary = '';
			for (let i = 0; i < luma.length; i += 8192)
				binary += String.fromCharCode(...luma.subarray(i, i + 8192));
			return btoa(binary);
		},
		{ image, side, card, surround, width: WIDTH, height: HEIGHT }
	);
}

/** The two ways a delegate's code reaches the door, drawn with the app's own options. */
const MEDIA = {
	// The giấy mời: the PNG the .docx embeds, printed and held up; paper all around.
	paper: async (link, style) => ({
		image: `data:image/png;base64,${(await QRCode.toBuffer(link, { ...style, width: QR_PAPER_PIXELS })).toString('base64')}`,
		frame: { side: Math.round(HEIGHT * 0.62), card: WIDTH, surround: '#fff' }
	}),
	// The delegate's page: the SVG on a phone's white card, the dark room around the phone.
	screen: async (link, style) => ({
		image: `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(link, { ...style, type: 'svg' })).toString('base64')}`,
		frame: { side: Math.round(HEIGHT * 0.6), card: Math.round(HEIGHT * 0.72), surround: '#333' }
	})
};

/** Signs in as the check-in staff and opens /scan; the page's decoders report each read. */
async function openScanner(browser, base) {
	const context = await browser.newContext({
		baseURL: base,
		viewport: { width: 390, height: 844 },
		isMobile: true
	});
	// Only the reading is measured: the scans stay in this page's outbox, nobody is checked in.
	await context.route('**/api/checkins', (route) => route.abort());
	const page = await context.newPage();
	await page.goto('/login?redirect=/scan');
	await page.getByLabel('Tên đăng nhập').fill('diemdanh');
	await page.getByLabel('Mật khẩu').fill('hoinghi2026');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.waitForURL((url) => url.pathname === '/scan');
	await page.waitForFunction(
		() => performance.getEntriesByName('hoinghi:camera-started').length > 0,
		null,
		{ timeout: 30_000 }
	);
	return page;
}

function percentile(sorted, p) {
	return sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)];
}

/**
 * One fake-camera video per medium, each showing every link's code in turn (FRAMES_EACH frames
 * apiece) as that medium draws it, written into `dir`.
 * @param {{ links: string[], dir: string, style?: object, media?: (keyof typeof MEDIA)[] }} opts
 * @returns {Promise<Record<string, string>>} the .y4m file of each medium
 */
export async function qrCameraVideos({
	links,
	dir,
	style = QR_STYLE,
	media = ['paper', 'screen']
}) {
	const { chromium } = await import('@playwright/test');
	const painter = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const paint = await painter.newPage();
		/** @type {Record<string, string>} */
		const files = {};
		for (const medium of media) {
			const lumas = [];
			for (const link of links) {
				const { image, frame } = await MEDIA[medium](link, style);
				lumas.push(Buffer.from(await rasterise(paint, image, frame), 'base64'));
			}
			files[medium] = writeLumaSequenceY4m(lumas, path.join(dir, `${medium}.y4m`), {
				width: WIDTH,
				height: HEIGHT,
				framesEach: FRAMES_EACH
			});
		}
		return files;
	} finally {
		await painter.close();
	}
}

/**
 * /scan in a browser whose camera plays `video`, signed in as the check-in staff: `reads()` gives
 * each text the page's decoders reported and when (ms from the page's start), and when the camera started.
 * @param {string} base
 * @param {string} video
 */
export async function scannerWithCamera(base, video) {
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, ...fakeCameraArgs(video)]
	});
	try {
		const page = await openScanner(browser, base);
		const reads = () =>
			page.evaluate(() => ({
				started: performance.getEntriesByName('hoinghi:camera-started')[0].startTime,
				reads: performance
					.getEntriesByName('hoinghi:decoded')
					.map((m) => ({ at: m.startTime, text: /** @type {PerformanceMark} */ (m).detail }))
			}));
		return { browser, page, reads };
	} catch (err) {
		await browser.close();
		throw err;
	}
}

/**
 * Read rate over `links` for each medium: `{ name, value, unit, extra }` figures (bench/run.js
 * prints them with its report()). `style` defaults to the app's (src/lib/qr-style.js).
 * @param {{ base: string, links: string[], style?: object, media?: (keyof typeof MEDIA)[] }} opts
 */
export async function qrReadFigures({
	base,
	links,
	style = QR_STYLE,
	media = ['paper', 'screen']
}) {
	const videos = mkdtempSync(path.join(tmpdir(), 'hoinghi-qr-read-'));
	const figures = [];
	try {
		const files = await qrCameraVideos({ links, dir: videos, style, media });
		for (const medium of media) {
			const { browser, page, reads: readsSoFar } = await scannerWithCamera(base, files[medium]);
			try {
				// Every code is shown LOOPS times over; the rate is what the page read in that time.
				const loopMs = links.length * FRAMES_EACH * 100;
				await page.waitForTimeout(LOOPS * loopMs + 1000);
				const { started, reads } = await readsSoFar();
				const firstRead = new Map();
				for (const r of reads) if (!firstRead.has(r.text)) firstRead.set(r.text, r.at);
				const missed = links.filter((l) => !firstRead.has(l));
				// The camera plays from its start: code i is in front of it from i × slot (mod one loop).
				const delays = [];
				links.forEach((link, i) => {
					const at = firstRead.get(link);
					if (at === undefined) return;
					const shown = (at - started) % loopMs;
					delays.push(Math.max(0, shown - i * FRAMES_EACH * 100));
				});
				delays.sort((a, b) => a - b);
				const extra = {
					medium,
					read: firstRead.size,
					shown: links.length,
					missed: missed.map((l) => l.slice(-26)),
					style,
					note: `fake camera ${WIDTH}×${HEIGHT}, ${FRAMES_EACH / 10} s per code, ${LOOPS} loops`
				};
				figures.push({
					name: `qr.read_rate_${medium}`,
					value: (100 * links.filter((l) => firstRead.has(l)).length) / links.length,
					unit: '%',
					extra
				});
				figures.push({
					name: `qr.time_to_read_${medium}_p50`,
					value: percentile(delays, 0.5),
					unit: 'ms',
					extra: { medium, samples: delays.length }
				});
				figures.push({
					name: `qr.time_to_read_${medium}_max`,
					value: delays[delays.length - 1] ?? NaN,
					unit: 'ms',
					extra: { medium, samples: delays.length }
				});
			} finally {
				await browser.close();
			}
		}
	} finally {
		rmSync(videos, { recursive: true, force: true });
	}
	return figures;
}
