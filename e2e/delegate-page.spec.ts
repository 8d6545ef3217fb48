// The delegate's page through the day on a 360×680 phone, also at 130 %
// text: the QR first on the morning, self check-in by typing the code under the hall QR (what a
// delegate in Zalo's in-app browser can do), the live item first during the meeting, and what
// happened afterwards. The conference's times are set through the settings page, and put back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { formatDateTime, formatTime, vnParts } from '../src/lib/domain/dates';
import { deriveHallShortCode, HALL_WINDOW_MS, hallWindow } from '../src/lib/domain/hall-code';
import { deriveInviteToken, inviteTokenHash } from '../src/lib/domain/invite-token';
import { CHROMIUM_ARGS, E2E_BASE_URL } from '../playwright.config';
import { TEST_SECRET } from '../tests/secret.js';
import { fakeCameraArgs, writeQrY4m } from './fake-camera';
import { conferenceTimes, loginFromStart, setConferenceTimes } from './helpers';
import type { RosterEntry } from '../src/lib/domain/scan';

const secret = new TextEncoder().encode(TEST_SECRET);
const VIEWPORT = { width: 360, height: 680 };
const MINUTE = 60_000;

async function roster(page: Page): Promise<{ conferenceId: number; delegates: RosterEntry[] }> {
	const res = await page.request.get('/api/roster');
	expect(res.status()).toBe(200);
	return res.json();
}

const vnDay = (ms: number) => {
	const { year, month, day } = vnParts(new Date(ms));
	return `${year}-${month}-${day}`;
};

async function chairPress(chair: Page, command: Record<string, unknown>) {
	const res = await chair.request.post('/api/meeting', {
		data: command,
		headers: { origin: E2E_BASE_URL }
	});
	expect(res.status(), await res.text()).toBe(200);
}

/** The element lies wholly in the first screen: seen without scrolling. */
async function expectInFirstScreen(page: Page, selector: ReturnType<Page['locator']>) {
	await expect(selector).toBeVisible();
	const box = (await selector.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
}

// The phone's text size at 130 %: the root font size (set through the CSSOM, which the page's CSP allows).
const LARGE_TEXT = `document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '130%'));`;

async function phone(browser: Browser, largeText: boolean) {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 2
	});
	if (largeText) await context.addInitScript(LARGE_TEXT);
	const page = await context.newPage();
	return { context, page };
}

