import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	chromium,
	expect,
	test,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { deriveHallCode, hallWindow } from '../src/lib/domain/hall-code';
import { formatTime } from '../src/lib/domain/dates';
import { deriveInviteToken, inviteTokenHash } from '../src/lib/domain/invite-token';
import { fakeCameraArgs, writeBlankY4m, writeQrSequenceY4m, writeQrY4m } from './fake-camera';
import { loginFromStart } from './helpers';
import { CHROMIUM_ARGS, E2E_BASE_URL } from '../playwright.config';
import { TEST_SECRET } from '../tests/secret.js';
import type { RosterEntry } from '../src/lib/domain/scan';

const BASE = E2E_BASE_URL;
const PHONE = {
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	baseURL: BASE,
	locale: 'vi-VN',
	timezoneId: 'Asia/Ho_Chi_Minh'
};
const secret = new TextEncoder().encode(TEST_SECRET);
const videos = mkdtempSync(path.join(tmpdir(), 'hoinghi-camera-'));

/** A browser whose camera plays `video`: one per video, as Chromium reads the file at launch. */
function browserWithCamera(video: string): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [...CHROMIUM_ARGS, ...fakeCameraArgs(video)]
	});
}

async function scannerPage(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ ...PHONE, ...options });
	const page = await context.newPage();
	await loginFromStart(page, 'diemdanh');
	await expect(page).toHaveURL(/\/scan$/);
	await expect(page.getByTestId('sync-status')).toContainText('chờ gửi');
	return { context, page };
}

async function roster(page: Page): Promise<{ conferenceId: number; delegates: RosterEntry[] }> {
	const res = await page.request.get('/api/roster');
	expect(res.status()).toBe(200);
	return res.json();
}

const linkOf = (d: { id: number }) => `${BASE}/d/${deriveInviteToken(secret, d.id, 1)}`;

/** Delegates nobody has checked in yet, taken from the end of the list so other specs' picks stay apart. */
async function freshDelegates(page: Page, n: number, skip = 0): Promise<RosterEntry[]> {
	const { delegates } = await roster(page);
	// Only delegates whose first link is still valid (another spec revokes one).
	const free = delegates
		.filter(
			(d) =>
				d.firstAt == null &&
				!d.isWalkIn &&
				d.tokenHash === inviteTokenHash(deriveInviteToken(secret, d.id, 1))
		)
		.sort((a, b) => b.id - a.id);
	return free.slice(skip, skip + n);
}

test('the door scanner: green with the name, yellow for the same QR again, red for a foreign QR', async () => {
	const setup = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const staff = await scannerPage(setup);
	const [delegate] = await freshDelegates(staff.page, 1, 0);
	const checkedInBefore = (await roster(staff.page)).delegates
		.filter((d) => d.firstAt != null)
		.map((d) => d.id);
	await setup.close();

	const video = writeQrY4m(linkOf(delegate!), path.join(videos, 'delegate.y4m'));
	const browser = await browserWithCamera(video);
	try {
		const { page } = await scannerPage(browser);
		const verdict = page.locator('[data-verdict]');
		await expect(verdict).toHaveAttribute('data-verdict', 'admit', { timeout: 15_000 });
		await expect(verdict).toContainText('Mời đại biểu vào');
		await expect(verdict).toContainText(delegate!.fullName);
		// Held in front of the camera, the same code is one check-in, not many: the decoders read it
		// again and again (every read leaves a `hoinghi:decoded` mark, src/routes/scan/Camera.svelte).
		const reads = () =>
			page.evaluate(
				(text) =>
					performance
						.getEntriesByName('hoinghi:decoded')
						.filter((m) => (m as PerformanceMark).detail === text).length,
				linkOf(delegate!)
			);
		const readsAtVerdict = await reads();
		await expect
			.poll(reads, { message: 'the code read five more times' })
			.toBeGreaterThanOrEqual(readsAtVerdict + 5);
		await expect(page.getByTestId('sync-status')).toContainText('0 chờ gửi');
		await page.getByRole('tab', { name: 'Vừa điểm danh' }).click();
		await expect(page.getByRole('listitem').filter({ hasText: delegate!.fullName })).toHaveCount(1);
		// And the server stored one: exactly this delegate joined the checked-in, nobody else.
		const checkedInNow = (await roster(page)).delegates
			.filter((d) => d.firstAt != null)
			.map((d) => d.id);
		expect(checkedInNow.sort((x, y) => x - y)).toEqual(
			[...checkedInBefore, delegate!.id].sort((x, y) => x - y)
		);

		// The same giấy mời shown again (after a reload): yellow, with the first time.
		await page.reload();
		await expect(verdict).toHaveAttribute('data-verdict', 'repeat', { timeout: 15_000 });
		await expect(verdict).toContainText(/Đã điểm danh lúc \d\d:\d\d/);
		await expect(verdict).toContainText(delegate!.fullName);
		await expect(verdict).toContainText('Tại máy này');
		const after = await roster(page);
		expect(after.delegates.find((d) => d.id === delegate!.id)?.firstAt).not.toBeNull();
	} finally {
		await browser.close();
	}

	const foreign = await browserWithCamera(
		writeQrY4m('https://zalo.me/g/hoinghi-xa-binh-thanh', path.join(videos, 'foreign.y4m'))
	);
	try {
		const { page } = await scannerPage(foreign);
		const verdict = page.locator('[data-verdict]');
		await expect(verdict).toHaveAttribute('data-verdict', 'reject', { timeout: 15_000 });
		await expect(verdict).toContainText('Không phải mã giấy mời của hội nghị');
	} finally {
		await foreign.close();
	}
});

