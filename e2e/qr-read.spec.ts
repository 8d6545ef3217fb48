import { expect, test } from '@playwright/test';
import { qrReadFigures } from '../bench/qr-read.js';
import { loginFromStart } from './helpers';
import { E2E_BASE_URL } from '../playwright.config';

// Every demo delegate's QR, drawn as the giấy mời and the delegate's page draw it, is read by the
// door page's decoders through the fake camera (the same run as the bench figure, bench/qr-read.js).
test('the door reads every demo delegate’s QR, on paper and on a phone screen', async ({ page }) => {
	test.setTimeout(12 * 60_000);
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	const csv = await (await page.request.get('/admin/delegates.csv')).text();
	const links = [...new Set([...csv.matchAll(/https?:\/\/[^,"\s]+\/d\/[a-z2-7]{26}/g)].map((m) => m[0]))];
	expect(links.length).toBeGreaterThanOrEqual(100);

	const figures = await qrReadFigures({ base: E2E_BASE_URL, links });
	for (const medium of ['paper', 'screen']) {
		const rate = figures.find((f) => f.name === `qr.read_rate_${medium}`)!;
		expect(rate.extra, `${medium}: codes never read`).toMatchObject({ missed: [], shown: links.length, read: links.length });
		expect(rate.value).toBe(100);
	}
});
