import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loginFromStart } from './helpers';

test('the secretariat builds the programme: add, refuse bad input, edit, reorder, remove; total and end time follow', async ({
	page
}) => {
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	await page.getByRole('link', { name: 'Chương trình' }).click();
	await expect(page.getByRole('heading', { name: 'Chương trình hội nghị' })).toBeVisible();

	// The demo programme from the plan: six tham luận of 7 minutes among the usual items.
	const items = page.locator('ol.agenda > li');
	const speeches = items.filter({ has: page.locator('[data-kind="speech"]') });
	await expect(speeches).toHaveCount(6);
	for (const speech of await speeches.all())
		await expect(speech.locator('.duration')).toHaveText('7 phút');
	const total = page.getByTestId('agenda-total');
	const count = await items.count();
	await expect(total).toContainText(`${count} nội dung`);
	const endBefore = (await total.textContent())!.match(/kết thúc (\d\d:\d\d)/)![1]!;

	// A duration that is too long is refused with the typed text kept.
	const add = page.locator('section', {
		has: page.getByRole('heading', { name: 'Thêm nội dung' })
	});
	await add.getByLabel('Loại nội dung').selectOption({ label: 'Báo cáo' });
	await add.getByLabel('Tên nội dung').fill('Báo cáo kết quả khảo sát mức độ hài lòng');
	await add.getByLabel('Đơn vị').selectOption({ label: 'Trung tâm phục vụ hành chính công' });
	await add.getByLabel('Thời lượng (phút)').fill('300');
	await add
		.getByLabel('Thời lượng (phút)')
		.evaluate((el: HTMLInputElement) => el.removeAttribute('max'));
	await add.getByRole('button', { name: 'Thêm vào chương trình' }).click();
	await expect(page.getByRole('alert')).toContainText('Thời lượng không quá 240 phút.');
	await expect(add.getByLabel('Tên nội dung')).toHaveValue(
		'Báo cáo kết quả khảo sát mức độ hài lòng'
	);

	await add.getByLabel('Thời lượng (phút)').fill('10');
	await add.getByRole('button', { name: 'Thêm vào chương trình' }).click();
	await expect(page.getByRole('status')).toContainText('Đã thêm');
	await expect(items).toHaveCount(count + 1);
	const added = items.last();
	await expect(added).toContainText('Báo cáo kết quả khảo sát mức độ hài lòng');
	await expect(added).toContainText('Trung tâm phục vụ hành chính công');
	await expect(total).toContainText(`${count + 1} nội dung`);
	await expect(total).not.toContainText(`kết thúc ${endBefore}`);

	// Edit: 10 → 5 minutes, with a note for the chair.
	await added.getByText('Sửa nội dung này').click();
	await added.getByLabel('Thời lượng (phút)').fill('5');
	await added.getByLabel('Ghi chú cho chủ trì').fill('Mời đồng chí Giám đốc Trung tâm trình bày.');
	await added.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(page.getByRole('status')).toContainText('Đã lưu thay đổi.');
	await expect(items.last()).toContainText('5 phút');
	await expect(items.last()).toContainText(
		'Ghi chú cho chủ trì: Mời đồng chí Giám đốc Trung tâm trình bày.'
	);

	// Move it up one place, then remove it: the programme is as it was.
	await items
		.last()
		.getByRole('button', { name: /lên trên/ })
		.click();
	await expect(items.nth(count - 1)).toContainText('Báo cáo kết quả khảo sát');
	page.once('dialog', (d) => void d.accept());
	await items
		.nth(count - 1)
		.getByRole('button', { name: 'Xóa' })
		.click();
	await expect(page.getByRole('status')).toContainText('Đã xóa');
	await expect(items).toHaveCount(count);
	await expect(items.last()).toContainText('Bế mạc');
	await expect(total).toContainText(`kết thúc ${endBefore}`);

	// The chair's script downloads as a Word file.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: /kịch bản điều hành/ }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.docx$/);
	expect(
		readFileSync(await download.path())
			.subarray(0, 2)
			.toString()
	).toBe('PK');
});