test('offline at the door: three scans survive a reload and reach the server exactly once', async () => {
	const setup = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const staff = await scannerPage(setup);
	const three = await freshDelegates(staff.page, 3, 5);
	const before = (await roster(staff.page)).delegates.filter((d) => d.firstAt != null).length;
	await setup.close();

	// Grey for the first seconds: time to go offline before the first giấy mời is shown.
	const video = writeQrSequenceY4m(three.map(linkOf), path.join(videos, 'three.y4m'), {
		framesEach: 15,
		blankFirst: 2,
		moduleSize: 9
	});
	const browser = await browserWithCamera(video);
	try {
		const { context, page } = await scannerPage(browser, { serviceWorkers: 'allow' });
		// The scanner keeps its own page for offline use once the worker runs.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await expect
			.poll(
				() => page.evaluate(async () => Boolean(await (await caches.open('pages')).match('/scan'))),
				{ timeout: 10_000 }
			)
			.toBe(true);
		await context.setOffline(true);
		// The page itself now comes from the service worker; the camera starts again from grey.
		await page.reload();
		const status = page.getByTestId('sync-status');
		await expect(page.getByRole('status').filter({ hasText: 'Ngoại tuyến' })).toBeVisible();
		await page.getByRole('tab', { name: 'Vừa điểm danh' }).click();
		const recent = page.getByRole('listitem');
		for (const d of three)
			await expect(recent.filter({ hasText: d.fullName })).toBeVisible({ timeout: 20_000 });
		await expect(status).toContainText(/^[3-9] chờ gửi/);

		// Closing or reloading the page loses nothing.
		await page.reload();
		await expect(status).toContainText(/^[3-9] chờ gửi/);
		await context.setOffline(false);
		await expect(status).toContainText('0 chờ gửi', { timeout: 20_000 });
		await expect(status).toContainText(/đồng bộ lúc \d\d:\d\d/);

		const now = await roster(page);
		const present = now.delegates.filter((d) => d.firstAt != null);
		expect(present.length - before).toBe(3);
		for (const d of three) expect(present.map((p) => p.id)).toContain(d.id);
	} finally {
		await browser.close();
	}
});

/** Names this scanner once, as its staff would: the name then stands for it on every screen. */
async function nameScanner(page: Page, name: string) {
	await page.getByRole('textbox', { name: 'Tên máy' }).fill(name);
	await page.getByRole('button', { name: 'Lưu tên máy' }).click();
	await expect(page.getByTestId('form-result')).toHaveText(
		`Đã đặt tên máy: ${name}. Các máy khác và bảng điểm danh sẽ hiện tên này.`
	);
	await expect(page.getByTestId('device-name')).toHaveText(name);
}

