import { expect, test, type Page } from '@playwright/test';
import { loginFromStart } from './helpers';

// The secretariat's screens on the phone the clerk carries (360×680), in a browser set to English,
// as many office computers and phones are.
const PHONE = {
	viewport: { width: 360, height: 680 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2
};
test.use({ ...PHONE, locale: 'en-US' });

async function secretariat(page: Page) {
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
}

/** Relative luminance contrast of two CSS rgb() colours (WCAG). */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = c
			.match(/\d+(\.\d+)?/g)!
			.slice(0, 3)
			.map((v) => {
				const s = Number(v) / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

/** Every visible link, button and disclosure shorter than 44 px (a radio or checkbox counts by its label). */
function smallTargets(page: Page) {
	return page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'a[href], button, summary, input[type=checkbox], input[type=radio], select'
			)
		]
			.filter((el) => {
				const style = getComputedStyle(el);
				const box = (el.closest('label') ?? el).getBoundingClientRect();
				return (
					box.width > 0 &&
					box.height > 0 &&
					style.visibility !== 'hidden' &&
					!el.closest('.sr-only') &&
					box.height < 43.5
				);
			})
			.map(
				(el) =>
					`${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}” ${Math.round((el.closest('label') ?? el).getBoundingClientRect().height)} px`
			)
	);
}

test('login puts the cursor in the username box; the focus ring shows on the red header; every thumb target is 44 px tall', async ({
	page
}) => {
	await page.goto('/login');
	await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
	expect(await smallTargets(page)).toEqual([]);
	await page.keyboard.type('thuky');
	await page.keyboard.press('Tab');
	await page.keyboard.type('khong-dung');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toBeVisible();
	// The name is kept: the cursor waits in the password box.
	await expect(page.getByLabel('Mật khẩu')).toBeFocused();
	await page.getByLabel('Mật khẩu').fill('hoinghi2026');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/admin$/);

	const signOut = page.getByRole('button', { name: 'Đăng xuất' });
	await signOut.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(signOut).toBeFocused();
	const ring = await signOut.evaluate((el) => {
		const s = getComputedStyle(el);
		return {
			style: s.outlineStyle,
			width: parseFloat(s.outlineWidth),
			color: s.outlineColor,
			header: getComputedStyle(el.closest('header')!).backgroundColor
		};
	});
	expect(ring.style).toBe('solid');
	expect(ring.width).toBeGreaterThanOrEqual(2);
	expect(contrast(ring.color, ring.header)).toBeGreaterThanOrEqual(3);

	for (const path of [
		'/admin',
		'/admin/delegates',
		'/admin/attendance',
		'/admin/settings',
		'/admin/audit',
		'/admin/agenda',
		'/admin/delegates/import'
	]) {
		await page.goto(path);
		await expect(page.getByRole('navigation', { name: 'Trang quản trị' })).toBeVisible();
		expect(await smallTargets(page), path).toEqual([]);
	}
	await page.getByRole('link', { name: '← Danh sách đại biểu' }).click();
	await page.locator('main a.name').first().click();
	await expect(page.getByRole('heading', { name: 'Liên kết cá nhân và mã QR' })).toBeVisible();
	expect(await smallTargets(page)).toEqual([]);
});

