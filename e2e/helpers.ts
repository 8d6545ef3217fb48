import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'hoinghi2026';

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function loginFromStart(page: Page, username: string, password = DEMO_PASSWORD) {
	await page.goto('/login');
	await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
	await login(page, username, password);
}
