// What a delegate reads: on a 360×740 phone at 130 % text, the delegate opens their
// link, then "Tài liệu hội nghị", stores everything with "Tải tất cả…", goes offline, reloads, and
// reads the published tham luận (its headings and its table) and downloads its original from the
// phone. Written against the demo data: the Văn phòng's report (seed 004) and one tham luận
// published, other submissions not.
import { expect, test, type Page } from '@playwright/test';
import { delegateLink, loginFromStart } from './helpers';

const VIEWPORT = { width: 360, height: 740 };
// The phone's text size at 130 %: the root font size (set through the CSSOM, which the page's CSP allows).
const LARGE_TEXT = `document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '130%'));`;

/** Nothing wider than the screen: wide tables scroll inside their own box. */
async function expectNoSidewaysPage(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		VIEWPORT.width
	);
}

test('a delegate stores the published documents, goes offline, reloads and reads a tham luận with its table', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const officeContext = await browser.newContext();
	const office = await officeContext.newPage();
	await loginFromStart(office, 'thuky');
	await expect(office).toHaveURL(/\/admin$/);
	const link = await delegateLink(office, 5);
	await officeContext.close();

	const context = await browser.newContext({
		viewport: VIEWPORT,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 2,
		serviceWorkers: 'allow'
	});
	await context.addInitScript(LARGE_TEXT);
	const page = await context.newPage();
	try {
		await page.goto(link);
		await page.waitForFunction(
			async () => (await navigator.serviceWorker.ready).active?.state === 'activated'
		);
		const card = page.getByRole('region', { name: 'Tài liệu hội nghị' });
		await expect(card).toContainText(/\d+ báo cáo, tham luận đã công bố/);
		await card.getByRole('link', { name: 'Xem tài liệu hội nghị' }).click();
		await expect(page).toHaveURL(`${link}/documents`);
		await expect(page.getByRole('heading', { level: 1, name: 'Tài liệu hội nghị' })).toBeVisible();
		await expect(page.getByTestId('stored-state')).toHaveText('Chưa lưu trên máy này.');

		// The tham luận come first, then the reports, as the programme gives them.
		const items = page.getByTestId('document-item');
		const headings = await page
			.getByRole('region', { name: 'Báo cáo và tham luận' })
			.getByRole('heading', { level: 3 })
			.allTextContents();
		expect(headings.slice(0, 2)).toEqual(['Tham luận', 'Báo cáo']);
		const count = await items.count();
		expect(count).toBeGreaterThanOrEqual(2);
		await expect(items.filter({ hasText: 'Văn phòng HĐND và UBND xã' }).first()).toBeVisible();
		const listed = await items
			.getByRole('link')
			.evaluateAll((links) =>
				links.map((a) => Number((a as HTMLAnchorElement).pathname.split('/').pop()))
			);
		await expectNoSidewaysPage(page);

		await page.getByRole('button', { name: 'Tải tất cả để đọc khi không có mạng' }).click();
		await expect(page.getByTestId('store-progress')).toHaveText(
			new RegExp(`^Đã lưu ${count}/${count} tài liệu · [\\d,]+ (KB|MB)$`)
		);
		await expect(page.locator('progress')).toHaveAttribute('value', String(count));
		await expect(page.getByTestId('stored-state')).toHaveText(
			/^Đã lưu trên máy lúc \d\d:\d\d ngày \d{1,2}\/\d{1,2}\/\d{4}\.$/
		);
		await expect(items.getByText('Đã lưu trên máy')).toHaveCount(count);
		const speechLink = page
			.getByRole('region', { name: 'Báo cáo và tham luận' })
			.getByRole('link')
			.first();
		const speechTitle = (await speechLink.textContent())!.trim();

		// —— No network: the list and the tham luận open from the phone. ——
		await context.setOffline(true);
		await page.reload();
		await expect(
			page.getByText('Không có mạng — đang xem các tài liệu đã lưu trên máy.')
		).toBeVisible();
		await expect(page.getByTestId('stored-state')).toHaveText(/^Đã lưu trên máy lúc /);
		await page.getByRole('link', { name: speechTitle }).click();
		await expect(page.getByRole('heading', { level: 1, name: speechTitle })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: speechTitle })).toBeVisible();
		await expect(page.getByText('Không có mạng — đang đọc bản lưu trên máy.')).toBeVisible();
		await expect(page.getByTestId('stored-at')).toHaveText(
			/^Đã lưu trên máy lúc \d\d:\d\d ngày \d{1,2}\/\d{1,2}\/\d{4}$/
		);
		const body = page.locator('.document');
		expect(await body.locator('h1, h2, h3').count()).toBeGreaterThanOrEqual(2);
		const table = body.locator('table').first();
		await expect(table).toBeVisible();
		// The table scrolls inside its box; the page itself does not.
		const box = (await table.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
		await expectNoSidewaysPage(page);

		// The original comes from the phone too.
		const original = page.getByRole('link', {
			name: /^Tải bản gốc \(\.(docx|pdf), [\d,]+ (KB|MB|byte)\)$/
		});
		const [download] = await Promise.all([page.waitForEvent('download'), original.click()]);
		expect(download.suggestedFilename()).toMatch(/\.(docx|pdf)$/);
		expect((await download.failure()) ?? null).toBeNull();
		await context.setOffline(false);

		// —— What is not published is not there, by id or by download. ——
		const token = link.split('/').pop()!;
		const notListed = Array.from({ length: Math.max(...listed) + 3 }, (_, i) => i + 1).filter(
			(id) => !listed.includes(id)
		);
		expect(notListed.length).toBeGreaterThan(0);
		for (const id of notListed) {
			const download = await page.request.get(`/d/${token}/documents/${id}/original`);
			expect(download.status(), `original ${id}`).toBe(404);
			const opened = await page.request.get(`/d/${token}/documents/${id}`, {
				headers: { accept: 'text/html' }
			});
			expect(opened.status(), `page ${id}`).toBe(404);
			expect(await opened.text()).toContain(
				'Không tìm thấy tài liệu này, hoặc tài liệu chưa được công bố cho đại biểu.'
			);
		}
		for (const id of listed)
			expect((await page.request.get(`/d/${token}/documents/${id}/original`)).status()).toBe(200);
	} finally {
		await context.close();
	}
});
