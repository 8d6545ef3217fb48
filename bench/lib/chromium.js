// Debian's Chromium (apt-get install chromium), never a downloaded browser: the launch flags shared
// by the end-to-end tests (playwright.config.ts) and the benchmarks.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