test('two scanners: a check-in on one turns yellow on the other within moments', async () => {
	const blank = writeBlankY4m(path.join(videos, 'blank.y4m'));
	const first = await browserWithCamera(blank);
	const second = await browserWithCamera(blank);
	try {
		const a = await scannerPage(first);
		const b = await scannerPage(second);
		const [delegate] = await freshDelegates(a.page, 1, 10);
		const name = delegate!.fullName;

		// Scanner B looks the delegate up: not yet arrived.
		await b.page.getByLabel('Tìm đại biểu').fill(name);
		const row = b.page.getByRole('button', { name: new RegExp(name) });
		await expect(row).toBeVisible();
		await expect(row).not.toContainText('Đã đến');

		// Scanner A checks the delegate in by name.
		await a.page.getByLabel('Tìm đại biểu').fill(name);
		await a.page.getByRole('button', { name: new RegExp(name) }).click();
		await a.page.getByRole('button', { name: 'Xác nhận điểm danh' }).click();
		await expect(a.page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'admit');

		// B learns of it without a reload, and its own attempt is yellow.
		await expect(row).toContainText('Đã đến', { timeout: 3000 });
		await row.click();
		await b.page.getByRole('button', { name: 'Xác nhận điểm danh' }).click();
		await expect(b.page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'repeat');
		await expect(b.page.locator('[data-verdict]')).toContainText(/Đã điểm danh lúc \d\d:\d\d/);
	} finally {
		await first.close();
		await second.close();
	}
});

test('a scanner is named once; a yellow verdict names the device the first check-in was made on', async () => {
	const browser = await browserWithCamera(writeBlankY4m(path.join(videos, 'blank-names.y4m')));
	try {
		const door = await scannerPage(browser);
		// Another phone at the main door, named by its staff (the same action its page posts).
		const named = await door.page.request.post('/scan?/nameDevice', {
			headers: { origin: BASE, accept: 'application/json', 'x-sveltekit-action': 'true' },
			form: { deviceId: 'cua-chinh-e2e', name: 'Cửa chính – Lan' }
		});
		expect(named.status()).toBe(200);
		const [delegate] = await freshDelegates(door.page, 1, 12);
		const res = await door.page.request.post('/api/checkins', {
			headers: { origin: BASE },
			data: {
				checkins: [
					{
						id: `e2e-named-${Date.now().toString(36)}`,
						delegateId: delegate!.id,
						scannedAt: new Date().toISOString(),
						deviceId: 'cua-chinh-e2e',
						method: 'manual'
					}
				]
			}
		});
		expect(res.status()).toBe(200);

		// This phone: still unnamed, it says so; named, it says its name.
		await expect(door.page.getByRole('region', { name: 'Tên máy này' })).toContainText(
			'Máy này chưa có tên'
		);
		await nameScanner(door.page, 'Cửa phụ – Minh');
		// An empty name is refused in Vietnamese, and the name stays.
		await door.page.getByRole('textbox', { name: 'Tên máy' }).fill('');
		await door.page.getByRole('button', { name: 'Lưu tên máy' }).click();
		await expect(door.page.getByRole('textbox', { name: 'Tên máy' })).toHaveJSProperty(
			'validationMessage',
			'Vui lòng nhập thông tin vào ô này.'
		);
		await expect(door.page.getByTestId('device-name')).toHaveText('Cửa phụ – Minh');

		// The delegate checked in at the main door is yellow here, with that door's name.
		await door.page.getByLabel('Tìm đại biểu').fill(delegate!.fullName);
		const row = door.page.getByRole('button', { name: new RegExp(delegate!.fullName) });
		await expect(row).toContainText('Đã đến', { timeout: 10_000 });
		await row.click();
		await door.page.getByRole('button', { name: 'Xác nhận điểm danh' }).click();
		await expect(door.page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'repeat');
		await expect(door.page.getByTestId('where')).toHaveText('Tại máy Cửa chính – Lan');
	} finally {
		await browser.close();
	}
});

