import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeItem } from '$lib/domain/programme';
import { MESSAGE_MAX, type MeetingSnapshot } from '$lib/domain/meeting';
import { SESSION_COOKIE } from '$lib/domain/session-token';
import { MINUTE_MS } from '$lib/domain/timer';
import { openLive, signIn, startTestApp, VIETNAMESE } from './app-client';

interface HallBody {
	conferenceId: number;
	programme: ProgrammeItem[];
	meeting: MeetingSnapshot;
	serverTime: number;
}
interface PressBody {
	meeting?: MeetingSnapshot;
	serverTime?: number;
	message?: string;
}
describe('/api/meeting and its live events (built app)', () => {
	let server: Awaited<ReturnType<typeof startTestApp>>;
	const cookies: Record<'diemdanh' | 'chutich' | 'thuky', string> = {
		diemdanh: '',
		chutich: '',
		thuky: ''
	};
	let hall: HallBody;

	const login = (username: keyof typeof cookies) => signIn(server.url, username);

	/** POSTs a raw body; always answers JSON (asserted) with its status. */
	async function postRaw(body: string, cookie: string | null) {
		const res = await fetch(`${server.url}/api/meeting`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				origin: server.url,
				...(cookie ? { cookie } : {})
			},
			body
		});
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		return { status: res.status, body: (await res.json()) as PressBody };
	}
	const press = (command: unknown, cookie: string | null = cookies.chutich) =>
		postRaw(JSON.stringify(command), cookie);

	async function getHall(cookie?: string) {
		const res = await fetch(`${server.url}/api/meeting`, { headers: cookie ? { cookie } : {} });
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const text = await res.text();
		return { text, body: JSON.parse(text) as HallBody };
	}

	beforeAll(async () => {
		server = await startTestApp();
		cookies.diemdanh = await login('diemdanh');
		cookies.chutich = await login('chutich');
		cookies.thuky = await login('thuky');
		hall = (await getHall()).body;
	});
	afterAll(async () => {
		await server?.stop();
	});

	it('GET answers anyone with the programme and an idle meeting, without the chair’s notes', async () => {
		const { text, body } = await getHall();
		expect(body.meeting).toEqual({
			version: 0,
			timer: { itemId: null, allottedMs: 0, running: false, endsAt: null, remainingMs: 0 },
			message: '',
			screen: 'item',
			endedAt: null
		});
		expect(Math.abs(body.serverTime - Date.now())).toBeLessThan(5_000);
		const speeches = body.programme.filter((i) => i.kind === 'speech');
		expect(speeches).toHaveLength(6);
		expect(speeches.every((s) => s.plannedSeconds === 7 * 60)).toBe(true);
		// The seeded tham luận carry a note for the chair ("Nhắc thời gian…"); the public never sees it.
		expect(text).not.toContain('chairNotes');
		expect(text).not.toContain('Nhắc thời gian');
		// Signed in as the chair, the public endpoint still leaves the notes out.
		expect((await getHall(cookies.chutich)).text).not.toContain('chairNotes');
	});

	describe('who may press', () => {
		it('the chair and the secretariat get 200 with the new meeting', async () => {
			const first = hall.programme[0]!;
			const byChair = await press({ action: 'next', fromItemId: null }, cookies.chutich);
			expect(byChair.status).toBe(200);
			expect(byChair.body.meeting).toEqual({
				version: 1,
				timer: {
					itemId: first.id,
					allottedMs: first.plannedSeconds * 1000,
					running: false,
					endsAt: null,
					remainingMs: first.plannedSeconds * 1000
				},
				message: '',
				screen: 'item',
				endedAt: null
			});
			expect(byChair.body.serverTime).toBeTypeOf('number');

			const speech = hall.programme.find((i) => i.kind === 'speech')!;
			const bySecretariat = await press({ action: 'goto', itemId: speech.id }, cookies.thuky);
			expect(bySecretariat.status).toBe(200);
			expect(bySecretariat.body.meeting).toMatchObject({
				version: 2,
				timer: { itemId: speech.id, allottedMs: 7 * MINUTE_MS }
			});

			const started = await press({ action: 'start' }, cookies.thuky);
			expect(started.status).toBe(200);
			const m = started.body.meeting!;
			expect(m.timer.running).toBe(true);
			// Ends 7 minutes after the server applied it (which is just before it answered).
			expect(m.timer.endsAt! - started.body.serverTime!).toBeLessThanOrEqual(7 * MINUTE_MS);
			expect(m.timer.endsAt! - started.body.serverTime!).toBeGreaterThan(7 * MINUTE_MS - 5_000);
			// What the hall reads is what the console was told.
			expect((await getHall()).body.meeting).toEqual(m);
		});

		it('refuses the check-in team with 403 JSON in Vietnamese, and nothing changes', async () => {
			const before = (await getHall()).body.meeting;
			const { status, body } = await press({ action: 'pause' }, cookies.diemdanh);
			expect(status).toBe(403);
			expect(body.message).toBe('Tài khoản của bạn không có quyền thực hiện việc này.');
			expect((await getHall()).body.meeting).toEqual(before);
		});

		it('answers 401 JSON when signed out or with a made-up session', async () => {
			const before = (await getHall()).body.meeting;
			const signedOut = await press({ action: 'pause' }, null);
			expect(signedOut.status).toBe(401);
			expect(signedOut.body.message).toMatch(VIETNAMESE);
			expect(signedOut.body.message).toMatch(/đăng nhập/);
			const madeUp = await press({ action: 'pause' }, `${SESSION_COOKIE}=${'a'.repeat(32)}`);
			expect(madeUp.status).toBe(401);
			expect((await getHall()).body.meeting).toEqual(before);
		});
	});

	describe('bad requests', () => {
		it.each([
			['malformed JSON', '{"action": "start"', 'Yêu cầu không đúng định dạng JSON.'],
			['an empty body', '', 'Yêu cầu không đúng định dạng JSON.'],
			['an unknown action', JSON.stringify({ action: 'nhảy' }), 'Thao tác không hợp lệ.'],
			['no action', JSON.stringify({ ms: 60_000 }), 'Thao tác không hợp lệ.'],
			['a JSON array', JSON.stringify([{ action: 'start' }]), 'Thao tác không hợp lệ.'],
			[
				'extend without ms',
				JSON.stringify({ action: 'extend' }),
				'Thời gian thêm bớt phải là số mili giây.'
			],
			[
				'extend by text',
				JSON.stringify({ action: 'extend', ms: '60000' }),
				'Thời gian thêm bớt phải là số mili giây.'
			],
			[
				'extend by half a millisecond',
				JSON.stringify({ action: 'extend', ms: 0.5 }),
				'Thời gian thêm bớt phải là số mili giây.'
			],
			[
				'extend by two hours',
				JSON.stringify({ action: 'extend', ms: 120 * MINUTE_MS }),
				'Mỗi lần thêm không quá 60 phút.'
			],
			[
				'a message over 120 characters',
				JSON.stringify({ action: 'message', message: 'ơ'.repeat(MESSAGE_MAX + 1) }),
				`Lời nhắn không quá ${MESSAGE_MAX} ký tự.`
			],
			[
				'a message that is not text',
				JSON.stringify({ action: 'message', message: 42 }),
				'Lời nhắn phải là chữ.'
			],
			['goto without an item', JSON.stringify({ action: 'goto' }), 'Nội dung không hợp lệ.'],
			[
				'previous from an item that is not a number',
				JSON.stringify({ action: 'previous', fromItemId: false }),
				'Nội dung không hợp lệ.'
			],
			[
				'next from a negative item',
				JSON.stringify({ action: 'next', fromItemId: -3 }),
				'Nội dung không hợp lệ.'
			]
		])('answers 400 in Vietnamese to %s, and nothing changes', async (_what, raw, message) => {
			const before = (await getHall()).body.meeting;
			const { status, body } = await postRaw(raw, cookies.chutich);
			expect(status).toBe(400);
			expect(body.message).toBe(message);
			expect((await getHall()).body.meeting).toEqual(before);
		});

		it('accepts a message of exactly 120 characters and shows it to the hall', async () => {
			const text = 'Đề nghị đồng chí kết thúc phần trình bày. '.repeat(3).slice(0, MESSAGE_MAX);
			expect(text).toHaveLength(MESSAGE_MAX);
			const { status, body } = await press({ action: 'message', message: text });
			expect(status).toBe(200);
			expect(body.meeting!.message).toBe(text.trim());
			expect((await getHall()).body.meeting.message).toBe(text.trim());
		});

		it('answers 409 in Vietnamese to going to an item that is not in the agenda', async () => {
			const { status, body } = await press({ action: 'goto', itemId: 2_000_000_000 });
			expect(status).toBe(409);
			expect(body.message).toBe('Nội dung này không còn trong chương trình.');
		});
	});

	describe('live events', () => {
		it('a screen on /api/live hears each press as a `meeting` event with the new state and the server time', async () => {
			const live = await openLive(server.url);
			try {
				const hello = live.events[0]!;
				expect(hello.event).toBe('hello');
				expect(Math.abs(hello.data.serverTime! - Date.now())).toBeLessThan(5_000);

				const paused = await press({ action: 'pause' }, cookies.chutich);
				expect(paused.status).toBe(200);
				const heard = await live.meetingEvent(paused.body.meeting!.version);
				expect(heard.data.meeting).toEqual(paused.body.meeting);
				expect(heard.data.conferenceId).toBe(hall.conferenceId);
				expect(heard.data.serverTime).toBeTypeOf('number');
				expect(Math.abs(heard.data.serverTime! - paused.body.serverTime!)).toBeLessThan(5_000);

				const extended = await press({ action: 'extend', ms: MINUTE_MS }, cookies.thuky);
				const heard2 = await live.meetingEvent(extended.body.meeting!.version);
				expect((heard2.data.meeting as MeetingSnapshot).timer.allottedMs).toBe(
					paused.body.meeting!.timer.allottedMs + MINUTE_MS
				);

				// A press that changes nothing (pause while paused) announces nothing.
				const again = await press({ action: 'pause' }, cookies.thuky);
				expect(again.body.meeting).toEqual(extended.body.meeting);
				const marker = await press({ action: 'message', message: 'Giữ trật tự' }, cookies.chutich);
				await live.meetingEvent(marker.body.meeting!.version);
				const meetingEvents = live.events
					.filter((e) => e.event === 'meeting')
					.map((e) => (e.data.meeting as MeetingSnapshot).version);
				expect(meetingEvents).toEqual([
					paused.body.meeting!.version,
					extended.body.meeting!.version,
					marker.body.meeting!.version
				]);
				// Staff-only news never reaches an anonymous screen.
				expect(live.events.some((e) => e.event === 'attendance' || e.event === 'roster')).toBe(
					false
				);
			} finally {
				await live.close();
			}
		});
	});

	it('answers any JSON body with JSON, never 5xx, and a Vietnamese message when refused', async () => {
		const ids = hall.programme.map((i) => i.id);
		const actions = [
			'start',
			'pause',
			'resume',
			'reset',
			'stop',
			'extend',
			'next',
			'previous',
			'goto',
			'message'
		];
		const command = fc.record(
			{
				action: fc.oneof(
					{ weight: 5, arbitrary: fc.constantFrom(...actions) },
					{ weight: 1, arbitrary: fc.jsonValue() }
				),
				ms: fc.oneof(
					fc.integer({ min: -2 * 60 * MINUTE_MS, max: 2 * 60 * MINUTE_MS }),
					fc.jsonValue()
				),
				fromItemId: fc.oneof(
					fc.constantFrom(...ids),
					fc.constant(null),
					fc.integer(),
					fc.jsonValue()
				),
				itemId: fc.oneof(fc.constantFrom(...ids), fc.integer(), fc.jsonValue()),
				message: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 140 }), fc.jsonValue())
			},
			{ requiredKeys: ['action'] }
		);
		await fc.assert(
			fc.asyncProperty(
				fc.oneof({ weight: 4, arbitrary: command }, { weight: 1, arbitrary: fc.jsonValue() }),
				async (value) => {
					const { status, body } = await press(value, cookies.chutich);
					expect([200, 400, 409]).toContain(status);
					if (status === 200) expect(body.meeting!.version).toBeTypeOf('number');
					else expect(body.message).toMatch(VIETNAMESE);
				}
			),
			{ numRuns: 150 }
		);
	});
});
