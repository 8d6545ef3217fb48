import { expect, test } from '@playwright/test';

// The service worker is what this file is about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });
import { loginFromStart } from './helpers';

test('the manifest is served in Vietnamese with installable icons', async ({ request }) => {
	const res = await request.get('/manifest.webmanifest');
	expect(res.ok()).toBe(true);
	const manifest = await res.json();
	expect(manifest).toMatchObject({
		lang: 'vi',
		short_name: 'Hội nghị',
		display: 'standalone',
		start_url: '/'
	});
	const sizes = manifest.icons.map(
		(i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`
	);
	expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
	for (const icon of manifest.icons)
		expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
});

test('the service worker activates and an already-visited page reloads with the network off', async ({
	page,
	context
}) => {
	await loginFromStart(page, 'chutich');
	await expect(page).toHaveURL(/\/chair$/);
	await page.waitForFunction(
		async () => (await navigator.serviceWorker.ready).active?.state === 'activated'
	);
	// Once the worker controls the page, a visit stores the page for offline use.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.reload();
	await expect(page.getByText('Chủ trì hội nghị').first()).toBeVisible();

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByText('Chủ trì hội nghị').first()).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Phòng Kinh tế' })).toBeVisible();

	// A page never visited shows the offline page instead of the browser's error.
	await page.goto('/admin/audit');
	await expect(page.getByRole('heading', { name: 'Không có kết nối' })).toBeVisible();
	await context.setOffline(false);
});
