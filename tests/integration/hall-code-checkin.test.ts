import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	HALL_WINDOW_MS,
	deriveHallCode,
	deriveHallShortCode,
	hallWindow
} from '$lib/domain/hall-code';
import { SELF_DEVICE_ID } from '$lib/domain/devices';
import { firstCheckinOf } from '$lib/server/checkin/first';
import {
	HALL_CODE_FAILURE_LIMIT,
	HALL_CODE_MESSAGES,
	checkInWithHallCode
} from '$lib/server/checkin/hall-code';
import type { Database } from '$lib/server/db';
import { checkin } from '$lib/server/db/schema';
import { listDelegates, type DelegateRow } from '$lib/server/delegates';
import { serverSecret } from '$lib/server/secret';
import { createSeededContext } from './test-db';

describe('self check-in with the short code typed on the delegate page', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let delegates: DelegateRow[];
	let next = 0;
	const fresh = () => delegates[next++]!;
	const now = new Date('2026-04-24T07:42:10+07:00');
	const codeAt = (ms: number) => deriveHallShortCode(serverSecret(), conferenceId, hallWindow(ms));

	beforeAll(async () => {
		({ db, dispose, conferenceId } = await createSeededContext());
		delegates = await listDelegates(db, conferenceId);
	});
	afterAll(() => dispose());

	it('checks the delegate in with the code on the screen now, and again says when', async () => {
		const d = fresh();
		const first = await checkInWithHallCode(db, conferenceId, d.id, codeAt(now.getTime()), now);
		expect(first).toEqual({ ok: true, status: 'checked_in', firstAt: now });
		const stored = await firstCheckinOf(db, d.id);
		expect(stored).toMatchObject({ deviceId: SELF_DEVICE_ID, method: 'self', scannedAt: now });
		// Typed with a space, as the screen groups it, just after the screen changed: still accepted.
		const later = new Date(now.getTime() + HALL_WINDOW_MS);
		const typed = codeAt(now.getTime()).replace(/^(\d{3})/, '$1 ');
		const again = await checkInWithHallCode(db, conferenceId, d.id, typed, later);
		expect(again).toEqual({ ok: true, status: 'repeat', firstAt: now });
	});

	it("takes the hall QR's own code too, as the page's camera reads it, under the same windows", async () => {
		const d = fresh();
		const qrCode = deriveHallCode(serverSecret(), conferenceId, hallWindow(now.getTime()));
		expect(
			await checkInWithHallCode(
				db,
				conferenceId,
				d.id,
				qrCode,
				new Date(now.getTime() + 3 * HALL_WINDOW_MS)
			)
		).toMatchObject({ ok: false, reason: 'expired' });
		expect(await checkInWithHallCode(db, conferenceId, d.id, qrCode, now)).toEqual({
			ok: true,
			status: 'checked_in',
			firstAt: now
		});
	});

	it('refuses an expired code and a wrong one with their own Vietnamese message, storing nothing', async () => {
		const d = fresh();
		const old = codeAt(now.getTime() - 3 * HALL_WINDOW_MS);
		expect(await checkInWithHallCode(db, conferenceId, d.id, old, now)).toEqual({
			ok: false,
			reason: 'expired',
			message: HALL_CODE_MESSAGES.expired
		});
		const right = codeAt(now.getTime());
		const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
		const refused = await checkInWithHallCode(db, conferenceId, d.id, wrong, now);
		expect(refused.ok).toBe(false);
		expect(await checkInWithHallCode(db, conferenceId, d.id, '12a', now)).toEqual({
			ok: false,
			reason: 'malformed',
			message: HALL_CODE_MESSAGES.malformed
		});
		expect(await db.select().from(checkin).where(eq(checkin.delegateId, d.id))).toHaveLength(0);
	});

	it('after a few wrong codes in a minute refuses even the right one, for that delegate only, until the minute has passed', async () => {
		const d = fresh();
		const other = fresh();
		const right = codeAt(now.getTime());
		const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
		for (let i = 0; i < HALL_CODE_FAILURE_LIMIT; i++) {
			const r = await checkInWithHallCode(db, conferenceId, d.id, wrong, now);
			expect(r).toMatchObject({ ok: false });
			expect(r.ok === false && r.reason).not.toBe('throttled');
		}
		// Sent at once, the tries are still counted one by one.
		const burst = await Promise.all(
			[1, 2, 3].map(() => checkInWithHallCode(db, conferenceId, d.id, right, now))
		);
		for (const r of burst)
			expect(r).toEqual({ ok: false, reason: 'throttled', message: HALL_CODE_MESSAGES.throttled });
		expect(await firstCheckinOf(db, d.id)).toBeNull();
		expect(await checkInWithHallCode(db, conferenceId, other.id, right, now)).toMatchObject({
			ok: true,
			status: 'checked_in'
		});

		const minuteLater = new Date(now.getTime() + 61_000);
		expect(
			await checkInWithHallCode(db, conferenceId, d.id, codeAt(minuteLater.getTime()), minuteLater)
		).toMatchObject({ ok: true });
	});
});
