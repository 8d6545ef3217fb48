import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { loginFromStart, ownServer } from './helpers';
import { deriveInviteToken } from '../src/lib/domain/invite-token';
import { TEST_SECRET } from '../tests/secret.js';

// The demo as it starts (nothing timed yet, no biên bản), on a server of its own.
let server: Awaited<ReturnType<typeof ownServer>>;
test.beforeAll(async () => {
	test.setTimeout(150_000);
	server = await ownServer();
});
test.afterAll(() => server?.stop());

/** The text of a downloaded .docx's body, its runs joined. */
async function downloadedText(page: Page, link: string): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: link, exact: true }).first().click()
	]);
	expect((await download.failure()) ?? null).toBeNull();
	const zip = await JSZip.loadAsync(readFileSync(await download.path()));
	const xml = await zip.file('word/document.xml')!.async('string');
	return {
		name: download.suggestedFilename(),
		text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
	};
}

test('the secretary drafts the biên bản, corrects a sentence, finalizes it and downloads both documents', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({
		baseURL: server.url,
		viewport: { width: 1366, height: 768 }
	});
	const page = await context.newPage();
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	await page.goto('/admin/minutes/draft');
	await expect(page.getByRole('heading', { name: 'Dự thảo biên bản' })).toBeVisible();
	await page.getByRole('button', { name: 'Lập dự thảo biên bản' }).click();
	await expect(page.getByText('Đã lập dự thảo biên bản từ số liệu của hội nghị.')).toBeVisible();

	// Nothing was timed in this run: the page says what is missing instead of inventing times.
	const missing = page.getByTestId('minutes-missing');
	await expect(missing).toContainText('Còn thiếu:');
	await expect(missing).toContainText('Chưa có giờ bắt đầu');
	await expect(page.getByLabel('Địa điểm', { exact: true })).toHaveValue(/Hội trường/);
	await expect(page.getByLabel('Kết luận của chủ tọa')).toHaveValue(/^1\. /);

	const place = page.getByLabel('Địa điểm', { exact: true });
	await place.fill('Hội trường UBND xã Bình Thành, tầng 2.');
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(page.getByText('Đã lưu biên bản.')).toBeVisible();
	await page.reload();
	await expect(place).toHaveValue('Hội trường UBND xã Bình Thành, tầng 2.');
	await expect(page.locator('[data-key="place"]').getByText('Đã sửa')).toBeVisible();

	// The chair then runs an item and closes the meeting: "Cập nhật số liệu" writes the start and the
	// end in words, and keeps the corrected sentence.
	const chair = await browser.newContext({ baseURL: server.url });
	const chairPage = await chair.newPage();
	await loginFromStart(chairPage, 'chutich');
	await expect(chairPage).toHaveURL(/\/chair$/);
	for (const data of [
		{ action: 'next', fromItemId: null },
		{ action: 'start' },
		{ action: 'stop' },
		{ action: 'end' }
	]) {
		expect((await chair.request.post('/api/meeting', { data })).status()).toBe(200);
	}
	await chair.close();
	await page.getByRole('button', { name: 'Cập nhật số liệu' }).click();
	await expect(
		page.getByText('Đã cập nhật số liệu; các đoạn đã sửa được giữ nguyên.')
	).toBeVisible();
	await expect(place).toHaveValue('Hội trường UBND xã Bình Thành, tầng 2.');
	await expect(page.getByLabel('Thời gian bắt đầu', { exact: true })).toHaveValue(
		/^\d\d giờ \d\d phút, ngày \d\d tháng \d{1,2} năm \d{4}$/
	);
	await expect(missing).not.toContainText('Chưa có giờ bắt đầu');

	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Hoàn thành biên bản' }).click();
	await expect(
		page.getByText(
			/Biên bản đã hoàn thành — bản số 1, Văn phòng HĐND và UBND xã, \d{2}\/\d{2}\/\d{4}/
		)
	).toBeVisible();
	await expect(page.locator('textarea[name^="text:"]')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Mở lại để sửa' })).toBeVisible();

	// A delegate now reads the chair's conclusions under the programme.
	const delegate = await browser.newPage({
		baseURL: server.url,
		viewport: { width: 390, height: 844 }
	});
	await delegate.goto(`/d/${deriveInviteToken(new TextEncoder().encode(TEST_SECRET), 1, 1)}`);
	const conclusions = delegate.getByTestId('conclusions');
	await expect(conclusions.getByRole('heading', { name: 'Kết luận của chủ tọa' })).toBeVisible();
	await expect(conclusions.getByRole('listitem').first()).toBeVisible();
	await delegate.close();

	const minutes = await downloadedText(page, 'Tải biên bản (.docx)');
	expect(minutes.name).toMatch(/\.docx$/);
	for (const field of [
		'BIÊN BẢN',
		'Thời gian bắt đầu',
		'Địa điểm',
		'Hội trường UBND xã Bình Thành, tầng 2.',
		'Thành phần tham dự',
		'Chủ trì (chủ tọa)',
		'Thư ký (người ghi biên bản)',
		'THƯ KÝ',
		'CHỦ TỌA',
		'Nơi nhận',
		'Lưu: VT, Hồ sơ',
		'Phụ lục',
		'DANH SÁCH ĐẠI BIỂU THAM DỰ'
	]) {
		expect(minutes.text).toContain(field);
	}
	const notice = await downloadedText(page, 'Tải thông báo kết luận (.docx)');
	expect(notice.name).toMatch(/\.docx$/);
	for (const field of ['THÔNG BÁO', 'Kết luận của Chủ tịch UBND xã', 'TB-UBND'])
		expect(notice.text).toContain(field);

	// Reopened with a reason: revision 2 to edit, revision 1 listed with its downloads.
	await page.getByLabel('Lý do mở lại (ghi vào nhật ký)').fill('Bổ sung ý kiến của đại biểu.');
	await page.getByRole('button', { name: 'Mở lại để sửa' }).click();
	await expect(page.getByText('Đã mở lại biên bản để sửa (bản số 2).')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Các bản trước' })).toBeVisible();
	await expect(place).toHaveValue('Hội trường UBND xã Bình Thành, tầng 2.');
	await context.close();
});
