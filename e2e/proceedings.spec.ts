// The kỷ yếu: the secretariat chooses what goes in on /admin/proceedings at 1366×768,
// watching the live outline renumber, saves (a lost connection keeps every tick), finds the choice
// kept after a reload and downloads the volume; a delegate on a 360 px phone at 130 % text opens
// "Kỷ yếu" from their page, follows a contents link, goes offline, reloads and still reads it.
// On a server of its own: the saved choice must not change what other specs' volumes hold.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { delegateLink, loginFromStart, ownServer } from './helpers';

const PHONE = { width: 360, height: 680 };
// The phone's text size at 130 %: the root font size (set through the CSSOM, which the page's CSP allows).
const LARGE_TEXT = `document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '130%'));`;
const SHOTS = 'test-results/proceedings';

let server: Awaited<ReturnType<typeof ownServer>>;
test.beforeAll(async () => {
	test.setTimeout(150_000);
	server = await ownServer();
});
test.afterAll(() => server?.stop());
test.describe.configure({ mode: 'serial' });

const outlineParts = (page: Page) => page.getByTestId('live-outline').getByTestId('outline-part');
const partHeadings = async (page: Page) =>
	(await outlineParts(page).locator('.toc-part').allTextContents()).map((t) => t.trim());
const outlineDocuments = async (part: Locator) =>
	(await part.getByTestId('outline-document').allTextContents()).map((t) =>
		t
			.replace(/^\d+\.\s*/, '')
			.replace(/\s+—.*$/s, '')
			.trim()
	);

/** The plan part's own tick box (its one document, the plan, has the same title). */
const planTick = (page: Page) => page.getByTestId('part-plan').getByRole('checkbox').first();

