import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../scripts/lib/server-process.js';
import { cachedDemoTemplate, copyDemoFolder } from '../scripts/lib/demo-template.js';
import { TEST_SECRET } from '../tests/secret.js';
import { expect, type Page } from '@playwright/test';
import { deriveInviteToken, inviteTokenHash } from '../src/lib/domain/invite-token';
import type { RosterEntry } from '../src/lib/domain/scan';

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

/** The conference's start and end as the secretariat types them (dd/mm/yyyy HH:MM, Vietnam time). */
export async function conferenceTimes(office: Page): Promise<{ start: string; end: string }> {
	await office.goto('/admin/settings');
	return {
		start: await office.getByLabel('Bắt đầu').inputValue(),
		end: await office.getByLabel('Kết thúc (dự kiến)').inputValue()
	};
}

export async function setConferenceTimes(office: Page, start: string, end: string) {
	await office.goto('/admin/settings');
	await office.getByLabel('Bắt đầu').fill(start);
	await office.getByLabel('Kết thúc (dự kiến)').fill(end);
	await office.getByRole('button', { name: 'Lưu thông tin' }).click();
	await expect(office.getByText('Đã lưu thông tin hội nghị.')).toBeVisible();
}

/**
 * A server of its own on a copy of the demo, for a spec whose story needs the demo as it starts
 * (nothing timed, no biên bản yet) whatever the specs before it did on the shared one.
 * `halt` stops it and keeps its data folder; `resume` starts it again there, on the same port.
 */
export async function ownServer() {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-e2e-'));
	copyDemoFolder(await cachedDemoTemplate({ secret: TEST_SECRET }), dataDir);
	const start = (port?: number) =>
		startServer({
			port,
			dataDir,
			fresh: false,
			env: { HOINGHI_SECRET: TEST_SECRET, DATABASE_URL: '' }
		});
	let server = await start();
	const port = Number(new URL(server.url).port);
	return {
		url: server.url,
		halt: () => server.stop(),
		resume: async () => void (server = await start(port)),
		stop: async () => {
			await server.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/**
 * The link `/d/TOKEN` of the `nth` invited delegate (by id) whose first link still works (other
 * specs may have reissued some), read from the roster by a signed-in staff page.
 */
export async function delegateLink(staff: Page, nth: number): Promise<string> {
	const secret = new TextEncoder().encode(TEST_SECRET);
	const res = await staff.request.get('/api/roster');
	expect(res.status()).toBe(200);
	const { delegates } = (await res.json()) as { delegates: RosterEntry[] };
	const d = delegates
		.filter(
			(x) => !x.isWalkIn && x.tokenHash === inviteTokenHash(deriveInviteToken(secret, x.id, 1))
		)
		.sort((a, b) => a.id - b.id)[nth]!;
	return `/d/${deriveInviteToken(secret, d.id, 1)}`;
}
