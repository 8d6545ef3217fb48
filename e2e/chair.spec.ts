// The chair's console on a 1024×768 tablet, and what it puts on the projector.
// This file closes the meeting, so it runs on a server (and a data folder) of its own.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { formatTime } from '../src/lib/domain/dates';
import { loginFromStart, ownServer } from './helpers';
import { expectAllOnScreen, PROJECTORS } from './projector';

const TABLET = { width: 1024, height: 768 };

test.describe.configure({ mode: 'serial' });
let server: Awaited<ReturnType<typeof ownServer>>;

test.beforeAll(async () => {
	server = await ownServer();
});

test.afterAll(async () => {
	await server?.stop();
});

async function signedIn(
	browser: Browser,
	username: string,
	viewport = TABLET
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL: server.url, viewport });
	const page = await context.newPage();
	await loginFromStart(page, username);
	await expect(page).not.toHaveURL(/\/login/);
	return { context, page };
}

test('between items the chair puts the programme or the hall QR on the projector; "Kết thúc hội nghị" shows the closing screen and is kept through a restart', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const { context: chairContext, page: chair } = await signedIn(browser, 'chutich');
	// The projector's computer is signed in as check-in staff, so it may show the hall's QR.
	const { context: displayContext, page: display } = await signedIn(
		browser,
		'diemdanh',
		PROJECTORS[1]
	);
	try {
		await display.goto('/display');
		await expect(display.getByTestId('display-programme')).toBeVisible();

		const item = chair
			.getByRole('listitem')
			.filter({ hasText: 'Công an xã' })
			.filter({ has: chair.getByRole('button', { name: 'Chuyển đến' }) });
		await item.getByRole('button', { name: 'Chuyển đến' }).click();
		await expect(display.getByTestId('display-presenter')).toHaveText('Công an xã');
		await chair.getByTestId('toggle').click();
		await expect(display.getByTestId('timer')).toHaveAttribute('data-running', 'true');

		// Between items: the programme, then the hall QR, then back to the item.
		const screens = chair.getByRole('group', { name: 'Màn hình chiếu' });
		await screens.getByRole('button', { name: 'Chương trình hội nghị' }).click();
		await expect(screens.getByRole('button', { name: 'Chương trình hội nghị' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(display.getByTestId('display-programme')).toBeVisible();
		await expect(display.getByTestId('timer')).toHaveCount(0);
		// Signed in, the programme screen has the hall QR beside it: both fit.
		for (const viewport of PROJECTORS) {
			await display.setViewportSize(viewport);
			await expect.poll(() => display.evaluate(() => innerWidth)).toBe(viewport.width);
			await expectAllOnScreen(display);
		}
		// The item being timed is marked in the programme.
		await expect(display.getByTestId('display-programme').locator('li.current')).toContainText(
			'Công an xã'
		);

		await screens.getByRole('button', { name: 'Mã QR điểm danh' }).click();
		await expect(display.getByTestId('display-hall')).toBeVisible();
		await expect(display.getByTestId('display-hall').locator('svg')).toBeVisible();
		await expect(display.getByTestId('display-programme')).toHaveCount(0);
		for (const viewport of PROJECTORS) {
			await display.setViewportSize(viewport);
			await expect.poll(() => display.evaluate(() => innerWidth)).toBe(viewport.width);
			await expectAllOnScreen(display);
		}

		await screens.getByRole('button', { name: 'Nội dung đang điều hành' }).click();
		await expect(display.getByTestId('display-presenter')).toHaveText('Công an xã');
		await expect(display.getByTestId('timer')).toHaveAttribute('data-running', 'true');

		// The end: asked once more, then the time stops and the projector thanks the delegates.
		await chair.getByRole('button', { name: 'Kết thúc hội nghị' }).click();
		await chair.getByRole('button', { name: 'Xác nhận kết thúc' }).click();
		const ended = chair.getByTestId('meeting-ended');
		await expect(ended).toContainText(/Hội nghị đã kết thúc lúc \d\d:\d\d/);
		const endedAt = (await ended.locator('strong').textContent())!;
		await expect(chair.getByTestId('toggle')).toBeDisabled();
		const closed = display.getByTestId('display-closed');
		await expect(closed).toContainText('Hội nghị đã kết thúc');
		await expect(closed).toContainText(`Bế mạc lúc ${endedAt}`);
		await expect(closed).toContainText('Trân trọng cảm ơn các đồng chí đại biểu');
		await expect(display.getByTestId('timer')).toHaveCount(0);

		// A restart of the server keeps the end time: the projector comes back to the closing screen.
		await server.halt();
		await expect(display.getByText('Đang kết nối lại với máy chủ…')).toBeVisible({
			timeout: 10_000
		});
		await server.resume();
		await expect(display.getByText('Đang kết nối lại với máy chủ…')).toHaveCount(0, {
			timeout: 15_000
		});
		await display.reload();
		await expect(display.getByTestId('display-closed')).toContainText(`Bế mạc lúc ${endedAt}`);
		await chair.reload();
		await expect(chair.getByTestId('meeting-ended')).toContainText(
			`Hội nghị đã kết thúc lúc ${endedAt}`
		);

		// The closing screen fits every projector.
		for (const viewport of PROJECTORS) {
			await display.setViewportSize(viewport);
			await expect.poll(() => display.evaluate(() => innerWidth)).toBe(viewport.width);
			await expectAllOnScreen(display);
		}

		// Closed by mistake: "Mở lại hội nghị" brings the console and the projector back.
		await chair.getByRole('button', { name: 'Mở lại hội nghị' }).click();
		await expect(chair.getByTestId('toggle')).toBeEnabled();
		await expect(display.getByTestId('display-presenter')).toHaveText('Công an xã');
	} finally {
		await chairContext.close();
		await displayContext.close();
	}
});

/** "Chậm 1 giờ 5 phút so với chương trình" → 65, "Sớm 3 phút …" → −3, "Đúng chương trình" → 0. */
function driftMinutes(text: string): number {
	if (/^Đúng chương trình$/.test(text)) return 0;
	const m = /^(Chậm|Sớm) (?:(\d+) giờ)? ?(?:(\d+) phút)? so với chương trình$/.exec(text);
	if (!m) throw new Error(`not a drift: ${text}`);
	const minutes = Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
	return m[1] === 'Chậm' ? minutes : -minutes;
}

test('on the tablet: attendance and quorum at the top; each item planned against actual; the drift of the programme', async ({
	browser
}) => {
	const { context, page: chair } = await signedIn(browser, 'chutich');
	try {
		await chair.goto('/chair');
		// Point 12: present/invited and the quorum are on the first screen, above the timer, without scrolling.
		const top = chair.getByTestId('chair-attendance');
		await expect(top).toBeInViewport({ ratio: 1 });
		const topBox = (await top.boundingBox())!;
		expect(topBox.y + topBox.height).toBeLessThanOrEqual(768);
		expect(topBox.y).toBeLessThan((await chair.getByTestId('timer').boundingBox())!.y);
		await expect(chair.getByTestId('chair-present')).toHaveText(/^\d+\/\d+$/);
		// The same figures as the full table further down.
		await expect(chair.getByTestId('chair-present')).toHaveText(
			(await chair.getByTestId('present-count').locator('strong').textContent())!
		);
		await expect(chair.getByTestId('chair-quorum')).toHaveText(
			(await chair.getByTestId('quorum').locator('strong').textContent())!
		);
		expect(await chair.evaluate(() => scrollY)).toBe(0);

		// Point 11: every item has its planned start and length (the demo programme starts at 08:00).
		const rows = chair.locator('ol.programme > li');
		await expect(rows.first().getByTestId('item-times')).toHaveText(/^Dự kiến 08:00 · 30 phút\s*$/);
		await expect(rows.nth(1).getByTestId('item-times')).toContainText('Dự kiến 08:30 · 5 phút');

		const item = rows.filter({ hasText: 'Phòng Kinh tế' });
		await item.getByRole('button', { name: 'Chuyển đến' }).click();
		await expect(chair.getByTestId('current-presenter')).toHaveText('Phòng Kinh tế');
		const drift = chair.getByTestId('drift');
		await expect(drift).toHaveText(/so với chương trình|Đúng chương trình/);
		const before = driftMinutes((await drift.textContent())!);
		// Five more minutes for this item: the programme ends five minutes later.
		for (let i = 0; i < 5; i++) await chair.getByRole('button', { name: '+ 1 phút' }).click();
		await expect(chair.getByTestId('timer')).toHaveText('12:00');
		await expect
			.poll(async () => driftMinutes((await drift.textContent())!) - before)
			.toBeGreaterThanOrEqual(5);
		expect(driftMinutes((await drift.textContent())!) - before).toBeLessThanOrEqual(6);

		// Once done, the item shows when it really started and how long was spoken.
		const startedAround = [formatTime(new Date()), formatTime(new Date(Date.now() + 60_000))];
		await chair.getByTestId('toggle').click();
		await expect(chair.getByTestId('timer')).toHaveText(/^11:5[0-7]$/, { timeout: 15_000 });
		await chair.getByRole('button', { name: 'Nội dung tiếp →' }).click();
		await expect(chair.getByTestId('current-presenter')).not.toHaveText('Phòng Kinh tế');
		const times = item.getByTestId('item-times');
		await expect(times).toContainText(/Thực tế \d\d:\d\d · đã nói ([3-9]|[12]\d) giây/);
		const actual = /Thực tế (\d\d:\d\d)/.exec((await times.textContent())!)![1]!;
		expect(startedAround).toContain(actual);
		const spoken = Number(/đã nói (\d+) giây/.exec((await times.textContent())!)![1]);
		expect(spoken).toBeGreaterThanOrEqual(3);
		expect(spoken).toBeLessThan(30);
	} finally {
		await context.close();
	}
});
