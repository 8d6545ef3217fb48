import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckinResult } from '$lib/domain/checkin';
import { signIn, startTestApp } from './app-client';

interface RosterBody {
	delegates: { id: number; tokenHash: string | null; firstAt: number | null; isWalkIn: boolean }[];
}

/**
 * Many phones at once (src/lib/server/group-commit.ts merges their batches into one transaction):
 * each phone must still get exactly the answers it would get alone.
 */
describe('POST /api/checkins from many phones at once (built app)', () => {
	let server: Awaited<ReturnType<typeof startTestApp>>;
	let staff: string;
	let delegates: RosterBody['delegates'];

	const post = async (checkins: object[]) => {
		const res = await fetch(`${server.url}/api/checkins`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.url, cookie: staff },
			body: JSON.stringify({ checkins })
		});
		return {
			status: res.status,
			results: ((await res.json()) as { results: CheckinResult[] }).results
		};
	};
	const roster = async () =>
		(await (
			await fetch(`${server.url}/api/roster`, { headers: { cookie: staff } })
		).json()) as RosterBody;

	beforeAll(async () => {
		server = await startTestApp();
		staff = await signIn(server.url, 'diemdanh');
		delegates = (await roster()).delegates.filter((d) => d.tokenHash && !d.isWalkIn).slice(0, 30);
	});
	afterAll(async () => {
		await server?.stop();
	});

	it('answers every item of 60 simultaneous batches as if each were alone: one first check-in per delegate, the earliest scan', async () => {
		const base = Date.now() - 600_000;
		// Each delegate is scanned by three phones at different times; some phones resend an id.
		const scans = delegates.flatMap((d, n) =>
			[2, 0, 1].map((order) => ({
				id: randomUUID(),
				tokenHash: d.tokenHash,
				scannedAt: base + n * 1000 + order * 10,
				deviceId: `phone-${order}`,
				method: 'scan'
			}))
		);
		const batches: (typeof scans)[] = [];
		for (let i = 0; i < scans.length; i += 3) batches.push(scans.slice(i, i + 3).reverse());
		for (let i = 0; i < batches.length; i += 4) batches.push([batches[i]![0]!]); // a resend of an id another batch carries
		const answers = await Promise.all(batches.map(post));

		for (const [i, answer] of answers.entries()) {
			expect(answer.status).toBe(200);
			expect(answer.results.map((r) => r.id)).toEqual(batches[i]!.map((s) => s.id));
		}
		const byId = new Map<string, CheckinResult>();
		for (const answer of answers) {
			for (const r of answer.results) {
				// A resent id gets the same answer as its first copy.
				if (byId.has(r.id!)) expect(r).toEqual(byId.get(r.id!));
				byId.set(r.id!, r);
			}
		}
		for (const [n, d] of delegates.entries()) {
			const mine = scans.filter((s) => s.tokenHash === d.tokenHash);
			const earliest = mine.find((s) => s.deviceId === 'phone-0')!;
			for (const s of mine) {
				const r = byId.get(s.id)!;
				expect(r.status).toBe(s === earliest ? 'checked_in' : 'repeat');
				if (r.status !== 'rejected') expect(Date.parse(r.firstAt)).toBe(base + n * 1000);
			}
		}
		const after = await roster();
		for (const d of delegates)
			expect(after.delegates.find((x) => x.id === d.id)!.firstAt).not.toBeNull();
	});

	it('refuses an unknown code alone among simultaneous batches, and answers the others', async () => {
		const d = delegates[0]!;
		const good = Array.from({ length: 5 }, () => [
			{
				id: randomUUID(),
				tokenHash: d.tokenHash,
				scannedAt: Date.now(),
				deviceId: 'phone-x',
				method: 'scan'
			}
		]);
		const bad = [
			{
				id: randomUUID(),
				tokenHash: 'ab'.repeat(32),
				scannedAt: Date.now(),
				deviceId: 'phone-y',
				method: 'scan'
			}
		];
		const answers = await Promise.all([...good.map(post), post(bad)]);
		for (const answer of answers.slice(0, 5)) expect(answer.results[0]!.status).toBe('repeat');
		expect(answers[5]!.results[0]!.status).toBe('rejected');
	});
});