for (const [label, largeText, skip] of [
	['360×680', false, 30],
	['360×680, chữ 130 %', true, 31]
] as const) {
	test(`the delegate page follows the day (${label}): QR first on the morning, the typed hall code checks in, the live item first, then what happened`, async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const officeContext = await browser.newContext();
		const office = await officeContext.newPage();
		await loginFromStart(office, 'thuky');
		await expect(office).toHaveURL(/\/admin$/);
		const chairContext = await browser.newContext();
		const chair = await chairContext.newPage();
		await loginFromStart(chair, 'chutich');
		await expect(chair).toHaveURL(/\/chair$/);
		const original = await conferenceTimes(office);
		const { context, page } = await phone(browser, largeText);
		try {
			const { conferenceId, delegates } = await roster(office);
			const delegate = delegates
				.filter(
					(d) =>
						d.firstAt == null &&
						!d.isWalkIn &&
						d.tokenHash === inviteTokenHash(deriveInviteToken(secret, d.id, 1))
				)
				.sort((a, b) => a.id - b.id)[skip]!;
			const link = `/d/${deriveInviteToken(secret, delegate.id, 1)}`;

			// —— The morning of the meeting, before it starts: the QR comes first. ——
			// Later today in Vietnam (just after midnight, wait for the new day to have room).
			await expect
				.poll(() => vnDay(Date.now() + 3 * MINUTE) === vnDay(Date.now()), { timeout: 5 * MINUTE })
				.toBe(true);
			let start = Date.now() + 30 * MINUTE;
			if (vnDay(start) !== vnDay(Date.now())) start = Date.now() + 2 * MINUTE;
			await setConferenceTimes(
				office,
				formatDateTime(new Date(start)),
				formatDateTime(new Date(start + 210 * MINUTE))
			);
			await page.goto(link);
			if (largeText)
				expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('20.8px');
			await expect(page.locator('[data-moment]')).toHaveAttribute('data-moment', 'day');
			const qr = page.getByRole('img', { name: `Mã QR của đại biểu ${delegate.fullName}` });
			await expectInFirstScreen(page, page.getByRole('heading', { name: 'Mã QR điểm danh' }));
			await expectInFirstScreen(page, qr);
			// The QR is above the letter's greeting.
			const qrTop = (await qr.boundingBox())!.y;
			expect(qrTop).toBeLessThan(
				(await page.getByRole('heading', { level: 1, name: delegate.fullName }).boundingBox())!.y
			);
			await expect(page.getByText('chưa bắt đầu')).toHaveCount(0);

			// —— Self check-in from the page itself: the code under the hall QR. ——
			await office.goto('/display/hall');
			const shown = office.getByTestId('hall-short-code');
			await expect(shown).toHaveText(/^\d{3} \d{3}$/);
			const code = (await shown.textContent())!;

			await page
				.getByRole('heading', { name: 'Điểm danh tại hội trường' })
				.scrollIntoViewIfNeeded();
			const box = page.getByLabel('Mã trên màn hình');
			const send = page.getByRole('button', { name: 'Điểm danh', exact: true });
			// Six digits that were never on the screen.
			const right = deriveHallShortCode(secret, conferenceId, hallWindow(Date.now()));
			await box.fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, '0'));
			await send.click();
			await expect(page.getByRole('alert')).toHaveText(
				'Mã không đúng. Vui lòng nhập lại 6 chữ số đang hiện dưới mã QR trên màn hình.'
			);
			// The code the screen showed two minutes ago.
			await box.fill(deriveHallShortCode(secret, conferenceId, hallWindow(Date.now()) - 4));
			await send.click();
			await expect(page.getByRole('alert')).toHaveText(
				'Mã đã hết hạn, vui lòng nhập mã đang hiện trên màn hình (mã đổi sau mỗi 30 giây).'
			);
			expect(
				(await roster(office)).delegates.find((d) => d.id === delegate.id)!.firstAt
			).toBeNull();

			await box.fill(code);
			await send.click();
			const done = page.getByRole('heading', { name: /^Bạn đã điểm danh lúc \d\d:\d\d$/ });
			await expect(done).toBeVisible();
			const firstAt = (await roster(office)).delegates.find((d) => d.id === delegate.id)!.firstAt;
			expect(firstAt).not.toBeNull();
			await expect(done).toHaveText(`Bạn đã điểm danh lúc ${formatTime(new Date(firstAt!))}`);
			await expectInFirstScreen(page, done);
			await expect(done).toBeFocused();
			// Opened again later, the page still says so, at the top.
			await page.goto('/');
			await page.goto(link);
			await expectInFirstScreen(
				page,
				page.getByRole('heading', {
					name: `Bạn đã điểm danh lúc ${formatTime(new Date(firstAt!))}`
				})
			);

			// —— The chair starts early: the live item and its timer come first, by themselves. ——
			const { programme } = (await (await chair.request.get('/api/meeting')).json()) as {
				programme: { id: number; title: string }[];
			};
			const item = programme[2]!;
			await chairPress(chair, { action: 'goto', itemId: item.id });
			await chairPress(chair, { action: 'start' });
			await expect(page.locator('[data-moment]')).toHaveAttribute('data-moment', 'during');
			await expectInFirstScreen(page, page.getByRole('heading', { name: 'Đang diễn ra' }));
			await expect(page.getByTestId('now-title')).toHaveText(item.title);
			await expectInFirstScreen(page, page.getByTestId('delegate-now').getByTestId('timer'));
			await expect(page.getByTestId('delegate-now').getByTestId('timer')).toHaveAttribute(
				'data-running',
				'true'
			);
			const current = page.locator('[data-testid="programme-item"][aria-current="true"]');
			await expect(current).toHaveCount(1);
			await expect(current).toContainText(item.title);
			await expect(current).toContainText('Đang diễn ra');
			// The live item sits above the programme, which sits above the check-in.
			const y = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.y;
			expect(await y(page.getByTestId('delegate-now'))).toBeLessThan(
				await y(page.getByRole('heading', { name: 'Chương trình hội nghị' }))
			);
			expect(await y(page.getByRole('heading', { name: 'Chương trình hội nghị' }))).toBeLessThan(
				await y(page.getByTestId('checked-in'))
			);
			await chairPress(chair, { action: 'pause' });
			await expect(page.getByTestId('delegate-now').getByTestId('timer')).toHaveAttribute(
				'data-running',
				'false'
			);

			// —— The meeting is over (it ran earlier today): it says so, with the times it really took. ——
			// Just after midnight a minute ago is yesterday, and the timing above would not be the
			// meeting's; the current minute (the field drops the seconds) has passed as well.
			const ended =
				vnDay(Date.now() - MINUTE) === vnDay(Date.now()) ? Date.now() - MINUTE : Date.now();
			await setConferenceTimes(
				office,
				formatDateTime(new Date(Date.now() - 120 * MINUTE)),
				formatDateTime(new Date(ended))
			);
			await page.reload();
			await expect(page.locator('[data-moment]')).toHaveAttribute('data-moment', 'after');
			await expectInFirstScreen(page, page.getByRole('heading', { name: 'Hội nghị đã kết thúc' }));
			await expect(page.getByTestId('meeting-ended').getByTestId('checked-in')).toHaveText(
				`Bạn đã điểm danh lúc ${formatTime(new Date(firstAt!))}`
			);
			await expect(page.getByRole('heading', { name: 'Chương trình đã diễn ra' })).toBeVisible();
			const timed = page.getByTestId('programme-item').filter({ hasText: item.title });
			await expect(timed.getByTestId('actual')).toHaveText(
				/^Thực tế: bắt đầu \d\d:\d\d, thời gian nói \d+ giây$/
			);
			await expect(page.getByTestId('delegate-now')).toHaveCount(0);
			await expect(page.getByText(/chưa bắt đầu|hoặc đã kết thúc|Gửi trả lời/)).toHaveCount(0);
		} finally {
			// Leave the timer as the next spec expects a fresh morning: nothing started.
			await chairPress(chair, { action: 'pause' }).catch(() => {});
			await chairPress(chair, { action: 'reset' }).catch(() => {});
			await setConferenceTimes(office, original.start, original.end);
			await context.close();
			await chairContext.close();
			await officeContext.close();
		}
	});
}

