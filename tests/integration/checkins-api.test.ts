import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CHECKIN_METHODS,
	MAX_BATCH,
	REJECT_MESSAGES,
	REJECT_REASONS,
	type CheckinResult
} from '$lib/domain/checkin';
import { deriveInviteToken, inviteTokenHash } from '$lib/domain/invite-token';
import { classifyScannedText } from '$lib/domain/scan';
import { SESSION_COOKIE } from '$lib/domain/session-token';
import { serverSecret } from '$lib/server/secret';
import { signIn, startTestApp, VIETNAMESE } from './app-client';

interface RosterBody {
	delegates: {
		id: number;
		fullName: string;
		tokenHash: string | null;
		firstAt: number | null;
		firstDeviceId: string | null;
	}[];
	revokedHashes: string[];
	otherConferenceHashes: string[];
	groups: { id: number; name: string }[];
}

describe('POST /api/checkins and GET /api/roster (built app)', () => {
	let server: Awaited<ReturnType<typeof startTestApp>>;
	const cookies: Record<'diemdanh' | 'chutich' | 'thuky', string> = {
		diemdanh: '',
		chutich: '',
		thuky: ''
	};
	/** Every delegate's current token, derived with the same secret the server was given. */
	let tokens: Map<string, { token: string; delegateId: number }>;
	let roster: RosterBody;
	let seq = 0;
	const newId = () => `api-${Date.now().toString(36)}-${(seq++).toString(36)}`;

	const login = (username: keyof typeof cookies) => signIn(server.url, username);

	function post(body: string, cookie: string | null = cookies.diemdanh) {
		return fetch(`${server.url}/api/checkins`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				origin: server.url,
				...(cookie ? { cookie } : {})
			},
			body
		});
	}

	async function postJson(body: unknown, cookie?: string | null) {
		const res = await post(JSON.stringify(body), cookie);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		return {
			status: res.status,
			body: (await res.json()) as {
				message?: string;
				results?: CheckinResult[];
				serverTime?: number;
			}
		};
	}

	async function getRoster(cookie: string | null = cookies.diemdanh) {
		return fetch(`${server.url}/api/roster`, { headers: cookie ? { cookie } : {} });
	}

	const scanOf = (token: string, over: Record<string, unknown> = {}) => ({
		id: newId(),
		tokenHash: inviteTokenHash(token),
		scannedAt: Date.now() - 60_000,
		deviceId: 'may-api',
		method: 'scan',
		...over
	});

	beforeAll(async () => {
		server = await startTestApp();
		cookies.diemdanh = await login('diemdanh');
		cookies.chutich = await login('chutich');
		cookies.thuky = await login('thuky');
		const res = await getRoster();
		expect(res.status).toBe(200);
		roster = (await res.json()) as RosterBody;
		tokens = new Map(
			roster.delegates.map((d) => {
				const token = deriveInviteToken(serverSecret(), d.id, 1);
				return [token, { token, delegateId: d.id }];
			})
		);
	});
	afterAll(async () => {
		await server?.stop();
	});

	it('derives the same tokens as the server (same HOINGHI_SECRET)', () => {
		expect(roster.delegates.length).toBeGreaterThanOrEqual(100);
		for (const d of roster.delegates)
			expect(d.tokenHash).toBe(inviteTokenHash(deriveInviteToken(serverSecret(), d.id, 1)));
	});

	describe('who may send', () => {
		it('answers 401 JSON without a session', async () => {
			const { status, body } = await postJson({ checkins: [scanOf([...tokens.keys()][0]!)] }, null);
			expect(status).toBe(401);
			expect(body.message).toMatch(VIETNAMESE);
			const roster401 = await getRoster(null);
			expect(roster401.status).toBe(401);
			expect(((await roster401.json()) as { message: string }).message).toMatch(/đăng nhập/);
		});

		it('answers 401 JSON for a made-up session cookie', async () => {
			const { status } = await postJson(
				{ checkins: [scanOf([...tokens.keys()][0]!)] },
				`${SESSION_COOKIE}=${'a'.repeat(32)}`
			);
			expect(status).toBe(401);
		});

		it('answers 403 JSON to the chair', async () => {
			const { status, body } = await postJson(
				{ checkins: [scanOf([...tokens.keys()][0]!)] },
				cookies.chutich
			);
			expect(status).toBe(403);
			expect(body.message).toBe('Tài khoản của bạn không có quyền thực hiện việc này.');
			expect((await getRoster(cookies.chutich)).status).toBe(403);
		});

		it('checks in with the check-in role, and the secretariat sees a repeat', async () => {
			const [token] = [...tokens.keys()];
			const first = scanOf(token!, { deviceId: 'may-1' });
			const { status, body } = await postJson({ checkins: [first] });
			expect(status).toBe(200);
			expect(body.serverTime).toBeTypeOf('number');
			expect(body.results).toEqual([
				{
					id: first.id,
					status: 'checked_in',
					delegateId: tokens.get(token!)!.delegateId,
					firstAt: new Date(first.scannedAt).toISOString(),
					firstDeviceId: 'may-1'
				}
			]);
			const again = await postJson(
				{ checkins: [scanOf(token!, { deviceId: 'may-2' })] },
				cookies.thuky
			);
			expect(again.status).toBe(200);
			expect(again.body.results![0]).toMatchObject({ status: 'repeat', firstDeviceId: 'may-1' });
		});
	});

	describe('malformed batches', () => {
		it('refuses a body that is not JSON', async () => {
			const res = await post('{"checkins": [');
			expect(res.status).toBe(400);
			expect(await res.json()).toEqual({ message: 'Nội dung gửi lên không phải JSON hợp lệ.' });
		});

		it.each([[{}], [{ checkins: [] }], [{ checkins: 'x' }], [[]], [null], [42]])(
			'refuses %j without a list of check-ins',
			async (body) => {
				const { status, body: answer } = await postJson(body);
				expect(status).toBe(400);
				expect(answer.message).toBe('Cần một danh sách "checkins" có ít nhất một lượt.');
			}
		);

		it(`refuses more than ${MAX_BATCH} items and stores none of them`, async () => {
			const token = [...tokens.keys()][1]!;
			const items = Array.from({ length: MAX_BATCH + 1 }, () => scanOf(token));
			const { status, body } = await postJson({ checkins: items });
			expect(status).toBe(400);
			expect(body.message).toBe(`Mỗi lần gửi tối đa ${MAX_BATCH} lượt.`);
			const after = (await (await getRoster()).json()) as RosterBody;
			expect(
				after.delegates.find((d) => d.tokenHash === inviteTokenHash(token))?.firstAt
			).toBeNull();
		});

		it('stores the good item of a mixed batch and names each bad one in Vietnamese', async () => {
			const token = [...tokens.keys()][2]!;
			const good = scanOf(token);
			const badHash = { ...scanOf(token), tokenHash: 'XYZ' };
			const bad: unknown[] = [
				{ ...scanOf(token), id: 'ngắn' },
				badHash,
				{ ...scanOf(token), scannedAt: 'hôm qua' },
				{ ...scanOf(token), method: 'teleport' },
				{ ...scanOf(token), deviceId: '' },
				{ ...scanOf(token), delegateId: 5 },
				{
					id: newId(),
					scannedAt: Date.now(),
					deviceId: 'may',
					method: 'walk-in',
					walkIn: { fullName: 'A', groupId: 0 }
				},
				'không phải đối tượng'
			];
			const { status, body } = await postJson({ checkins: [bad[0], good, ...bad.slice(1)] });
			expect(status).toBe(400);
			expect(body.message).toBe(
				`${bad.length} lượt không hợp lệ; các lượt còn lại đã được ghi nhận.`
			);
			const results = body.results!;
			expect(results).toHaveLength(bad.length + 1);
			const stored = results[1]!;
			expect(stored).toMatchObject({
				id: good.id,
				status: 'checked_in',
				delegateId: tokens.get(token)!.delegateId
			});
			const rejected = [results[0]!, ...results.slice(2)];
			for (const r of rejected) {
				expect(r).toMatchObject({ status: 'rejected', reason: 'invalid' });
				for (const part of (r as { message: string }).message.split('; '))
					expect(part).toMatch(VIETNAMESE);
			}
			expect(rejected[0]).toMatchObject({
				id: null,
				message: expect.stringContaining('Mã lượt điểm danh (id)')
			});
			expect(rejected[1]).toMatchObject({
				id: badHash.id,
				message: expect.stringContaining('sha256')
			});
			expect(rejected[4]).toMatchObject({ message: expect.stringContaining('thiết bị') });
			expect(rejected[5]).toMatchObject({ message: expect.stringContaining('đúng một trong') });

			// Sent again (the device never heard the answer): same answer, nothing new stored.
			const again = await postJson({ checkins: [bad[0], good, ...bad.slice(1)] });
			expect(again.status).toBe(400);
			expect(again.body.results![1]).toEqual(stored);
			// A later scan of the same delegate is a repeat with the first time.
			const later = await postJson({ checkins: [scanOf(token)] });
			expect(later.body.results![0]).toMatchObject({
				status: 'repeat',
				firstAt: (stored as { firstAt: string }).firstAt
			});
			const after = (await (await getRoster()).json()) as RosterBody;
			expect(after.delegates.find((d) => d.tokenHash === inviteTokenHash(token))?.firstAt).toBe(
				Date.parse((stored as { firstAt: string }).firstAt)
			);
		});
	});

	it('GET /api/roster holds hashes only, never a delegate’s token', async () => {
		const res = await getRoster();
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const text = await res.text();
		for (const token of tokens.keys()) {
			expect(text).not.toContain(token);
			expect(text.toLowerCase()).not.toContain(token);
		}
		const body = JSON.parse(text) as RosterBody;
		expect(
			body.delegates.every((d) => d.tokenHash === null || /^[0-9a-f]{64}$/.test(d.tokenHash))
		).toBe(true);
	});

	describe('properties', () => {
		const checkedInCount = async () =>
			((await (await getRoster()).json()) as RosterBody).delegates.filter((d) => d.firstAt !== null)
				.length;

		it('checks nobody in from scanned text unless it carries a real token', async () => {
			const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
			const realTokens = [...tokens.keys()].slice(10, 40);
			const lookalike = fc.string({
				unit: fc.constantFrom(...alphabet, ...alphabet.toUpperCase()),
				minLength: 24,
				maxLength: 28
			});
			const real = fc.constantFrom(...realTokens);
			const text = fc.oneof(
				{ weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
				{ weight: 3, arbitrary: lookalike },
				{
					weight: 2,
					arbitrary: fc
						.tuple(fc.webUrl(), lookalike)
						.map(([u, t]) => `${u.replace(/\/+$/, '')}/d/${t}`)
				},
				{
					weight: 1,
					arbitrary: fc
						.tuple(
							fc.domain(),
							fc.string({ unit: fc.constantFrom(...alphabet), minLength: 10, maxLength: 10 })
						)
						.map(([h, c]) => `https://${h}/c/${c}`)
				},
				{
					weight: 1,
					arbitrary: fc
						.tuple(real, fc.constantFrom('', ' ', '\n'))
						.map(([t, pad]) => `${pad}${t.toUpperCase()}${pad}`)
				},
				{
					weight: 1,
					arbitrary: fc.tuple(fc.domain(), real).map(([h, t]) => `http://${h}/d/${t}?utm=zalo`)
				}
			);
			const before = await checkedInCount();
			const admitted = new Set<number>();
			await fc.assert(
				fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 8 }), async (texts) => {
					const sent: { item: ReturnType<typeof scanOf>; token: string }[] = [];
					for (const t of texts) {
						const kind = classifyScannedText(t);
						if (kind.kind === 'invite') sent.push({ item: scanOf(kind.token), token: kind.token });
					}
					if (sent.length === 0) return;
					const { status, body } = await postJson({ checkins: sent.map((s) => s.item) });
					expect(status).toBe(200);
					expect(body.results).toHaveLength(sent.length);
					body.results!.forEach((r, i) => {
						const real = tokens.get(sent[i]!.token);
						if (real) {
							expect(r).toMatchObject({ id: sent[i]!.item.id, delegateId: real.delegateId });
							expect(['checked_in', 'repeat']).toContain(r.status);
							admitted.add(real.delegateId);
						} else {
							expect(r).toMatchObject({
								status: 'rejected',
								reason: 'unknown_code',
								message: REJECT_MESSAGES.unknown_code
							});
						}
					});
				}),
				{ numRuns: 150 }
			);
			expect(await checkedInCount()).toBe(before + admitted.size);
		});

		/** Each reason (several are joined with "; ") is Vietnamese, never a library's English default. */
		function expectVietnamese(message: unknown) {
			expect(typeof message).toBe('string');
			for (const part of (message as string).split('; ')) expect(part).toMatch(VIETNAMESE);
		}

		/** Whatever the answer, it is JSON the scanner understands, never a 5xx. */
		function expectWellFormed(
			status: number,
			body: { message?: unknown; results?: unknown },
			items?: unknown[]
		) {
			expect([200, 400]).toContain(status);
			if (status === 200 || body.results !== undefined) {
				expect(Array.isArray(body.results)).toBe(true);
				const results = body.results as CheckinResult[];
				if (items) expect(results).toHaveLength(items.length);
				for (const r of results) {
					expect(['checked_in', 'repeat', 'rejected']).toContain(r.status);
					if (r.status === 'rejected') {
						expect(REJECT_REASONS).toContain(r.reason);
						expectVietnamese(r.message);
					} else {
						expect(Number.isInteger(r.delegateId)).toBe(true);
						expect(Number.isNaN(Date.parse(r.firstAt))).toBe(false);
					}
				}
			}
			if (status === 400) expect(body.message).toMatch(VIETNAMESE);
		}

		it('answers any JSON body with JSON, never 5xx', async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(
						fc.jsonValue(),
						fc.record({ checkins: fc.jsonValue() }),
						fc.record({ checkins: fc.array(fc.jsonValue(), { maxLength: 5 }) })
					),
					async (value) => {
						const { status, body } = await postJson(value);
						expectWellFormed(status, body);
					}
				),
				{ numRuns: 150 }
			);
		});

		it('answers any raw text body with JSON, never 5xx', async () => {
			await fc.assert(
				fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
					const res = await post(text);
					expect(res.headers.get('content-type')).toMatch(/^application\/json/);
					expectWellFormed(res.status, (await res.json()) as { message?: unknown });
				}),
				{ numRuns: 100 }
			);
		});

		it('answers arbitrary item objects with one result each, never 5xx', async () => {
			const realHashes = roster.delegates.flatMap((d) => (d.tokenHash ? [d.tokenHash] : []));
			const groupIds = roster.groups.map((g) => g.id);
			const maybe = <T>(good: fc.Arbitrary<T>) =>
				fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: fc.anything() });
			const item = fc.record(
				{
					id: maybe(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/)),
					tokenHash: maybe(
						fc.oneof(fc.constantFrom(...realHashes), fc.stringMatching(/^[0-9a-f]{64}$/))
					),
					delegateId: maybe(fc.oneof(fc.integer({ min: -5, max: 300 }), fc.double())),
					walkIn: maybe(
						fc.record(
							{
								fullName: fc.string({ unit: 'grapheme', maxLength: 130 }),
								position: fc.string({ maxLength: 10 }),
								groupId: fc.oneof(fc.constantFrom(...groupIds), fc.integer())
							},
							{ requiredKeys: ['fullName', 'groupId'] }
						)
					),
					scannedAt: maybe(
						fc.oneof(
							fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2110, 0, 1) }),
							fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
							fc.string({ maxLength: 50 }),
							fc.double()
						)
					),
					deviceId: maybe(fc.string({ unit: 'grapheme', maxLength: 70 })),
					method: maybe(fc.constantFrom(...CHECKIN_METHODS))
				},
				{ requiredKeys: [] }
			);
			await fc.assert(
				fc.asyncProperty(
					fc.array(
						fc.oneof({ weight: 5, arbitrary: item }, { weight: 1, arbitrary: fc.anything() }),
						{ minLength: 1, maxLength: 6 }
					),
					async (items) => {
						// What JSON can carry is what the server sees (undefined drops out of objects, not arrays).
						const sent = JSON.parse(
							JSON.stringify(items, (_k, v: unknown) => (v === undefined ? null : v))
						) as unknown[];
						const { status, body } = await postJson({ checkins: sent });
						expectWellFormed(status, body, sent);
					}
				),
				{ numRuns: 150 }
			);
		});
	});
});