/** The text of a downloaded .docx's body, its runs joined. */
async function docxText(path: string): Promise<string> {
	const zip = await JSZip.loadAsync(readFileSync(path));
	const xml = await zip.file('word/document.xml')!.async('string');
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

test('the secretariat leaves out a part, moves a tham luận, sees the outline renumber, saves, reloads and downloads', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({
		baseURL: server.url,
		viewport: { width: 1366, height: 768 }
	});
	const page = await context.newPage();
	try {
		await loginFromStart(page, 'thuky');
		await expect(page).toHaveURL(/\/admin$/);
		await page
			.getByRole('navigation', { name: 'Trang quản trị' })
			.getByRole('link', { name: 'Kỷ yếu' })
			.click();
		await expect(page).toHaveURL(/\/admin\/proceedings$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Kỷ yếu hội nghị' })).toBeVisible();

		expect(await partHeadings(page)).toEqual([
			'I. Kế hoạch tổ chức hội nghị',
			'II. Chương trình hội nghị',
			'III. Báo cáo',
			'IV. Tham luận',
			'V. Thông báo kết luận và biên bản hội nghị',
			'Phụ lục: Danh sách đại biểu tham dự'
		]);
		const speeches = () => outlineParts(page).filter({ hasText: 'Tham luận' }).first();
		const plan = await outlineDocuments(outlineParts(page).first());
		const reports = await outlineDocuments(
			outlineParts(page).filter({ hasText: 'Báo cáo' }).first()
		);
		expect(plan.length).toBe(1);
		expect(reports.length).toBeGreaterThanOrEqual(1);
		const before = await outlineDocuments(speeches());
		expect(before.length).toBeGreaterThanOrEqual(2);
		// Each document says where it comes from and whether delegates see it.
		const firstRow = page.getByTestId('choose-document').filter({ hasText: before[0]! });
		await expect(firstRow).toContainText(/bản 1 · gửi lúc \d\d:\d\d ngày \d{1,2}\/\d{1,2}\/\d{4}/);
		await expect(
			page
				.getByTestId('part-speeches')
				.getByText(/Đã công bố cho đại biểu|Chưa công bố cho đại biểu/)
				.first()
		).toBeVisible();

		// Leave out the plan: every numeral after it moves up, before anything is saved.
		await expect(planTick(page)).toHaveAccessibleName('I. Kế hoạch tổ chức hội nghị');
		await planTick(page).uncheck();
		expect(await partHeadings(page)).toEqual([
			'I. Chương trình hội nghị',
			'II. Báo cáo',
			'III. Tham luận',
			'IV. Thông báo kết luận và biên bản hội nghị',
			'Phụ lục: Danh sách đại biểu tham dự'
		]);
		await expect(planTick(page)).not.toBeChecked();
		await expect(page.getByTestId('choice-state')).toHaveText('Có thay đổi chưa lưu.');

		// Move the first tham luận down with the keyboard: the outline follows, the focus stays on it.
		const down = page.getByRole('button', { name: `Chuyển “${before[0]}” xuống dưới` });
		await down.focus();
		await page.keyboard.press('Enter');
		const moved = [before[1]!, before[0]!, ...before.slice(2)];
		await expect.poll(() => outlineDocuments(speeches())).toEqual(moved);
		if (before.length === 2)
			await expect(
				page.getByRole('button', { name: `Chuyển “${before[0]}” lên trên` })
			).toBeFocused();
		else await expect(down).toBeFocused();

		// The connection drops as the clerk saves: nothing ticked or moved is lost, and the page says why.
		await page.route('**/admin/proceedings?/save', (route) => route.abort('internetdisconnected'), {
			times: 1
		});
		await page.getByRole('button', { name: 'Lưu lựa chọn' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Chưa lưu được vì không kết nối được máy chủ'
		);
		await expect(planTick(page)).not.toBeChecked();
		expect(await outlineDocuments(speeches())).toEqual(moved);
		await expect(page.getByTestId('choice-state')).toHaveText('Có thay đổi chưa lưu.');

		await page.getByRole('button', { name: 'Lưu lựa chọn' }).click();
		await expect(page.getByText('Đã lưu lựa chọn.')).toBeVisible();
		await expect(page.getByTestId('choice-state')).toHaveText('Lựa chọn đã được lưu.');
		await page.screenshot({ path: `${SHOTS}/admin-1366.png` });

		await page.reload();
		await expect(planTick(page)).not.toBeChecked();
		expect((await partHeadings(page))[0]).toBe('I. Chương trình hội nghị');
		expect(await outlineDocuments(speeches())).toEqual(moved);
		await expect(page.getByTestId('choice-state')).toHaveText('Lựa chọn đã được lưu.');

		// "Thu hồi liên kết" asks first, saying what stops opening; the answer is under the document.
		const reportRow = page.getByTestId('choose-document').filter({ hasText: reports[0]! });
		let asked = '';
		page.once('dialog', (dialog) => {
			asked = dialog.message();
			void dialog.accept();
		});
		await reportRow.getByRole('button', { name: 'Thu hồi liên kết bản gốc' }).click();
		await expect(reportRow.getByTestId('form-result')).toHaveText(
			'Đã thu hồi liên kết bản gốc. Bản kỷ yếu tải từ bây giờ mang liên kết mới.'
		);
		expect(asked).toContain('sẽ không mở được bản gốc này nữa');
		await expect(planTick(page)).not.toBeChecked();

		// The volume as saved, a real .docx.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Tải kỷ yếu (.docx)' }).click()
		]);
		expect((await download.failure()) ?? null).toBeNull();
		expect(download.suggestedFilename()).toMatch(/\.docx$/);
		const text = await docxText((await download.path())!);
		expect(text).toContain('Hội nghị sơ kết 01 năm');
		// Each chosen document's title in the chosen order (the contents list them too: read the
		// last time each is written, under its heading), and the plan left out.
		const chosen = [...reports, ...moved];
		const places = chosen.map((title) => text.lastIndexOf(title));
		expect(
			places.every((p) => p >= 0),
			`in the volume: ${chosen.join(' | ')}`
		).toBe(true);
		expect(places).toEqual([...places].sort((a, b) => a - b));
		expect(text).not.toContain(plan[0]!);
	} finally {
		await context.close();
	}
});

