import { expect, test, type Page } from '@playwright/test';
import { deriveInviteToken } from '../src/lib/domain/invite-token';
import { TEST_SECRET } from '../tests/secret.js';
import { formatDateTime } from '../src/lib/domain/dates';
import { conferenceTimes, loginFromStart, ownServer, setConferenceTimes } from './helpers';

const secret = new TextEncoder().encode(TEST_SECRET);

/** The time a screen shows now, from its last redraw: what the eye sees at this instant. */
function remainingNow(page: Page): Promise<number> {
	return page.evaluate(() => {
		const el = document.querySelector<HTMLElement>('[data-testid="timer"]')!;
		return Number(el.dataset.remainingMs) - (Date.now() - Number(el.dataset.drawnAt));
	});
}

/** Largest difference between two screens over a few readings taken at the same instant. */
async function skew(a: Page, b: Page, readings = 5): Promise<number> {
	let worst = 0;
	for (let i = 0; i < readings; i++) {
		const [ra, rb] = await Promise.all([remainingNow(a), remainingNow(b)]);
		worst = Math.max(worst, Math.abs(ra - rb));
		// The next reading on the next frame the screen paints.
		await a.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	}
	return worst;
}

test('the chair times a tham luận: the projector shows the same time, through a reload, a pause and overtime', async ({
	browser
}) => {
	const chairContext = await browser.newContext();
	const displayContext = await browser.newContext();
	// The projector's own clock is 3 minutes fast: it must still show the server's time.
	await displayContext.clock.install({ time: Date.now() + 3 * 60_000 });
	try {
		const chair = await chairContext.newPage();
		await loginFromStart(chair, 'chutich');
		await expect(chair).toHaveURL(/\/chair$/);
		const display = await displayContext.newPage();
		await display.goto('/display');
		expect((await display.evaluate(() => Date.now())) - Date.now()).toBeGreaterThan(170_000);

		// The chair opens the Phòng Kinh tế tham luận and starts its 7 minutes.
		const item = chair
			.getByRole('listitem')
			.filter({ hasText: 'Phòng Kinh tế' })
			.filter({ has: chair.getByRole('button', { name: 'Chuyển đến' }) });
		await item.getByRole('button', { name: 'Chuyển đến' }).click();
		await expect(chair.getByTestId('current-presenter')).toHaveText('Phòng Kinh tế');
		await expect(chair.getByTestId('current-title')).toHaveText(/^Quản lý đất đai/);
		await expect(chair.getByTestId('timer')).toHaveText('07:00');
		await chair.getByTestId('toggle').click();
		await expect(chair.getByTestId('toggle')).toHaveText('Tạm dừng');

		const timer = display.getByTestId('timer');
		await expect(display.getByTestId('display-presenter')).toContainText('Phòng Kinh tế');
		await expect(timer).toHaveAttribute('data-running', 'true');
		await expect(timer).toHaveAttribute('data-phase', 'green');
		await expect(timer).toHaveText(/^0[67]:\d\d$/);
		await expect(timer).toHaveAttribute('data-clock-measured', 'true');
		expect(await skew(chair, display)).toBeLessThan(250);

		// F5 on the projector: the running timer comes back by itself, and once its clock is measured
		// again (until then it runs on the time the page came with) it agrees with the chair's.
		await display.reload();
		await expect(timer).toHaveAttribute('data-running', 'true');
		await expect(timer).toHaveText(/^0[67]:\d\d$/);
		await expect(timer).toHaveAttribute('data-clock-measured', 'true');
		expect(await skew(chair, display)).toBeLessThan(250);

		// A message from the chair appears on the projector until cleared.
		await chair.getByRole('button', { name: 'Còn 1 phút' }).click();
		await expect(display.getByTestId('display-message')).toHaveText('Còn 1 phút');
		await chair.getByRole('button', { name: 'Xóa lời nhắn' }).click();
		await expect(display.getByTestId('display-message')).toHaveCount(0);

		// Space pauses: the projector freezes.
		await chair.locator('body').press('Space');
		await expect(timer).toHaveAttribute('data-running', 'false');
		const frozen = await timer.textContent();
		// Once a running timer would have shown the next second on the projector's clock, it has not.
		const pausedAt = await display.evaluate(() => Date.now());
		await expect
			.poll(() => display.evaluate(() => Date.now()), { intervals: [250] })
			.toBeGreaterThan(pausedAt + 1000);
		await expect(timer).toHaveText(frozen!);
		await expect(chair.getByTestId('timer')).toHaveText(frozen!);

		// Seven minutes taken off with the − key: resumed, the time is over and counts up in red.
		for (let i = 0; i < 7; i++) await chair.locator('body').press('-');
		await expect(chair.getByTestId('timer')).toHaveText(/^\+00:\d\d$/);
		await chair.getByTestId('toggle').click();
		await expect(timer).toHaveText(/^\+00:\d\d$/);
		await expect(timer).toHaveAttribute('data-phase', 'red');
		await expect(timer).toHaveCSS('background-color', 'rgb(185, 28, 28)');
		expect(await skew(chair, display)).toBeLessThan(250);

		// → moves to the next item on both screens; a new item waits at its full time.
		const before = await display.getByTestId('display-title').textContent();
		await chair.locator('body').press('ArrowRight');
		await expect(display.getByTestId('display-title')).not.toHaveText(before!);
		await expect(timer).toHaveAttribute('data-running', 'false');
		await expect(timer).toHaveText('07:00');
	} finally {
		await chairContext.close();
		await displayContext.close();
	}
});

