import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page, type Response } from '@playwright/test';
import { deriveInviteToken } from '../src/lib/domain/invite-token';
import { fakeCameraArgs, writeQrY4m } from './fake-camera';
import { loginFromStart } from './helpers';
import { CHROMIUM_ARGS, E2E_BASE_URL } from '../playwright.config';
import { TEST_SECRET } from '../tests/secret.js';

const BASE = E2E_BASE_URL;
const secret = new TextEncoder().encode(TEST_SECRET);
// The pages run as users get them, registering the service worker under the policy too
// (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

declare global {
	interface Window {
		__cspViolations: string[];
	}
}

/**
 * Records what the page's policy blocked: the DOM's securitypolicyviolation events and Chromium's
 * console errors (every violation is also logged there, "Refused to …"), plus any console error.
 */
async function watch(page: Page) {
	const consoleErrors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
			);
		});
	});
	return consoleErrors;
}

function expectPagePolicy(response: Response | null) {
	expect(response).not.toBeNull();
	const headers = response!.headers();
	const csp = headers['content-security-policy'] ?? '';
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("object-src 'none'");
	// Kit's inline start-up script runs by this page's nonce, not by 'unsafe-inline'.
	expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['x-content-type-options']).toBe('nosniff');
	// The suite runs on plain http.
	expect(headers['strict-transport-security']).toBeUndefined();
}

/** Opens a page, lets it start (hydration, live stream, worker), then checks nothing was blocked. */
async function visit(page: Page, consoleErrors: string[], url: string, status = 200) {
	consoleErrors.length = 0;
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(status);
	expectPagePolicy(response);
	await page.waitForLoadState('load');
	// The inline start-up script ran: it is what imports Kit's client entry.
	await expect
		.poll(() =>
			page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.some((r) => r.name.includes('/_app/immutable/entry/start'))
			)
		)
		.toBe(true);
	// The page hydrated and every component's effects ran (the root layout's mark).
	await expect(page.locator('html[data-started]'), url).toBeAttached();
	// What those effects started has made its requests: the service worker the pages register is
	// active, and one more turn of the page's event loop delivers any violation report.
	await page.evaluate(async () => {
		if (await navigator.serviceWorker.getRegistration()) await navigator.serviceWorker.ready;
		await new Promise((resolve) => setTimeout(resolve, 0));
	});
	expect(await page.evaluate(() => window.__cspViolations), `CSP violations on ${url}`).toEqual([]);
	const expected =
		status === 200 ? [] : [/Failed to load resource: the server responded with a status of \d+/];
	expect(
		consoleErrors.filter((e) => !expected.some((re) => re.test(e))),
		`console errors on ${url}`
	).toEqual([]);
}

test('every page carries the policy and runs without a CSP violation', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors = await watch(page);

	await visit(page, errors, '/');
	await visit(page, errors, '/login');
	await visit(page, errors, '/display');
	await visit(page, errors, `/d/${deriveInviteToken(secret, 12, 1)}`);
	await expect(page.locator('svg').first()).toBeVisible();
	await visit(page, errors, '/khong-co-trang-nay', 404);

	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	await visit(page, errors, '/admin');
	await visit(page, errors, '/admin/delegates');
	await visit(page, errors, '/admin/delegates/12');
	await visit(page, errors, '/display/hall');
	await context.close();

	const chairContext = await browser.newContext();
	const chair = await chairContext.newPage();
	const chairErrors = await watch(chair);
	await loginFromStart(chair, 'chutich');
	await expect(chair).toHaveURL(/\/chair$/);
	await visit(chair, chairErrors, '/chair');
	await chairContext.close();
});

test('the scanner runs its camera under the policy', async () => {
	const videos = mkdtempSync(path.join(tmpdir(), 'hoinghi-csp-'));
	// A code that is not a giấy mời: the scan is decoded and shown, nobody is checked in.
	const video = writeQrY4m(
		'https://zalo.me/g/hoinghi-xa-binh-thanh',
		path.join(videos, 'foreign.y4m')
	);
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [...CHROMIUM_ARGS, ...fakeCameraArgs(video)]
	});
	try {
		const context = await browser.newContext({
			baseURL: BASE,
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		const page = await context.newPage();
		const errors = await watch(page);
		await loginFromStart(page, 'diemdanh');
		await expect(page).toHaveURL(/\/scan$/);
		await visit(page, errors, '/scan');
		await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'reject', {
			timeout: 15_000
		});
		expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
		expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);

		// The 403 for a role without access is Kit's plain error page: no script, still not framable.
		const forbidden = await page.goto('/admin');
		expect(forbidden?.status()).toBe(403);
		expect(forbidden?.headers()['x-frame-options']).toBe('DENY');
		expect(forbidden?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	} finally {
		await browser.close();
	}
});

test('responses that are not pages cannot be framed either', async ({ request }) => {
	for (const url of ['/api/health', '/manifest.webmanifest', '/sw.js', '/admin']) {
		const res = await request.get(url, { maxRedirects: 0 });
		expect(res.headers()['x-frame-options'], url).toBe('DENY');
		expect(res.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'");
	}
});

test('another origin cannot show the admin or the chair in a frame', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);

	// A page of another origin embedding the app. A real server on 127.0.0.1 (another port): Chromium's
	// Local Network Access checks would stop a frame from a public address before it reached the app,
	// and the signed-in secretariat's cookie is sent to the frames, so only the app's headers stop them.
	const targets = ['/admin', '/admin/delegates', '/chair'];
	const other = http.createServer((req, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		if (req.url === '/ok') return res.end('<p id="ok">khung được phép</p>');
		const frames = targets
			.map((t) => `<iframe name="${t}" src="${BASE}${t}" width="400" height="300"></iframe>`)
			.join('');
		// A frame that may be shown: proves the checks below tell a loaded frame from a refused one.
		res.end(`<!doctype html><h1>Trang khác</h1>${frames}<iframe name="ok" src="/ok"></iframe>`);
	});
	await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
	const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
	try {
		const answered = new Map<string, string>();
		page.on('response', (res) => {
			if (res.url().startsWith(BASE + '/') && res.frame() !== page.mainFrame()) {
				answered.set(
					new URL(res.url()).pathname,
					`${res.status()} ${res.headers()['content-security-policy'] ?? ''}`
				);
			}
		});
		await page.goto(`${otherOrigin}/`);
		await page.waitForLoadState('load');

		await expect
			.poll(() => page.frame({ name: 'ok' })?.locator('#ok').textContent())
			.toBe('khung được phép');
		for (const t of targets) {
			const frame = page.frame({ name: t });
			expect(frame, t).not.toBeNull();
			// The app did answer the frame (signed in: the page itself, no redirect to the login)…
			await expect.poll(() => answered.get(t), t).toMatch(/^200 .*frame-ancestors 'none'/);
			// …and Chromium put its own error document in the frame instead of the page.
			await expect.poll(() => frame!.url(), t).toMatch(/^chrome-error:/);
			const shown = await frame!.content();
			expect(shown, t).not.toContain('Hội nghị');
			expect(shown, t).not.toContain('Đăng xuất');
		}
	} finally {
		other.close();
		await context.close();
	}
});