test('settings: dates day first and 24-hour in an English browser, Vietnamese checks, the result by the button and focused', async ({
	page
}) => {
	await secretariat(page);
	await page.goto('/admin/settings');
	// No month-first date pickers anywhere the secretariat types a date.
	expect(
		await page.locator('input[type=date], input[type=datetime-local], input[type=time]').count()
	).toBe(0);
	const start = page.getByLabel('Bắt đầu');
	await expect(start).toHaveValue(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

	// The browser's own check speaks Vietnamese.
	const chair = page.getByLabel('Người chủ trì', { exact: true });
	const chairName = await chair.inputValue();
	await chair.fill('');
	const save = page.getByRole('button', { name: 'Lưu thông tin' });
	await save.click();
	expect(await chair.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe(
		'Vui lòng nhập thông tin vào ô này.'
	);
	await chair.fill(chairName);

	// A month-first date is refused with the format to use, next to the button.
	await start.fill('04/25/2028 08:00');
	await save.click();
	const result = page.getByTestId('form-result');
	await expect(result).toContainText('Thời gian bắt đầu chưa đúng: “04/25/2028 08:00”');
	await expect(result).toBeFocused();
	await expect(result).toBeInViewport();
	await expect(save).toBeInViewport();

	await start.fill('25/04/2028 14:00');
	await page.getByLabel('Kết thúc (dự kiến)').fill('25/04/2028 17:30');
	await save.click();
	await expect(result).toContainText('Đã lưu thông tin hội nghị.');
	await expect(result).toBeFocused();
	await expect(result).toBeInViewport();
	await expect(start).toHaveValue('25/04/2028 14:00');
	await page.goto('/admin');
	await expect(page.getByText('14:00 – 17:30, Thứ Ba, 25/04/2028')).toBeVisible();
});

test('the import form asks for its file in Vietnamese', async ({ page }) => {
	await secretariat(page);
	await page.goto('/admin/delegates/import');
	await page.getByRole('button', { name: 'Xem trước' }).click();
	expect(
		await page.getByLabel('Tệp danh sách').evaluate((el: HTMLInputElement) => el.validationMessage)
	).toBe('Vui lòng chọn tệp.');
});

test('a reply given by phone is recorded by the office, shown as such on the row and the page, and in the Nhật ký', async ({
	page
}) => {
	await secretariat(page);
	await page.goto('/admin/delegates');
	const first = page.locator('main a.name').first();
	const name = (await first.textContent())!.trim();
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await page.getByLabel('Vắng mặt').check();
	await page.getByLabel('Lý do vắng mặt').fill('Gọi điện báo: đi công tác');
	await page.getByRole('button', { name: 'Ghi nhận trả lời' }).click();
	await expect(page.getByTestId('form-result')).toHaveText('Đã ghi nhận trả lời thay đại biểu.');
	await expect(page.getByTestId('form-result')).toBeFocused();
	await expect(page.getByTestId('reply')).toContainText('Vắng mặt');
	await expect(page.getByTestId('reply')).toContainText('Lý do: Gọi điện báo: đi công tác');
	await expect(page.getByTestId('reply')).toContainText('Văn phòng ghi nhận thay lúc');

	await page.goto('/admin/delegates');
	await expect(page.getByRole('listitem').filter({ hasText: name })).toContainText('VP ghi nhận');

	await page.goto('/admin/audit');
	const line = page.getByRole('row').filter({ hasText: 'Văn phòng ghi nhận trả lời' }).first();
	await expect(line).toContainText(`Đại biểu: ${name}`);
	await expect(line).toContainText(
		'vắng mặt; Văn phòng ghi nhận thay; lý do: Gọi điện báo: đi công tác'
	);
});

test('the Nhật ký speaks Vietnamese, counts every line, pages and filters by kind and person', async ({
	page
}) => {
	await secretariat(page);
	await page.goto('/admin/audit');
	const table = page.locator('main table');
	await expect(table).toBeVisible();
	// Actions in words, objects by name: no stored code (agenda_suggested, delegate.walk_in) nor "conference #1".
	for (const text of await table.locator('tbody td:nth-child(3)').allTextContents())
		expect(text).not.toMatch(/[_.]/);
	for (const text of await table.locator('tbody td:nth-child(4)').allTextContents())
		expect(text).not.toMatch(/#\d|conference|delegate|agenda_item/);
	const total = Number(
		(await page.getByTestId('audit-count').textContent())!
			.match(/^([\d.]+) thao tác/)![1]!
			.replaceAll('.', '')
	);
	expect(total).toBeGreaterThan(0);

	await page.getByLabel('Loại thao tác').selectOption({ label: 'Đăng nhập' });
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(page).toHaveURL(/kind=login/);
	const logins = page.locator('main tbody tr');
	await expect(logins.first()).toContainText('Đăng nhập');
	expect(await logins.filter({ hasNotText: 'Đăng nhập' }).count()).toBe(0);
	const loginCount = Number(
		(await page.getByTestId('audit-count').textContent())!
			.match(/^([\d.]+)/)![1]!
			.replaceAll('.', '')
	);
	expect(loginCount).toBeLessThan(total);

	await page
		.getByLabel('Người thực hiện')
		.selectOption({ label: 'Văn phòng HĐND và UBND xã (thuky)' });
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(page).toHaveURL(/user=\d+/);
	expect(
		await page.locator('main tbody tr').filter({ hasNotText: 'Văn phòng HĐND và UBND xã' }).count()
	).toBe(0);
	await expect(page.locator('main tbody tr').first()).toContainText('Đăng nhập');
});

test('walk-ins are their own line, never invited: the overview and the board agree', async ({
	page
}) => {
	await secretariat(page);
	const invitedCell = page.locator('main tfoot tr').first().locator('td').first();
	const invitedBefore = await invitedCell.textContent();
	const groupHref = await page
		.locator('main tbody a[href*="?group="]')
		.first()
		.getAttribute('href');
	const groupId = Number(new URL(groupHref!, 'http://x').searchParams.get('group'));
	const answer = await page.request.post('/api/checkins', {
		data: {
			checkins: [
				{
					id: `office-walkin-${Date.now()}`,
					walkIn: { fullName: 'Phan Văn Khách Mời', position: 'Phóng viên', groupId },
					scannedAt: Date.now(),
					deviceId: 'office-e2e',
					method: 'walk-in'
				}
			]
		}
	});
	expect(answer.status()).toBe(200);

	await page.reload();
	await expect(invitedCell).toHaveText(invitedBefore!);
	const walkIns = page.locator('main tfoot tr').filter({ hasText: 'Khách ngoài danh sách' });
	await expect(walkIns).toContainText(/[1-9]\d* người đã đến/);

	await page.goto('/admin/attendance');
	const line = page.getByTestId('walk-in-line');
	await expect(line).toContainText('Khách ngoài danh sách');
	await expect(page.getByTestId('present-count').locator('strong')).toHaveText(
		new RegExp(`/${invitedBefore!.trim()}$`)
	);
});
