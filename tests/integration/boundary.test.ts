// What an outsider or a bad file meets at the door of the built app: control characters, redirects
// to other sites, stray form fields, wrong methods, bodies over the limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckinResult } from '$lib/domain/checkin';
import { freePort } from '../../scripts/lib/server-process.js';
import { signIn, startTestApp, VIETNAMESE } from './app-client';

let app: Awaited<ReturnType<typeof startTestApp>>;
let secretariat: string;
let door: string;
let chair: string;
let groupId: number;
let seq = 0;
const newId = () => `ranh-gioi-${Date.now().toString(36)}-${(seq++).toString(36)}`;

const form = (url: string, body: URLSearchParams | string, cookie?: string, accept = 'text/html') =>
	fetch(url, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: app.url,
			'content-type': 'application/x-www-form-urlencoded',
			accept,
			...(cookie ? { cookie } : {})
		},
		body: typeof body === 'string' ? body : body.toString()
	});

beforeAll(async () => {
	app = await startTestApp();
	secretariat = await signIn(app.url, 'thuky');
	door = await signIn(app.url, 'diemdanh');
	chair = await signIn(app.url, 'chutich');
	const roster = (await (
		await fetch(`${app.url}/api/roster`, { headers: { cookie: door } })
	).json()) as { groups: { id: number }[] };
	groupId = roster.groups[0]!.id;
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

describe('a NUL byte or another control character', () => {
	it('in one item of a check-in batch rejects that item only; the good ones are stored', async () => {
		const good = {
			id: newId(),
			scannedAt: Date.now(),
			deviceId: 'may-cua',
			method: 'walk-in',
			walkIn: { fullName: 'Khách Tốt Bụng', groupId }
		};
		const badName = {
			id: newId(),
			scannedAt: Date.now(),
			deviceId: 'may-cua',
			method: 'walk-in',
			walkIn: { fullName: 'Khách\u0000Xấu', groupId }
		};
		const badDevice = {
			...good,
			id: newId(),
			deviceId: 'may\u0000cua',
			walkIn: { fullName: 'Khách Thứ Ba', groupId }
		};
		const send = () =>
			fetch(`${app.url}/api/checkins`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: app.url, cookie: door },
				body: JSON.stringify({ checkins: [badName, good, badDevice] })
			});
		const res = await send();
		expect(res.status).toBe(400);
		const body = (await res.json()) as { results: CheckinResult[]; message: string };
		expect(body.results.map((r) => r.status)).toEqual(['rejected', 'checked_in', 'rejected']);
		expect(body.results[0]).toMatchObject({ id: badName.id, reason: 'invalid' });
		expect((body.results[0] as { message: string }).message).toMatch(/ký tự điều khiển/);
		expect((body.results[2] as { message: string }).message).toMatch(/ký tự điều khiển/);
		// The good item was stored: sent again (as an outbox resends) the server answers with the same
		// stored check-in, the same delegate at the same first time.
		const first = body.results[1] as Extract<CheckinResult, { delegateId: number }>;
		const again = (await (await send()).json()) as { results: CheckinResult[] };
		expect(again.results[1]).toMatchObject({
			delegateId: first.delegateId,
			firstAt: first.firstAt
		});
	});

	it('in a sign-in is a Vietnamese 400, not a server error', async () => {
		const res = await form(`${app.url}/login`, 'username=thu%00ky&password=hoinghi2026');
		expect(res.status).toBe(400);
		expect(await res.text()).toMatch(/ký tự điều khiển/);
	});

	it('in the chair’s message, a group name or the settings is a Vietnamese 400 and stores nothing', async () => {
		const message = await fetch(`${app.url}/api/meeting`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: app.url, cookie: chair },
			body: JSON.stringify({ action: 'message', message: 'Còn 1\u0000 phút' })
		});
		expect(message.status).toBe(400);
		expect(((await message.json()) as { message: string }).message).toMatch(/ký tự điều khiển/);

		const group = await form(
			`${app.url}/admin/groups?/create`,
			new URLSearchParams({ name: 'Nhóm\u0000mới' }),
			secretariat
		);
		expect(group.status).toBe(400);
		const groups = await (
			await fetch(`${app.url}/admin/groups`, {
				headers: { cookie: secretariat, accept: 'text/html' }
			})
		).text();
		expect(groups).not.toContain('Nhóm');

		const settings = await form(
			`${app.url}/admin/settings`,
			new URLSearchParams({ title: 'Hội nghị\u0001' }),
			secretariat
		);
		expect(settings.status).toBe(400);
		for (const res of [group, settings]) expect(await res.text()).toMatch(VIETNAMESE);
	});

	it('in a path or a query string never reaches the database', async () => {
		const path = await fetch(`${app.url}/d/%00aaaaaaaaaaaaaaaaaaaaaaaaa`, {
			headers: { accept: 'text/html' }
		});
		expect(path.status).toBe(400);
		// A query value the server reads (the redirect after sign-in) loses the NUL instead of ending in a 500.
		const query = await fetch(`${app.url}/login?redirect=%2Fadmin%2Fgroups%00`, {
			redirect: 'manual',
			headers: { cookie: secretariat, accept: 'text/html' }
		});
		expect(query.status).toBe(303);
		expect(query.headers.get('location')).toBe('/admin/groups');
	});
});