async function expectNoSidewaysPage(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);
}

test('a delegate opens the kỷ yếu on a phone, follows a contents link, and reads it offline after a reload', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const officeContext = await browser.newContext({ baseURL: server.url });
	const office = await officeContext.newPage();
	await loginFromStart(office, 'thuky');
	await expect(office).toHaveURL(/\/admin$/);
	const link = await delegateLink(office, 3);
	await officeContext.close();

	const context = await browser.newContext({
		baseURL: server.url,
		viewport: PHONE,
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
		await page.getByRole('link', { name: 'Kỷ yếu', exact: true }).tap();
		await expect(page).toHaveURL(`${server.url}${link}/proceedings`);
		await expect(page.getByRole('heading', { level: 1, name: 'Kỷ yếu hội nghị' })).toBeVisible();
		await expect(page.getByTestId('stored-state')).toHaveText(
			/^Đã lưu trên máy lúc \d\d:\d\d ngày \d{1,2}\/\d{1,2}\/\d{4}: đọc được cả khi không có mạng\.$/
		);

		// The contents as the secretariat saved them (the plan left out), the appendix last.
		const contents = page.getByRole('navigation', { name: 'Mục lục' });
		const partLinks = (await contents.locator(':scope > ol > li > a').allTextContents()).map((t) =>
			t.trim()
		);
		expect(partLinks[0]).toBe('I. Chương trình hội nghị');
		expect(partLinks.at(-1)).toBe('Phụ lục: Danh sách đại biểu tham dự');
		// No biên bản yet: the part says so.
		await expect(
			page.getByRole('region', { name: /Thông báo kết luận và biên bản/ })
		).toContainText('Chưa hoàn thành');

		// Only published documents, each with its unit, time and original.
		const documentLinks = contents.locator(':scope > ol > li > ol a');
		expect(await documentLinks.count()).toBeGreaterThanOrEqual(1);
		const target = documentLinks.last();
		const title = (await target.textContent())!.trim();
		const anchor = (await target.getAttribute('href'))!;
		expect(anchor).toMatch(/^#tai-lieu-\d+$/);
		await target.tap();
		await expect(page).toHaveURL(new RegExp(`${anchor}$`));
		const heading = page.locator(anchor);
		await expect(heading).toHaveText(title);
		await expect(heading).toBeInViewport();
		const article = page.locator('article', { has: heading });
		await expect(
			article.getByRole('link', { name: /^Bản gốc \(\.(docx|pdf), [\d,]+ (KB|MB|byte)\)$/ })
		).toHaveAttribute('href', /\/f\/\d+\/[a-z2-7]{26}$/);
		await expect(article).toContainText(/Bản \d+, gửi lúc \d\d:\d\d ngày/);
		await expectNoSidewaysPage(page);
		await page.screenshot({ path: `${SHOTS}/phone-360-document.png` });
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: `${SHOTS}/phone-360-top.png` });
		await contents.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/phone-360-contents.png` });

		for (const part of ['programme', 'attendance']) {
			await page.locator(`#phan-${part}`).scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${SHOTS}/phone-360-${part}.png` });
		}

		// —— No network: the kỷ yếu opens from the phone. ——
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByText('Không có mạng — đang đọc bản lưu trên máy.')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: 'Kỷ yếu hội nghị' })).toBeVisible();
		await expect(page.getByTestId('stored-state')).toHaveText(/^Đã lưu trên máy lúc /);
		await expect(page.locator(anchor)).toHaveText(title);
		await page
			.getByRole('navigation', { name: 'Mục lục' })
			.getByRole('link', { name: title })
			.tap();
		await expect(page.locator(anchor)).toBeInViewport();
		expect(
			await page
				.locator('article', { has: page.locator(anchor) })
				.locator('.document p')
				.count()
		).toBeGreaterThan(0);
		await expectNoSidewaysPage(page);
		await page.screenshot({ path: `${SHOTS}/phone-360-offline.png` });
	} finally {
		await context.close();
	}
});