test('self check-in with the hall QR: green for the current code, refused when expired or without a giấy mời', async ({
	browser
}) => {
	const staffContext = await browser.newContext({ baseURL: BASE });
	const staff = await staffContext.newPage();
	await loginFromStart(staff, 'diemdanh');
	await expect(staff).toHaveURL(/\/scan$/);
	const { conferenceId } = await roster(staff);
	const [delegate] = await freshDelegates(staff, 1, 15);
	await staff.goto('/display/hall');
	await expect(staff.getByRole('heading', { name: 'Quét để điểm danh' })).toBeVisible();
	const code = await staff.locator('[data-code]').getAttribute('data-code');
	expect(code).toMatch(/^[a-z2-7]{10}$/);

	// A phone that never opened a giấy mời is sent to it first.
	const stranger = await browser.newContext(PHONE);
	const strangerPage = await stranger.newPage();
	const refused = await strangerPage.goto(`/c/${code}`);
	expect(refused?.status()).toBe(401);
	await expect(strangerPage.getByRole('heading')).toContainText('chưa mở giấy mời');

	const phone = await browser.newContext(PHONE);
	const page = await phone.newPage();
	await page.goto(new URL(linkOf(delegate!)).pathname);
	await expect(page.getByText(delegate!.fullName).first()).toBeVisible();
	const response = await page.goto(`/c/${code}`);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { name: 'Điểm danh thành công' })).toBeVisible();
	await expect(page.getByText(delegate!.fullName)).toBeVisible();

	// A photo of the screen from a minute ago no longer works.
	const old = deriveHallCode(secret, conferenceId, hallWindow(Date.now()) - 2);
	const expired = await page.goto(`/c/${old}`);
	expect(expired?.status()).toBe(410);
	await expect(page.getByRole('heading')).toHaveText(
		'Mã đã hết hạn, vui lòng quét lại mã trên màn hình'
	);

	const after = await roster(staff);
	expect(after.delegates.find((d) => d.id === delegate!.id)?.firstAt).not.toBeNull();
	await staffContext.close();
	await stranger.close();
	await phone.close();
});