test('for the demo meeting in April, long past, the page says the one true thing: it is over', async ({
	browser
}) => {
	const { context, page } = await phone(browser, false);
	try {
		const officeContext = await browser.newContext();
		const office = await officeContext.newPage();
		await loginFromStart(office, 'thuky');
		await expect(office).toHaveURL(/\/admin$/);
		const { start } = await conferenceTimes(office);
		expect(start.startsWith('24/04/2026')).toBe(true);
		const { delegates } = await roster(office);
		await officeContext.close();
		const delegate = delegates.find(
			(d) => !d.isWalkIn && d.tokenHash === inviteTokenHash(deriveInviteToken(secret, d.id, 1))
		)!;
		await page.goto(`/d/${deriveInviteToken(secret, delegate.id, 1)}`);
		await expect(page.locator('[data-moment]')).toHaveAttribute('data-moment', 'after');
		await expectInFirstScreen(page, page.getByRole('heading', { name: 'Hội nghị đã kết thúc' }));
		await expect(page.getByTestId('meeting-ended')).toContainText('Thứ Sáu, 24/04/2026');
		await expect(page.getByText(/chưa bắt đầu|hoặc đã kết thúc/)).toHaveCount(0);
		await expect(page.getByTestId('delegate-now')).toHaveCount(0);
		// The reply cannot be sent any more, and the server says why in one sentence too.
		const res = await page.request.post(`/d/${deriveInviteToken(secret, delegate.id, 1)}?/reply`, {
			form: { reply: 'attending' },
			headers: { origin: E2E_BASE_URL, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		const body = await res.text();
		expect(body).toContain('Hội nghị đã kết thúc nên không thể thay đổi trả lời.');
		expect(body).not.toContain('hoặc');
	} finally {
		await context.close();
	}
});

test('in an in-app browser the page reads the hall QR with its own camera and checks the delegate in (360×680)', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const officeContext = await browser.newContext();
	const office = await officeContext.newPage();
	await loginFromStart(office, 'thuky');
	await expect(office).toHaveURL(/\/admin$/);
	const original = await conferenceTimes(office);
	const { delegates } = await roster(office);
	const delegate = delegates
		.filter(
			(d) =>
				d.firstAt == null &&
				!d.isWalkIn &&
				d.tokenHash === inviteTokenHash(deriveInviteToken(secret, d.id, 1))
		)
		.sort((a, b) => a.id - b.id)[32]!;
	await expect
		.poll(() => vnDay(Date.now() + 3 * MINUTE) === vnDay(Date.now()), { timeout: 5 * MINUTE })
		.toBe(true);
	let start = Date.now() + 30 * MINUTE;
	if (vnDay(start) !== vnDay(Date.now())) start = Date.now() + 2 * MINUTE;
	await setConferenceTimes(
		office,
		formatDateTime(new Date(start)),
		formatDateTime(new Date(start + 210 * MINUTE))
	);
	// The camera sees the entrance screen's QR as it is now (its code changes every 30 s), taken just
	// after it changed, so it stays valid (this window and the next) for the decoder on a slow machine.
	// The video is written before the phone's browser starts, which reads it as its camera.
	await expect
		.poll(() => Date.now() % HALL_WINDOW_MS, { timeout: HALL_WINDOW_MS + 5_000, intervals: [200] })
		.toBeLessThan(3_000);
	await office.goto('/display/hall');
	const hallLink = `${E2E_BASE_URL}/c/${await office.locator('[data-code]').getAttribute('data-code')}`;
	const video = writeQrY4m(
		hallLink,
		path.join(mkdtempSync(path.join(tmpdir(), 'hoinghi-hall-')), 'hall.y4m')
	);
	const withCamera = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [...CHROMIUM_ARGS, ...fakeCameraArgs(video)]
	});
	try {
		const context = await withCamera.newContext({
			viewport: VIEWPORT,
			isMobile: true,
			hasTouch: true,
			baseURL: E2E_BASE_URL,
			locale: 'vi-VN',
			timezoneId: 'Asia/Ho_Chi_Minh'
		});
		const page = await context.newPage();
		const loaded: string[] = [];
		page.on('request', (r) => loaded.push(r.url()));
		await page.goto(`/d/${deriveInviteToken(secret, delegate.id, 1)}`);
		await expect(page.getByRole('button', { name: 'Quét mã trên màn hình' })).toBeVisible();
		const before = loaded.length;
		await page.getByRole('button', { name: 'Quét mã trên màn hình' }).click();
		const done = page.getByRole('heading', { name: /^Bạn đã điểm danh lúc \d\d:\d\d$/ });
		await expect(done)
			.toBeVisible({ timeout: 45_000 })
			.catch(async (err: Error) => {
				// What the delegate saw instead: the camera's own messages are alerts.
				throw new Error(
					`${err.message}\nThe page says: ${(await page.getByRole('alert').allInnerTexts()).join(' | ') || 'nothing'}`
				);
			});
		// The decoder came only with the tap.
		expect(loaded.slice(before).some((u) => u.endsWith('.js'))).toBe(true);
		const firstAt = (await roster(office)).delegates.find((d) => d.id === delegate.id)!.firstAt;
		expect(firstAt).not.toBeNull();
		await expect(done).toHaveText(`Bạn đã điểm danh lúc ${formatTime(new Date(firstAt!))}`);
		await context.close();
	} finally {
		await withCamera.close();
		await setConferenceTimes(office, original.start, original.end);
		await officeContext.close();
	}
});

