import { expect, test } from '@playwright/test';
import { login, loginFromStart } from './helpers';

const CONFERENCE = 'Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính';

test('the secretariat lands on the admin overview with the demo conference', async ({ page }) => {
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(CONFERENCE);
	await expect(page.getByText('Hội trường lớn UBND xã Bình Thành').first()).toBeVisible();
	await expect(page.getByRole('row', { name: /Trưởng xóm trên địa bàn xã/ })).toBeVisible();
	await expect(page.getByRole('banner')).toContainText('Văn phòng HĐND và UBND xã');
});

test('the chair lands on the chair page', async ({ page }) => {
	await loginFromStart(page, 'chutich');
	await expect(page).toHaveURL(/\/chair$/);
	await expect(page.getByText('Chủ trì hội nghị').first()).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Công an xã' })).toContainText(
		'Ứng dụng dữ liệu dân cư'
	);
	await expect(page.getByRole('banner')).toContainText('Nguyễn Anh Tấn');
});

test('check-in staff land on the scanner page', async ({ page }) => {
	await loginFromStart(page, 'diemdanh');
	await expect(page).toHaveURL(/\/scan$/);
	await expect(page.getByTestId('sync-status')).toContainText('chờ gửi');
	await expect(page.getByTestId('arrived')).toContainText(/Đã đến \d+\/100/);
	await expect(page.getByRole('tab', { name: 'Tìm theo tên' })).toBeVisible();
});

test('a wrong password shows the Vietnamese message and keeps the username', async ({ page }) => {
	await loginFromStart(page, 'thuky', 'khong-dung');
	await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
	await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('thuky');
	await expect(page).toHaveURL(/\/login/);
});

test('a check-in user opening /admin gets the Vietnamese 403 page', async ({ page }) => {
	await loginFromStart(page, 'diemdanh');
	await expect(page).toHaveURL(/\/scan$/);
	const response = await page.goto('/admin');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Tài khoản của bạn không có quyền mở trang này.'
	);
	await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();
});

test('signed out, /chair goes to the login and back to /chair after it', async ({ page }) => {
	await page.goto('/chair');
	await expect(page).toHaveURL(/\/login\?redirect=%2Fchair$/);
	await login(page, 'chutich');
	await expect(page).toHaveURL(/\/chair$/);
	await expect(page.getByText('Chủ trì hội nghị').first()).toBeVisible();
});

test('logging out ends the session', async ({ page }) => {
	await loginFromStart(page, 'chutich');
	await expect(page).toHaveURL(/\/chair$/);
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await page.goto('/chair');
	await expect(page).toHaveURL(/\/login\?redirect=%2Fchair$/);
});

test('the secretariat creates an account that can then sign in', async ({ page, browser }) => {
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	await page.goto('/admin/users');
	const form = page.locator('form[action="?/create"]');
	await form.getByLabel('Tên đăng nhập').fill('thuky');
	await form.getByLabel('Họ tên / bộ phận').fill('Tổ điểm danh cửa phụ');
	await form.getByLabel('Vai trò').selectOption('checkin');
	await form.getByLabel('Mật khẩu').fill('cua-phu-2026');
	await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
	await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập “thuky” đã có người dùng.');
	// What was typed is kept, so only the name needs changing.
	await expect(form.getByLabel('Họ tên / bộ phận')).toHaveValue('Tổ điểm danh cửa phụ');
	await form.getByLabel('Tên đăng nhập').fill('cuaphu');
	await form.getByLabel('Mật khẩu').fill('cua-phu-2026');
	await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã tạo tài khoản cuaphu.');
	await expect(page.getByRole('listitem').filter({ hasText: 'cuaphu' })).toContainText('Điểm danh');

	const other = await browser.newContext();
	const second = await other.newPage();
	await loginFromStart(second, 'cuaphu', 'cua-phu-2026');
	await expect(second).toHaveURL(/\/scan$/);
	await other.close();

	await page.goto('/admin/audit');
	await expect(page.getByRole('row', { name: /Tạo tài khoản/ })).toContainText('thuky');
});

test('an unknown address gets the Vietnamese 404 page', async ({ page }) => {
	const response = await page.goto('/khong-co-trang-nay');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});

test('the secretariat locks an account, which can then no longer sign in', async ({
	page,
	browser
}) => {
	const other = await browser.newContext();
	const chair = await other.newPage();
	await loginFromStart(chair, 'chutich');
	await expect(chair).toHaveURL(/\/chair$/);

	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	await page.goto('/admin/users');
	const card = page.getByRole('listitem').filter({ hasText: 'chutich' });
	await card.getByRole('button', { name: 'Khóa' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã khóa tài khoản.');
	await expect(card).toContainText('Đã khóa');

	// The chair's open session ends at once, and signing in again is refused politely.
	await chair.reload();
	await expect(chair).toHaveURL(/\/login\?redirect=%2Fchair$/);
	await login(chair, 'chutich');
	await expect(chair.getByRole('alert')).toHaveText(
		'Tài khoản này đã bị khóa. Vui lòng liên hệ Văn phòng HĐND và UBND xã.'
	);

	await card.getByRole('button', { name: 'Mở khóa' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã mở khóa tài khoản.');
	await login(chair, 'chutich');
	await expect(chair).toHaveURL(/\/chair$/);
	await other.close();
});