test('the board follows the door live: a walk-in appears marked, an undo takes the arrival back, the danh sách downloads', async ({
	browser
}) => {
	const office = await browser.newContext({ baseURL: BASE });
	const board = await office.newPage();
	await loginFromStart(board, 'thuky');
	await expect(board).toHaveURL(/\/admin$/);
	await board.goto('/admin/attendance');
	await expect(board.getByRole('status').filter({ hasText: 'Trực tiếp' })).toBeVisible();
	const present = board.getByTestId('present-count');
	const before = Number((await present.locator('strong').textContent())!.split('/')[0]);

	const door = await browserWithCamera(writeBlankY4m(path.join(videos, 'blank-board.y4m')));
	try {
		const { page } = await scannerPage(door);
		await page.getByRole('tab', { name: 'Khách ngoài danh sách' }).click();
		await page.getByRole('button', { name: 'Thêm và điểm danh' }).click();
		await expect(page.getByRole('alert')).toContainText('Vui lòng nhập họ và tên');
		await page.getByLabel('Họ và tên').fill('Đỗ Văn Phóng Viên');
		await page.getByLabel('Chức vụ, đơn vị').fill('Báo Thái Nguyên');
		// A walk-in need not be filed under a group: the door rarely knows it.
		await expect(page.getByLabel('Thành phần (nếu biết)')).toHaveValue('');
		await page.getByRole('button', { name: 'Thêm và điểm danh' }).click();
		await expect(page.locator('[data-verdict]')).toContainText('Đỗ Văn Phóng Viên');
		await expect(board.getByTestId('walk-ins')).toContainText('Đỗ Văn Phóng Viên', {
			timeout: 5000
		});
		await expect(board.getByTestId('walk-ins')).toContainText('Ngoài danh sách');
		await nameScanner(page, 'Cửa phụ – Minh');

		// A delegate checked in by name, then undone with a reason: the board goes up, then back.
		const [delegate] = await freshDelegates(page, 1, 20);
		await page.getByRole('tab', { name: 'Tìm theo tên' }).click();
		await page.getByLabel('Tìm đại biểu').fill(delegate!.fullName);
		await page.getByRole('button', { name: new RegExp(delegate!.fullName) }).click();
		await page.getByRole('button', { name: 'Xác nhận điểm danh' }).click();
		await expect(present.locator('strong')).toHaveText(new RegExp(`^${before + 1}/`), {
			timeout: 5000
		});
		await expect(page.getByTestId('sync-status')).toContainText('0 chờ gửi');
		await expect(
			board
				.getByTestId('present')
				.getByRole('listitem')
				.filter({ hasText: delegate!.fullName })
				.getByTestId('device')
		).toHaveText('Máy Cửa phụ – Minh');

		await page.getByRole('tab', { name: 'Vừa điểm danh' }).click();
		await page
			.getByRole('listitem')
			.filter({ hasText: delegate!.fullName })
			.getByRole('button', { name: 'Hủy' })
			.click();
		await page.getByLabel(/Lý do hủy điểm danh/).fill('Quét nhầm người');
		await page.getByRole('button', { name: 'Hủy điểm danh' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Đã hủy điểm danh' })).toContainText(
			delegate!.fullName
		);
		await expect(present.locator('strong')).toHaveText(new RegExp(`^${before}/`), {
			timeout: 5000
		});
	} finally {
		await door.close();
	}

	const docx = await board.request.get('/admin/attendance/danh-sach.docx');
	expect(docx.status()).toBe(200);
	expect(docx.headers()['content-disposition']).toContain("filename*=UTF-8''Danh%20s%C3%A1ch");
	const xlsx = await board.request.get('/admin/attendance/danh-sach.xlsx');
	expect(xlsx.status()).toBe(200);
	await office.close();
});

/** Every verdict the page shows, in order, recorded in the page as it changes. */
async function recordVerdicts(context: BrowserContext) {
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __verdicts: string[] }).__verdicts = seen;
		new MutationObserver(() => {
			const now = document.querySelector<HTMLElement>('[data-verdict]')?.dataset.verdict;
			if (now && seen[seen.length - 1] !== now) seen.push(now);
		}).observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-verdict']
		});
	});
}
const verdictsOf = (page: Page) =>
	page.evaluate(() => (window as unknown as { __verdicts: string[] }).__verdicts);

/** Holds the requests to `pattern` until the returned function is called. */
async function holdRequests(context: BrowserContext, pattern: string): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await context.route(pattern, async (route) => {
		await gate;
		await route.continue().catch(() => {});
	});
	return release;
}

