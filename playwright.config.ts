import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './bench/lib/chromium.js';
import { TEST_SECRET } from './tests/secret.js';

export { CHROMIUM_ARGS };

/** E2E_PORT lets two checkouts run their suites side by side. */
const PORT = Number(process.env.E2E_PORT || 4173);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * Specs that start a server of their own on a copy of the demo (ownServer in e2e/helpers.ts): they
 * share nothing with the others, so they run beside them, one at a time, in a second worker.
 */
const OWN_SERVER_SPECS = ['chair', 'display', 'minutes-draft', 'minutes-notes', 'proceedings'].map(
	(name) => `**/${name}.spec.ts`
);

export default defineConfig({
	testDir: 'e2e',
	workers: 2,
	fullyParallel: false,
	projects: [
		// One database for these specs, each story written against what the others may have done:
		// one spec at a time, in file order.
		{ name: 'shared', testIgnore: OWN_SERVER_SPECS, workers: 1 },
		{ name: 'own', testMatch: OWN_SERVER_SPECS, workers: 1 }
	],
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: E2E_BASE_URL,
		browserName: 'chromium',
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
		trace: 'off',
		// A new context's first page registers the service worker, which precaches the whole app
		// (about 150 files): about 4 s of CPU on this machine, more than the page itself. Only the
		// stories that need the worker (offline pages, the policy it runs under) ask for it.
		serviceWorkers: 'block'
	},
	webServer: {
		// The built app on a copy of the demo (`npm test` builds first).
		command: 'node e2e/server.js',
		env: {
			HOST: '127.0.0.1',
			PORT: String(PORT),
			HOINGHI_DATA_DIR: 'e2e/.data',
			HOINGHI_SECRET: TEST_SECRET,
			DATABASE_URL: ''
		},
		url: `${E2E_BASE_URL}/api/health`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore'
	}
});