test('guessing the hall code from a delegate page is stopped after five wrong codes with a Vietnamese 429', async ({
	page
}) => {
	const office = await page.context().browser()!.newContext();
	const staff = await office.newPage();
	await loginFromStart(staff, 'thuky');
	await expect(staff).toHaveURL(/\/admin$/);
	const { conferenceId, delegates } = await roster(staff);
	await office.close();
	const delegate = delegates
		.filter(
			(d) =>
				d.firstAt == null &&
				!d.isWalkIn &&
				d.tokenHash === inviteTokenHash(deriveInviteToken(secret, d.id, 1))
		)
		.sort((a, b) => a.id - b.id)[33]!;
	const action = `/d/${deriveInviteToken(secret, delegate.id, 1)}?/checkin`;
	// A plain form post, as a browser without JavaScript sends it.
	const post = (code: string) =>
		page.request.post(action, {
			form: { code },
			headers: { origin: E2E_BASE_URL, accept: 'text/html' }
		});
	const right = deriveHallShortCode(secret, conferenceId, hallWindow(Date.now()));
	const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
	for (let i = 0; i < 5; i++) {
		const res = await post(wrong);
		expect(res.status()).toBe(400);
		expect(await res.text()).toContain('Mã không đúng.');
	}
	const throttled = await post(deriveHallShortCode(secret, conferenceId, hallWindow(Date.now())));
	expect(throttled.status()).toBe(429);
	expect(await throttled.text()).toContain(
		'Bạn đã nhập sai mã quá nhiều lần. Vui lòng đợi 1 phút rồi thử lại'
	);
	expect(
		await (await page.request.get(`/d/${deriveInviteToken(secret, delegate.id, 1)}`)).text()
	).not.toContain('Bạn đã điểm danh lúc');
});