async function postWalkIn(page: Page, fullName: string, groupId: number): Promise<number> {
	const id = `e2e-walkin-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
	const res = await page.request.post('/api/checkins', {
		headers: { origin: BASE },
		data: {
			checkins: [
				{
					id,
					walkIn: { fullName, position: 'Khách mời', groupId },
					scannedAt: new Date().toISOString(),
					deviceId: 'cua-phu-e2e',
					method: 'walk-in'
				}
			]
		}
	});
	expect(res.status()).toBe(200);
	const [result] = (await res.json()).results;
	expect(result.status).toBe('checked_in');
	return result.delegateId;
}

test('a giấy mời read before the roster arrives is never red: the server settles it, the name follows with the roster', async () => {
	const setup = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const staff = await scannerPage(setup);
	const [delegate] = await freshDelegates(staff.page, 1, 25);
	await setup.close();

	// Grey for 3 s, then the giấy mời for 3 s, looping: the code comes back within the repeat window.
	const video = writeQrSequenceY4m([linkOf(delegate!)], path.join(videos, 'early.y4m'), {
		framesEach: 30,
		blankFirst: 1
	});
	const browser = await browserWithCamera(video);
	try {
		// A new phone on slow Wi-Fi: no roster on the device, and the roster and the answers are late.
		const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
		await recordVerdicts(context);
		const page = await context.newPage();
		const releaseRoster = await holdRequests(context, '**/api/roster');
		const releaseCheckins = await holdRequests(context, '**/api/checkins');
		await loginFromStart(page, 'diemdanh');
		await expect(page).toHaveURL(/\/scan$/);
		await expect(page.getByText('Đang tải danh sách đại biểu…')).toBeVisible();

		const verdict = page.locator('[data-verdict]');
		await expect(verdict).toHaveAttribute('data-verdict', 'check', { timeout: 15_000 });
		await expect(verdict).toContainText('Đang kiểm tra…');
		await expect(page.getByTestId('sync-status')).toContainText('1 chờ gửi');

		// The server answers: green, then the delegate's name once the roster is in.
		releaseCheckins();
		await expect(verdict).toHaveAttribute('data-verdict', 'admit', { timeout: 15_000 });
		await expect(verdict).toContainText('Mời đại biểu vào');
		releaseRoster();
		await expect(verdict).toContainText(delegate!.fullName, { timeout: 15_000 });
		await expect(page.getByTestId('sync-status')).toContainText('0 chờ gửi');
		expect(await verdictsOf(page)).toEqual(['check', 'admit']);

		const after = await roster(page);
		expect(after.delegates.find((d) => d.id === delegate!.id)?.firstAt).not.toBeNull();
	} finally {
		await browser.close();
	}
});

test('a red code is judged again once the roster changes, while it is still held up', async () => {
	const setup = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const staff = await scannerPage(setup);
	const { delegates } = await roster(staff.page);
	const groupId = (
		(await (await staff.page.request.get('/api/roster')).json()) as { groups: { id: number }[] }
	).groups[0]!.id;
	// The giấy mời of the delegate the office will add next (ids are given in order).
	const last = await postWalkIn(staff.page, 'Lê Thị Khách Trước', groupId);
	expect(last).toBeGreaterThan(Math.max(...delegates.map((d) => d.id)));
	const nextLink = `${BASE}/d/${deriveInviteToken(secret, last + 1, 1)}`;

	const browser = await browserWithCamera(writeQrY4m(nextLink, path.join(videos, 'not-yet.y4m')));
	try {
		const { page } = await scannerPage(browser);
		const verdict = page.locator('[data-verdict]');
		// Not a delegate yet: the server says so.
		await expect(verdict).toHaveAttribute('data-verdict', 'reject', { timeout: 15_000 });
		await expect(verdict).toContainText('Mã không có trong danh sách đại biểu');

		// Another door adds the person; the code still held in front of the camera turns yellow.
		expect(await postWalkIn(staff.page, 'Trần Văn Khách Sau', groupId)).toBe(last + 1);
		await expect(verdict).toHaveAttribute('data-verdict', 'repeat', { timeout: 15_000 });
		await expect(verdict).toContainText('Trần Văn Khách Sau');
		await expect(verdict).toContainText(/Đã điểm danh lúc \d\d:\d\d/);
	} finally {
		await browser.close();
		await setup.close();
	}
});

/** Android's text size setting: the root font grows, every rem with it. */
async function largerText(context: BrowserContext) {
	await context.addInitScript(() =>
		document.addEventListener(
			'DOMContentLoaded',
			() => (document.documentElement.style.fontSize = '130%')
		)
	);
}

async function expectVerdictInView(page: Page, kind: string) {
	const verdict = page.locator(`[data-verdict="${kind}"]`);
	await expect(verdict).toBeVisible({ timeout: 15_000 });
	const box = (await verdict.boundingBox())!;
	const viewport = page.viewportSize()!;
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
	expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
	// The name stands out: larger than the text around it.
	if (kind !== 'reject') {
		const [name, body] = await verdict
			.locator('.name')
			.evaluate((el) => [
				parseFloat(getComputedStyle(el).fontSize),
				parseFloat(getComputedStyle(document.body).fontSize)
			]);
		expect(name).toBeGreaterThanOrEqual(1.5 * body!);
	}
}

const SIZES = [
	{ name: '360×680', viewport: { width: 360, height: 680 }, large: false },
	{ name: '320×568', viewport: { width: 320, height: 568 }, large: false },
	{ name: '680×360 landscape', viewport: { width: 680, height: 360 }, large: false },
	{ name: '360×680 at 130 % text', viewport: { width: 360, height: 680 }, large: true },
	{ name: '320×568 at 130 % text', viewport: { width: 320, height: 568 }, large: true },
	{ name: '680×360 landscape at 130 % text', viewport: { width: 680, height: 360 }, large: true }
];

test('the verdict is in sight without scrolling on phones from 320 px wide, portrait and landscape, at 130 % text', async () => {
	const setup = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const staff = await scannerPage(setup);
	const [delegate] = await freshDelegates(staff.page, 1, 30);
	await setup.close();

	const browser = await browserWithCamera(
		writeQrY4m(linkOf(delegate!), path.join(videos, 'sizes.y4m'))
	);
	try {
		for (const [i, size] of SIZES.entries()) {
			await test.step(size.name, async () => {
				const context = await browser.newContext({ ...PHONE, viewport: size.viewport });
				if (size.large) await largerText(context);
				const page = await context.newPage();
				await loginFromStart(page, 'diemdanh');
				await expect(page).toHaveURL(/\/scan$/);
				if (size.large)
					expect(
						await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
					).toBe('20.8px');
				// Green on the first phone, yellow (the longest verdict) on every other.
				await expectVerdictInView(page, i === 0 ? 'admit' : 'repeat');
				await expect(page.locator('[data-verdict]')).toContainText(delegate!.fullName);
				await context.close();
			});
		}
	} finally {
		await browser.close();
	}

	const foreign = await browserWithCamera(
		writeQrY4m('https://zalo.me/g/hoinghi-xa-binh-thanh', path.join(videos, 'foreign-small.y4m'))
	);
	try {
		for (const size of [SIZES[4]!, SIZES[5]!]) {
			const context = await foreign.newContext({ ...PHONE, viewport: size.viewport });
			await largerText(context);
			const page = await context.newPage();
			await loginFromStart(page, 'diemdanh');
			await expectVerdictInView(page, 'reject');
			await context.close();
		}
	} finally {
		await foreign.close();
	}
});

test('manual search: the box rises to the top of the screen, and each result says who is already in', async () => {
	const browser = await browserWithCamera(writeBlankY4m(path.join(videos, 'blank-search.y4m')));
	try {
		const context = await browser.newContext({ ...PHONE, viewport: { width: 360, height: 680 } });
		const page = await context.newPage();
		await loginFromStart(page, 'diemdanh');
		await expect(page).toHaveURL(/\/scan$/);
		await expect(page.getByTestId('arrived')).toBeVisible();
		const [arrived, expected] = await freshDelegates(page, 2, 35);

		// One came in at another door an hour ago.
		const firstAt = new Date(Date.now() - 3_600_000);
		const res = await page.request.post('/api/checkins', {
			headers: { origin: BASE },
			data: {
				checkins: [
					{
						id: `e2e-search-${Date.now().toString(36)}`,
						delegateId: arrived!.id,
						scannedAt: firstAt.toISOString(),
						deviceId: 'cua-phu',
						method: 'manual'
					}
				]
			}
		});
		expect(res.status()).toBe(200);
		await page.reload();
		await expect(page.getByTestId('arrived')).toBeVisible();

		// The box goes to the top, where the phone's keyboard does not cover it or its results.
		const box = page.getByLabel('Tìm đại biểu');
		await box.focus();
		await expect
			.poll(async () => (await box.boundingBox())!.y, { timeout: 5000 })
			.toBeLessThan(680 * 0.35);

		const row = (name: string) => page.getByRole('button', { name: new RegExp(name) });
		await box.fill(arrived!.fullName);
		await expect(row(arrived!.fullName)).toContainText(`Đã đến ${formatTime(firstAt)}`);
		await box.fill(expected!.fullName);
		await expect(row(expected!.fullName)).toBeVisible();
		await expect(row(expected!.fullName)).not.toContainText(/Đã đến|Vắng có lý do/);
		expect((await row(expected!.fullName).boundingBox())!.y).toBeLessThan(680 * 0.5);

		// Checked in by name: the verdict is back in sight.
		await row(expected!.fullName).click();
		await page.getByRole('button', { name: 'Xác nhận điểm danh' }).click();
		await expectVerdictInView(page, 'admit');
		await expect(page.locator('[data-verdict]')).toContainText(expected!.fullName);
	} finally {
		await browser.close();
	}
});
