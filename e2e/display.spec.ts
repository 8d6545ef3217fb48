// The projector at 1920×1080, 1280×720 and 1024×768. Nobody scrolls a
// projector, so every check here is "it is on the screen": boxes inside the viewport, no overflow.
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { formatDayShort, formatTime } from '../src/lib/domain/dates';
import { loginFromStart, ownServer } from './helpers';
import { expectAllOnScreen, expectTimerWhole, PROJECTORS } from './projector';

/** The longest message the chair can send (120 characters). */
const LONG_MESSAGE =
	'Đề nghị đồng chí trình bày ngắn gọn vì thời gian đã hết, xin mời đồng chí kết luận và nhường lời cho đại biểu tiếp theo';

// The projector's screens depend on the one meeting state, so this file has a server of its own.
test.describe.configure({ mode: 'serial' });
let server: Awaited<ReturnType<typeof ownServer>>;
let chairContext: Awaited<ReturnType<Browser['newContext']>>;
let chair: APIRequestContext;

async function press(data: object) {
	const res = await chair.post('/api/meeting', { data });
	expect(res.status(), await res.text()).toBe(200);
	return (await res.json()) as { meeting: { timer: { itemId: number | null } } };
}

test.beforeAll(async ({ browser }) => {
	server = await ownServer();
	chairContext = await browser.newContext({ baseURL: server.url });
	const page = await chairContext.newPage();
	await loginFromStart(page, 'chutich');
	await expect(page).toHaveURL(/\/chair$/);
	await page.close();
	chair = chairContext.request;
});

test.afterAll(async () => {
	await chairContext?.close();
	await server?.stop();
});

for (const viewport of PROJECTORS) {
	const size = `${viewport.width}×${viewport.height}`;

	test(`${size}: before the first item, the programme pages by itself and every line of it is on the screen`, async ({
		browser
	}) => {
		const context = await browser.newContext({ baseURL: server.url, viewport });
		try {
			const display = await context.newPage();
			await display.goto('/display');
			const programme = display.getByTestId('display-programme');
			await expect(programme).toBeVisible();
			const titles = await programme.locator('li').allTextContents();
			expect(titles.length).toBeGreaterThan(10);
			// The pages are counted again once the fonts are in and the frame has its final size (on a
			// busy machine that comes after the first paint): count them after that.
			await display.evaluate(() =>
				document.fonts.ready.then(
					() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
				)
			);
			// Walk the pages as they turn: each page is whole on the screen, and together they show every
			// item. The count is read at each page, so a count made again meanwhile is followed.
			const seen = new Set<string>();
			for (let p = 1; p <= Number(await programme.getAttribute('data-pages')); p++) {
				const pages = Number(await programme.getAttribute('data-pages'));
				await expect(programme).toHaveAttribute('data-page', String(p), { timeout: 15_000 });
				if (pages > 1)
					await expect(display.getByTestId('display-programme-page')).toHaveText(
						`Trang ${p}/${pages}`
					);
				await expectAllOnScreen(display);
				const shown = await programme.locator('li:not([aria-hidden="true"])').evaluateAll((lis) =>
					lis
						.filter((li) => {
							const box = li.getBoundingClientRect();
							return (
								box.top >= 0 &&
								box.bottom <= innerHeight &&
								getComputedStyle(li).visibility === 'visible'
							);
						})
						.map((li) => li.textContent ?? '')
				);
				expect(shown.length).toBeGreaterThan(0);
				for (const t of shown) seen.add(t);
			}
			expect([...seen].sort()).toEqual([...titles].sort());
		} finally {
			await context.close();
		}
	});
}

test('the programme of the smallest projector is too long for one screen, so it turns pages', async ({
	browser
}) => {
	const context = await browser.newContext({
		baseURL: server.url,
		viewport: { width: 1024, height: 768 }
	});
	try {
		const display = await context.newPage();
		await display.goto('/display');
		const programme = display.getByTestId('display-programme');
		await expect(programme).toHaveAttribute('data-pages', /^[2-9]$/);
		await expect(display.getByTestId('display-programme-page')).toHaveText(/^Trang 1\/\d$/);
		await expect(display.getByTestId('display-programme-page')).toHaveText(/^Trang 2\/\d$/, {
			timeout: 15_000
		});
	} finally {
		await context.close();
	}
});

