import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './bench/lib/chromium.js';

export { CHROMIUM_ARGS };

/** E2E_PORT lets two checkouts run their suites side by side. */
const PORT = Number(process.env.E2E_PORT || 4173);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
/** The server's secret in end-to-end runs, so specs can derive a delegate's link and an old hall code. */
export const E2E_SECRET = 'bi-mat-chi-dung-cho-kiem-thu-e2e-2026';

export default defineConfig({
	testDir: 'e2e',
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: E2E_BASE_URL,
		browserName: 'chromium',
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
		trace: 'off'
	},
	webServer: {
		// The built app on a fresh embedded database (`npm test` builds first).
		command: 'rm -rf e2e/.data && node scripts/start.js',
		env: { HOST: '127.0.0.1', PORT: String(PORT), HOINGHI_DATA_DIR: 'e2e/.data', HOINGHI_SECRET: E2E_SECRET },
		url: `${E2E_BASE_URL}/api/health`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore'
	}
});