describe('the redirect after sign-in', () => {
	const signedInRedirect = (target: string) =>
		fetch(`${app.url}/login?redirect=${target}`, {
			redirect: 'manual',
			headers: { cookie: secretariat, accept: 'text/html' }
		});

	it('never leaves the site, and a CR/LF or tab trick lands on the role’s home page', async () => {
		for (const target of [
			'%2F%09%2Fevil.example%2Fx',
			'%2F%0D%0A%2Fevil.example',
			'%2F%0D%0ASet-Cookie%3A%20x%3D1',
			'%2F%2Fevil.example',
			'https%3A%2F%2Fevil.example',
			'%2F%5Cevil.example'
		]) {
			const res = await signedInRedirect(target);
			expect(res.status, target).toBe(303);
			expect(res.headers.get('location'), target).toBe('/admin');
			expect(res.headers.get('set-cookie') ?? '', target).not.toContain('x=1');
		}
	});

	it('follows a path on this site, also straight after signing in', async () => {
		expect((await signedInRedirect('%2Fadmin%2Fgroups')).headers.get('location')).toBe(
			'/admin/groups'
		);
		const res = await form(
			`${app.url}/login?redirect=%2F%09%2Fevil.example`,
			new URLSearchParams({ username: 'chutich', password: 'hoinghi2026' })
		);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/chair');
	});
});

describe('forms and methods', () => {
	it('a field named __proto__ in the settings is ignored, not a 500', async () => {
		const res = await form(
			`${app.url}/admin/settings`,
			'__proto__=x&constructor=y&title=',
			secretariat,
			'application/json'
		);
		expect(res.status).toBe(200); // a SvelteKit action failure travels as 200 with its own status inside
		const text = await res.text();
		expect(text).toContain('"failure"');
		expect(text).toMatch(VIETNAMESE);
		expect(text).not.toContain('__proto__');
	});

	it('a missing field gets the schema’s Vietnamese message, never zod’s English', async () => {
		for (const [url, body] of [
			[`${app.url}/admin/delegates/new`, ''],
			[`${app.url}/admin/settings`, ''],
			[`${app.url}/admin/users?/create`, 'username=abc']
		] as const) {
			const res = await form(url, body, secretariat, 'application/json');
			const text = await res.text();
			expect(text, url).toMatch(VIETNAMESE);
			expect(text, url).not.toMatch(/Invalid input|expected string/);
		}
	});

	it('a wrong method is a Vietnamese 405 that still says which methods are allowed', async () => {
		const res = await fetch(`${app.url}/api/meeting`, {
			method: 'PUT',
			headers: { cookie: chair, origin: app.url }
		});
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toContain('GET');
		const body = (await res.json()) as { message: string };
		expect(body.message).toMatch(VIETNAMESE);
		expect(body.message).not.toMatch(/not allowed/i);
	});

	it('a body over the app’s limit is a Vietnamese 413, refused before it is read', async () => {
		const res = await fetch(`${app.url}/admin/delegates/import?/upload`, {
			method: 'POST',
			headers: {
				cookie: secretariat,
				origin: app.url,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				'content-length': String(30 * 1024 * 1024)
			},
			body: 'x'.repeat(1024),
			// @ts-expect-error Node's fetch needs this for a body with a declared length
			duplex: 'half'
		}).catch((err: unknown) => err);
		// Node's fetch may refuse to send a length that does not match; then send a real 30 MB body.
		const answer =
			res instanceof Response
				? res
				: await fetch(`${app.url}/admin/delegates/import?/upload`, {
						method: 'POST',
						headers: {
							cookie: secretariat,
							origin: app.url,
							'content-type': 'application/x-www-form-urlencoded',
							accept: 'text/html'
						},
						body: 'x='.padEnd(30 * 1024 * 1024, 'x')
					});
		expect(answer.status).toBe(413);
		expect(await answer.text()).toMatch(/quá lớn/);
	});
});

describe('started as adapter-node says, with plain `node build`', () => {
	it('keeps the app’s own limits: a 2 MB import is read (not a 413), with Vietnamese messages', async () => {
		const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-node-build-'));
		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		const env: Record<string, string> = {
			...(process.env as Record<string, string>),
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: url,
			HOINGHI_DATA_DIR: dataDir
		};
		delete env.BODY_SIZE_LIMIT;
		if (process.env.TEST_DATABASE_URL) delete env.DATABASE_URL;
		const child = spawn(process.execPath, ['build'], {
			cwd: path.resolve('.'),
			env,
			stdio: 'ignore'
		});
		try {
			for (let i = 0; ; i++) {
				if (i > 600) throw new Error('node build did not start');
				if (
					await fetch(`${url}/api/health`).then(
						(r) => r.ok,
						() => false
					)
				)
					break;
				await new Promise((r) => setTimeout(r, 100));
			}
			const cookie = await signIn(url, 'thuky');
			const file = new File([new Uint8Array(2 * 1024 * 1024).fill(0x41)], 'danh-sach.csv', {
				type: 'text/csv'
			});
			const body = new FormData();
			body.set('file', file);
			const res = await fetch(`${url}/admin/delegates/import?/upload`, {
				method: 'POST',
				headers: { cookie, origin: url, accept: 'application/json', 'x-sveltekit-action': 'true' },
				body
			});
			expect(res.status).not.toBe(413);
			expect(res.status).toBeLessThan(500);
			// The action read the file and answered (here: on to the preview), not adapter-node's English 413.
			const answer = await res.text();
			expect(answer).not.toMatch(/exceeds limit|Payload Too Large|BODY_SIZE_LIMIT/);
			expect(answer).toMatch(/"type":"(redirect|failure)"/);
		} finally {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			rmSync(dataDir, { recursive: true, force: true });
		}
	}, 120_000);
});