for (const viewport of PROJECTORS) {
	const size = `${viewport.width}×${viewport.height}`;

	test(`${size}: overtime, a long title and the longest message all fit; paused says TẠM DỪNG; a clock in the corner`, async ({
		browser
	}) => {
		// The projector's own clock is 3 minutes fast: the corner clock shows the server's time.
		const context = await browser.newContext({ baseURL: server.url, viewport });
		await context.clock.install({ time: Date.now() + 3 * 60_000 });
		try {
			// The longest title of the demo, its time all taken away: in overtime at once.
			const { programme } = (await (await chair.get('/api/meeting')).json()) as {
				programme: { id: number; title: string }[];
			};
			const longest = programme.reduce((a, b) => (b.title.length > a.title.length ? b : a));
			await press({
				action: 'goto',
				itemId: longest.id === programme[0]!.id ? programme[1]!.id : programme[0]!.id
			});
			await press({ action: 'goto', itemId: longest.id });
			await press({ action: 'extend', ms: -8 * 60_000 });
			await press({ action: 'start' });

			const display = await context.newPage();
			await display.goto('/display');
			const timer = display.getByTestId('timer');
			await expect(display.getByTestId('display-title')).toHaveText(longest.title);
			// Digits are drawn tabular: +00:07 is as wide as +01:13.
			await expect(timer).toHaveText(/^\+0\d:\d\d$/);
			await expect(timer).toHaveAttribute('data-phase', 'red');
			await expectTimerWhole(display);
			await expectAllOnScreen(display);
			await expect(display.getByTestId('timer-state')).toBeHidden();

			// The longest message the chair can send: it shrinks, and "Tiếp theo" stays on the screen.
			await press({ action: 'message', message: LONG_MESSAGE });
			await expect(display.getByTestId('display-message')).toHaveText(LONG_MESSAGE);
			await expect(display.getByTestId('display-next')).toBeVisible();
			await expectTimerWhole(display);
			await expectAllOnScreen(display);

			// Paused: the word, not only a dashed border.
			await press({ action: 'pause' });
			await expect(timer).toHaveAttribute('data-running', 'false');
			await expect(display.getByTestId('timer-state')).toBeVisible();
			await expect(display.getByTestId('timer-state')).toHaveText('TẠM DỪNG');
			await expectTimerWhole(display);
			await expectAllOnScreen(display);

			// The clock in the corner: the server's time in Vietnam (not this computer's fast clock), and the date.
			const clock = display.getByTestId('display-clock');
			await expect
				.poll(
					async () =>
						(await clock.getByTestId('display-clock-time').textContent()) === formatTime(new Date())
				)
				.toBe(true);
			await expect(clock.getByTestId('display-clock-date')).toHaveText(formatDayShort(new Date()));
			const corner = await clock.boundingBox();
			expect(corner!.x + corner!.width).toBeGreaterThan(viewport.width * 0.8);
			expect(corner!.y).toBeLessThan(viewport.height * 0.15);
		} finally {
			await context.close();
		}
	});
}

test('a minute into overtime, +01:xx fits every projector, also when the window is resized', async ({
	browser
}) => {
	// The timer must really run a minute past its time.
	test.setTimeout(150_000);
	const context = await browser.newContext({ baseURL: server.url, viewport: PROJECTORS[2] });
	try {
		const { programme } = (await (await chair.get('/api/meeting')).json()) as {
			programme: { id: number }[];
		};
		await press({ action: 'goto', itemId: programme[2]!.id });
		await press({ action: 'goto', itemId: programme[3]!.id });
		const display = await context.newPage();
		await display.goto('/display');
		const timer = display.getByTestId('timer');
		await expect(timer).toHaveText(/^\d\d:00$/);
		// The digits are fitted to the screen once the page has started (before, CSS gives a guess).
		await expect(display.locator('html[data-started]')).toBeAttached();
		const countdownSize = await timer.evaluate((el) => getComputedStyle(el).fontSize);
		await press({ action: 'extend', ms: -60 * 60_000 });
		await press({ action: 'start' });
		await expect(timer).toHaveText(/^\+01:\d\d$/, { timeout: 90_000 });
		// Sized for the widest text from the start: the countdown and the overtime have one size.
		expect(await timer.evaluate((el) => getComputedStyle(el).fontSize)).toBe(countdownSize);
		for (const viewport of PROJECTORS) {
			await display.setViewportSize(viewport);
			await expect(timer).toHaveText(/^\+01:\d\d$/);
			await expect.poll(() => display.evaluate(() => innerWidth)).toBe(viewport.width);
			await expectTimerWhole(display);
			await expectAllOnScreen(display);
		}
	} finally {
		await context.close();
	}
});
