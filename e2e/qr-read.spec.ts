import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { qrCameraVideos, scannerWithCamera } from '../bench/qr-read.js';
import { loginFromStart } from './helpers';
import { E2E_BASE_URL } from '../playwright.config';

// A few delegates' QR codes, drawn as the giấy mời and the delegate's page draw them, are read by
// the door page's decoders through the fake camera. The read rate over every demo delegate is a
// measure of Chromium's decoder, not of the app: `npm run bench` (bench/qr-read.js) reports it.
test('the door reads delegates’ QR codes from a printed giấy mời and from a phone screen', async ({
	page
}) => {
	test.setTimeout(120_000);
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	const csv = await (await page.request.get('/admin/delegates.csv')).text();
	const all = [
		...new Set([...csv.matchAll(/https?:\/\/[^,"\s]+\/d\/[a-z2-7]{26}/g)].map((m) => m[0]))
	];
	// The first, a middle and the last of the list: short and long names, every group's codes alike.
	const links = [all[0]!, all[Math.floor(all.length / 2)]!, all.at(-1)!];

	const dir = mkdtempSync(path.join(tmpdir(), 'hoinghi-qr-e2e-'));
	try {
		const videos = await qrCameraVideos({ links, dir });
		for (const medium of ['paper', 'screen']) {
			const scanner = await scannerWithCamera(E2E_BASE_URL, videos[medium]!);
			try {
				await expect
					.poll(
						async () => {
							const { reads } = await scanner.reads();
							return links.filter((l) => !reads.some((r) => r.text === l));
						},
						{ message: `${medium}: codes not read yet`, timeout: 30_000 }
					)
					.toEqual([]);
			} finally {
				await scanner.browser.close();
			}
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