test('a delegate’s phone follows the live timer and keeps the last state when the Wi-Fi drops', async ({
	browser
}) => {
	const chairContext = await browser.newContext();
	const phoneContext = await browser.newContext({
		viewport: { width: 360, height: 740 },
		serviceWorkers: 'allow'
	});
	// The meeting is on now (the demo's date is long past): the delegate page shows the live item first.
	const office = await (await browser.newContext()).newPage();
	await loginFromStart(office, 'thuky');
	await expect(office).toHaveURL(/\/admin$/);
	const planned = await conferenceTimes(office);
	await setConferenceTimes(
		office,
		formatDateTime(new Date(Date.now() - 30 * 60_000)),
		formatDateTime(new Date(Date.now() + 3 * 3_600_000))
	);
	try {
		const chair = await chairContext.newPage();
		await loginFromStart(chair, 'chutich');
		await expect(chair).toHaveURL(/\/chair$/);
		const phone = await phoneContext.newPage();
		await phone.goto(`/d/${deriveInviteToken(secret, 12, 1)}`);
		// The service worker keeps this page as it is now, before the chair opens any item.
		await phone.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await phone.reload();
		const now = phone.getByTestId('delegate-now');

		const item = chair
			.getByRole('listitem')
			.filter({ hasText: 'Công an xã' })
			.filter({ has: chair.getByRole('button', { name: 'Chuyển đến' }) });
		await item.getByRole('button', { name: 'Chuyển đến' }).click();
		await expect(now).toContainText('Công an xã');
		await chair.getByTestId('toggle').click();
		await expect(now.getByTestId('timer')).toHaveAttribute('data-running', 'true');
		expect(await skew(chair, phone)).toBeLessThan(250);

		await phoneContext.setOffline(true);
		await expect(now).toContainText('Mất kết nối', { timeout: 10_000 });
		await expect(now).toContainText('Công an xã');
		await expect(now.getByTestId('timer')).toHaveText(/^0[67]:\d\d$/);
		// Opened again offline, from the cache: it shows what the phone heard last (kept on the
		// device), not the older state of the cached page.
		await phone.reload();
		await expect(now).toContainText('Mất kết nối — trạng thái lúc');
		await expect(now).toContainText('Công an xã');
		await expect(now.getByTestId('timer')).toHaveText(/^0[67]:\d\d$/);

		// Back online: it catches up with what happened meanwhile (the chair paused).
		await chair.getByTestId('toggle').click();
		await expect(chair.getByTestId('toggle')).toHaveText('Tiếp tục');
		await phoneContext.setOffline(false);
		await expect(now).not.toContainText('Mất kết nối', { timeout: 10_000 });
		await expect(now.getByTestId('timer')).toHaveAttribute('data-running', 'false');
		await expect(now.getByTestId('timer')).toHaveText(
			(await chair.getByTestId('timer').textContent())!
		);
	} finally {
		await chairContext.close();
		await phoneContext.close();
		await setConferenceTimes(office, planned.start, planned.end);
		await office.context().close();
	}
});

test('only the chair and the secretariat move the timer', async ({ browser }) => {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await loginFromStart(page, 'diemdanh');
		await expect(page).toHaveURL(/\/scan$/);
		const res = await page.request.post('/api/meeting', { data: { action: 'start' } });
		expect(res.status()).toBe(403);
		expect((await res.json()).message).toMatch(/không có quyền/);
		await page.goto('/chair');
		await expect(page.getByText('Tài khoản của bạn không có quyền mở trang này.')).toBeVisible();
	} finally {
		await context.close();
	}
});

test('the projector comes back by itself after the server restarts', async ({ browser }) => {
	const server = await ownServer();
	const context = await browser.newContext({ baseURL: server.url });
	try {
		const chairPage = await context.newPage();
		await loginFromStart(chairPage, 'chutich');
		await expect(chairPage).toHaveURL(/\/chair$/);
		await chairPage.close();
		const chair = context.request;
		const press = async (data: object) =>
			expect((await chair.post('/api/meeting', { data })).status()).toBe(200);
		await press({ action: 'next', fromItemId: null });
		await press({ action: 'start' });

		const display = await context.newPage();
		await display.goto('/display');
		const timer = display.getByTestId('timer');
		await expect(timer).toHaveAttribute('data-running', 'true');

		await server.halt();
		await expect(display.getByText('Đang kết nối lại với máy chủ…')).toBeVisible({
			timeout: 10_000
		});
		await server.resume();
		await expect(display.getByText('Đang kết nối lại với máy chủ…')).toHaveCount(0, {
			timeout: 15_000
		});
		await expect(timer).toHaveAttribute('data-running', 'true');

		// The session survived the restart; a pause now reaches the projector without a reload.
		await press({ action: 'pause' });
		await expect(timer).toHaveAttribute('data-running', 'false');
	} finally {
		await context.close();
		await server.stop();
	}
});
