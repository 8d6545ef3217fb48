import {
	expect,
	test,
	type Browser,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { loginFromStart, ownServer } from './helpers';

// The secretary's notes during the meeting (/admin/minutes): the editor follows the chair, and
// nothing typed is lost when the Wi-Fi goes and the tab reloads.

test.describe.configure({ mode: 'serial' });

// The demo as it starts (the programme not begun), on a server of its own.
let server: Awaited<ReturnType<typeof ownServer>>;
test.beforeAll(async () => {
	test.setTimeout(150_000);
	server = await ownServer();
});
test.afterAll(() => server?.stop());

async function signedIn(browser: Browser, username: string, options: BrowserContextOptions = {}) {
	const context = await browser.newContext({
		baseURL: server.url,
		viewport: { width: 1366, height: 768 },
		...options
	});
	const page = await context.newPage();
	await loginFromStart(page, username);
	await expect(page).not.toHaveURL(/\/login/);
	return { context, page };
}

async function savedNotes(page: Page, itemId: number): Promise<string> {
	const res = await page.request.get(`/api/minutes/notes?item=${itemId}`);
	expect(res.status()).toBe(200);
	return ((await res.json()) as { note: { notes: string } }).note.notes;
}

async function programme(page: Page): Promise<{ id: number; title: string }[]> {
	return (
		(await (await page.request.get('/api/meeting')).json()) as {
			programme: { id: number; title: string }[];
		}
	).programme;
}

test('the editor follows the chair to the next item, and what was typed before is saved', async ({
	browser
}) => {
	const chair = await signedIn(browser, 'chutich');
	await expect(chair.page).toHaveURL(/\/chair$/);
	await chair.page.getByRole('button', { name: 'Bắt đầu chương trình' }).click();
	const items = await programme(chair.page);

	const office = await signedIn(browser, 'thuky');
	await office.page.goto('/admin/minutes');
	const editor = office.page.getByRole('region', { name: 'Nội dung ghi chép' });
	await expect(editor.getByRole('heading', { name: items[0]!.title })).toBeVisible();
	await expect(
		office.page.getByRole('button', { name: new RegExp(items[0]!.title) })
	).toContainText('Đang diễn ra');

	const typed =
		'Đồng chí Chủ tịch UBND xã khai mạc hội nghị, tuyên bố lý do và giới thiệu đại biểu.';
	// The box opens once this laptop's stored notes are read (typing into it before would go nowhere).
	await expect(editor.getByLabel('Ghi chép')).toBeEnabled();
	await editor.getByLabel('Ghi chép').pressSequentially(typed, { delay: 5 });
	await expect(editor.getByLabel('Ghi chép')).toHaveValue(typed);
	await chair.page.getByRole('button', { name: 'Nội dung tiếp →' }).click();

	await expect(editor.getByRole('heading', { name: items[1]!.title })).toBeVisible();
	await expect(editor.getByLabel('Ghi chép')).toHaveValue('');
	await expect.poll(() => savedNotes(office.page, items[0]!.id), { timeout: 10_000 }).toBe(typed);

	// Back to the first item by a click: the text is there; "Theo dõi chủ tọa" returns to the chair's item.
	await office.page.getByRole('button', { name: new RegExp(items[0]!.title) }).click();
	await expect(editor.getByLabel('Ghi chép')).toHaveValue(typed);
	await office.page.getByRole('button', { name: 'Theo dõi chủ tọa' }).click();
	await expect(editor.getByRole('heading', { name: items[1]!.title })).toBeVisible();

	// The chair reads the same page, without inputs, and the text arrives live.
	await chair.page.goto('/admin/minutes');
	await chair.page.getByRole('button', { name: new RegExp(items[0]!.title) }).click();
	await expect(chair.page.getByText(typed)).toBeVisible();
	await expect(chair.page.getByRole('textbox')).toHaveCount(0);

	await chair.context.close();
	await office.context.close();
});

test('the network goes off mid-sentence, the tab reloads offline, the network returns: the server holds every word', async ({
	browser
}) => {
	const office = await signedIn(browser, 'thuky', { serviceWorkers: 'allow' });
	const { page, context } = office;
	await page.goto('/admin/minutes');
	await page.waitForFunction(
		async () => (await navigator.serviceWorker.ready).active?.state === 'activated'
	);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	// Once the worker controls the page, a visit stores it for offline use.
	await page.reload();
	const items = await programme(page);
	const itemId = items[1]!.id;
	const editor = page.getByRole('region', { name: 'Nội dung ghi chép' });
	await expect(editor.getByRole('heading', { name: items[1]!.title })).toBeVisible();
	const notes = editor.getByLabel('Ghi chép');

	const first = 'Đại biểu thảo luận sôi nổi về cải cách hành chính';
	await expect(notes).toBeEnabled();
	await notes.pressSequentially(first, { delay: 5 });
	await expect(
		page.getByRole('status').filter({ hasText: /^Đã lưu lúc \d\d:\d\d:\d\d$/ })
	).toBeVisible();
	await expect.poll(() => savedNotes(page, itemId)).toBe(first);

	await context.setOffline(true);
	const rest = ', thống nhất đề xuất tăng cường số hóa hồ sơ tại Bộ phận một cửa.';
	await notes.press('End');
	await notes.pressSequentially(rest, { delay: 5 });
	await expect(page.getByText('Đang lưu trên máy — 1 thay đổi chờ gửi')).toBeVisible();

	// Reloaded with no network: the page comes from the service worker, the text from IndexedDB.
	await page.reload();
	await expect(editor.getByLabel('Ghi chép')).toHaveValue(first + rest);
	await expect(page.getByText('Đang lưu trên máy — 1 thay đổi chờ gửi')).toBeVisible();

	await context.setOffline(false);
	await expect(page.getByRole('status').filter({ hasText: /^Đã lưu lúc/ })).toBeVisible({
		timeout: 15_000
	});

	// A fresh browser, signed in anew, reads every word from the server.
	const fresh = await signedIn(browser, 'chutich');
	await expect.poll(() => savedNotes(fresh.page, itemId)).toBe(first + rest);
	await fresh.context.close();
	await context.close();
});
