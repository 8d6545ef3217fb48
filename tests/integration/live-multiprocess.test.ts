import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceChange } from '$lib/domain/checkin';
import { deriveInviteToken, inviteTokenHash } from '$lib/domain/invite-token';
import type { MeetingSnapshot } from '$lib/domain/meeting';
import { MINUTE_MS } from '$lib/domain/timer';
import { serverSecret } from '$lib/server/secret';
import { startServer } from '../../scripts/lib/server-process.js';
import { openLive, signIn } from './app-client';
import { demoCopy } from './test-db';

// Two processes of the built app on one PostgreSQL database, as an operator would run behind a
// load balancer: live events travel through LISTEN/NOTIFY, so either process serves the same state.
// Needs a PostgreSQL server (.ci/run starts one and sets TEST_DATABASE_URL); PGlite is one process.
describe.skipIf(!process.env.TEST_DATABASE_URL)('two app processes on one PostgreSQL', () => {
	type Server = Awaited<ReturnType<typeof startServer>>;
	let a: Server;
	let b: Server;
	const dataDirs: string[] = [];
	let removeCopy = async () => {};
	let speech: { id: number; title: string };

	const press = async (server: Server, cookie: string, command: unknown) => {
		const res = await fetch(`${server.url}/api/meeting`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.url, cookie },
			body: JSON.stringify(command)
		});
		expect(res.status).toBe(200);
		return ((await res.json()) as { meeting: MeetingSnapshot }).meeting;
	};
	const hallOf = async (server: Server) =>
		(await (await fetch(`${server.url}/api/meeting`)).json()) as { meeting: MeetingSnapshot };

	beforeAll(async () => {
		const copy = await demoCopy();
		if (!('url' in copy.where))
			throw new Error('the demo template is PostgreSQL when TEST_DATABASE_URL is set');
		removeCopy = copy.remove;
		const env = { HOINGHI_SECRET: process.env.HOINGHI_SECRET!, DATABASE_URL: copy.where.url };
		const start = () => {
			const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-multiprocess-'));
			dataDirs.push(dataDir);
			return startServer({ dataDir, env });
		};
		// Both processes on one database: each migrates under the advisory lock and finds the demo there.
		[a, b] = await Promise.all([start(), start()]);
		const res = await fetch(`${a.url}/api/meeting`);
		const body = (await res.json()) as { programme: { id: number; kind: string; title: string }[] };
		speech = body.programme.find((i) => i.kind === 'speech')!;
	}, 120_000);
	afterAll(async () => {
		await Promise.all([a?.stop(), b?.stop()]);
		await removeCopy();
		for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
	});

	it('a timer started through one process reaches the screens of the other, and back', async () => {
		const chairOnA = await signIn(a.url, 'chutich');
		const secretariatOnB = await signIn(b.url, 'thuky');
		// The projector and a delegate's phone, both connected to process B; a second screen on A.
		const projector = await openLive(b.url);
		const phone = await openLive(b.url);
		const screenOnA = await openLive(a.url);
		try {
			await press(a, chairOnA, { action: 'goto', itemId: speech.id });
			const started = await press(a, chairOnA, { action: 'start' });
			expect(started.timer).toMatchObject({
				itemId: speech.id,
				running: true,
				allottedMs: 7 * MINUTE_MS
			});

			for (const screen of [projector, phone]) {
				const heard = await screen.meetingEvent(started.version);
				// The very state process A decided: the same end time, so the same countdown.
				expect(heard.data.meeting).toEqual(started);
			}
			// B reads the same state from the database, too (a reload on a screen served by B).
			expect((await hallOf(b)).meeting).toEqual(started);

			// The secretariat presses +1 min on process B: the screen on A hears it.
			const extended = await press(b, secretariatOnB, { action: 'extend', ms: MINUTE_MS });
			expect(extended.version).toBe(started.version + 1);
			expect(extended.timer.endsAt).toBe(started.timer.endsAt! + MINUTE_MS);
			expect((await screenOnA.meetingEvent(extended.version)).data.meeting).toEqual(extended);
			expect((await projector.meetingEvent(extended.version)).data.meeting).toEqual(extended);

			// The chair on A pauses; the projector on B freezes at the time A recorded.
			const paused = await press(a, chairOnA, { action: 'pause' });
			const heardPause = (await projector.meetingEvent(paused.version)).data
				.meeting as MeetingSnapshot;
			expect(heardPause.timer).toMatchObject({
				running: false,
				endsAt: null,
				remainingMs: paused.timer.remainingMs
			});
		} finally {
			await Promise.all([projector.close(), phone.close(), screenOnA.close()]);
		}
	});

	it('a check-in through one process reaches the attendance board served by the other', async () => {
		const staffOnA = await signIn(a.url, 'diemdanh');
		const staffOnB = await signIn(b.url, 'diemdanh');
		const roster = (await (
			await fetch(`${a.url}/api/roster`, { headers: { cookie: staffOnA } })
		).json()) as {
			delegates: { id: number; firstAt: number | null }[];
		};
		const delegate = roster.delegates.find((d) => d.firstAt === null)!;
		const board = await openLive(b.url, staffOnB);
		try {
			const res = await fetch(`${a.url}/api/checkins`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: a.url, cookie: staffOnA },
				body: JSON.stringify({
					checkins: [
						{
							id: `multi-${Date.now().toString(36)}`,
							tokenHash: inviteTokenHash(deriveInviteToken(serverSecret(), delegate.id, 1)),
							scannedAt: Date.now() - 1000,
							deviceId: 'cua-chinh',
							method: 'scan'
						}
					]
				})
			});
			expect(res.status).toBe(200);
			const heard = await board.waitFor(
				(e) =>
					e.event === 'attendance' &&
					(e.data.changes as AttendanceChange[]).some((c) => c.delegateId === delegate.id),
				`attendance of delegate ${delegate.id}`
			);
			const change = (heard.data.changes as AttendanceChange[]).find(
				(c) => c.delegateId === delegate.id
			)!;
			expect(change).toMatchObject({ firstDeviceId: 'cua-chinh', firstAt: expect.any(Number) });
		} finally {
			await board.close();
		}
	});
});
