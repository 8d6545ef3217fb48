import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNDO_WINDOW_MS, type CheckinItem } from '$lib/domain/checkin';
import { inviteTokenHash } from '$lib/domain/invite-token';
import { firstCheckinsOfConference } from '$lib/server/checkin/first';
import { recordCheckins, type CheckinSender } from '$lib/server/checkin/record';
import { revokedTokenHashes } from '$lib/server/checkin/revoked';
import { scannerRoster } from '$lib/server/checkin/roster';
import { undoCheckin } from '$lib/server/checkin/undo';
import type { Database } from '$lib/server/db';
import {
	auditLog,
	checkin,
	conference,
	delegate,
	delegateGroup,
	user
} from '$lib/server/db/schema';
import {
	assignInviteTokens,
	inviteTokenOf,
	listDelegates,
	reissueInvite,
	setReply,
	type DelegateRow
} from '$lib/server/delegates';
import { RuleError } from '$lib/server/http/errors';
import { createSeededContext } from './test-db';

describe('check-in (server module)', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };
	let sender: CheckinSender;
	let checkinUser: { id: number; role: 'checkin' };
	let delegates: DelegateRow[];
	let nextDelegate = 0;
	/** A delegate nobody else in this file touches. */
	const freshDelegate = () => delegates[nextDelegate++]!;

	// The morning of the conference (2026-04-24, 08:00 Hà Nội).
	const at = (hhmm: string) => new Date(`2026-04-24T${hhmm}:00+07:00`);
	const now = at('08:00');
	const newId = () => `t-${randomUUID()}`;
	const byToken = (d: DelegateRow, over: Partial<CheckinItem> = {}): CheckinItem => ({
		id: newId(),
		tokenHash: inviteTokenHash(inviteTokenOf(d)),
		scannedAt: at('07:40'),
		deviceId: 'may-1',
		method: 'scan',
		...over
	});
	const record = (items: CheckinItem[], when = now) =>
		recordCheckins(db, conferenceId, items, sender, when);
	const rowsOf = (delegateId: number) =>
		db.select().from(checkin).where(eq(checkin.delegateId, delegateId));
	const activeFirst = async (delegateId: number) =>
		(await firstCheckinsOfConference(db, conferenceId)).get(delegateId);

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
		sender = { userId: actor.userId, address: actor.address };
		const [scanner] = await db.select().from(user).where(eq(user.username, 'diemdanh'));
		checkinUser = { id: scanner!.id, role: 'checkin' };
		delegates = await listDelegates(db, conferenceId);
	});
	afterAll(() => dispose());

	it('starts with nobody checked in', async () => {
		expect((await db.select({ n: count() }).from(checkin))[0]!.n).toBe(0);
	});

	it('stores an id once, whether resent in one batch or in two, and answers the same', async () => {
		const d = freshDelegate();
		const item = byToken(d);
		const [a, b] = await record([item, { ...item }]);
		expect(a).toEqual({
			id: item.id,
			status: 'checked_in',
			delegateId: d.id,
			firstAt: at('07:40').toISOString(),
			firstDeviceId: 'may-1'
		});
		expect(b).toEqual(a);
		// A resend later, even with different content under the same id, stores nothing new.
		const [c] = await record([{ ...item, scannedAt: at('07:10'), deviceId: 'may-9' }], at('08:05'));
		expect(c).toEqual(a);
		expect(await rowsOf(d.id)).toHaveLength(1);
	});

	it('keeps the earliest scan across two devices and tells the later one it was a repeat', async () => {
		const d = freshDelegate();
		const fromA = byToken(d, { scannedAt: at('07:45'), deviceId: 'may-A' });
		const fromB = byToken(d, { scannedAt: at('07:42'), deviceId: 'may-B' });
		const [a] = await record([fromA]);
		expect(a).toMatchObject({
			status: 'checked_in',
			firstAt: at('07:45').toISOString(),
			firstDeviceId: 'may-A'
		});
		const [b] = await record([fromB]);
		expect(b).toMatchObject({
			status: 'checked_in',
			delegateId: d.id,
			firstAt: at('07:42').toISOString(),
			firstDeviceId: 'may-B'
		});
		const [again] = await record([fromA]);
		expect(again).toEqual({
			id: fromA.id,
			status: 'repeat',
			delegateId: d.id,
			firstAt: at('07:42').toISOString(),
			firstDeviceId: 'may-B'
		});
		expect(await rowsOf(d.id)).toHaveLength(2);
		expect((await activeFirst(d.id))?.deviceId).toBe('may-B');
		// Exactly one of the stored scans is the check-in, whichever is asked about.
		const both = await record([fromA, fromB], at('08:10'));
		expect(both.map((r) => r.status)).toEqual(['repeat', 'checked_in']);
	});

	it('keeps repeat scans as rows', async () => {
		const d = freshDelegate();
		const scans = ['07:30', '07:31', '07:50'].map((t) => byToken(d, { scannedAt: at(t) }));
		const results = await record(scans);
		expect(results.map((r) => r.status)).toEqual(['checked_in', 'repeat', 'repeat']);
		for (const r of results)
			expect(r).toMatchObject({ delegateId: d.id, firstAt: at('07:30').toISOString() });
		const rows = await rowsOf(d.id);
		expect(rows.map((r) => r.id).sort()).toEqual(scans.map((s) => s.id).sort());
		expect(rows.every((r) => r.undoneAt === null && r.userId === actor.userId)).toBe(true);
	});

	describe('rejections', () => {
		it('names an unknown code', async () => {
			const item: CheckinItem = {
				...byToken(freshDelegate()),
				tokenHash: inviteTokenHash('a'.repeat(26))
			};
			const [r] = await record([item]);
			expect(r).toMatchObject({
				id: item.id,
				status: 'rejected',
				reason: 'unknown_code',
				message: 'Mã không có trong danh sách đại biểu'
			});
			expect(await db.select().from(checkin).where(eq(checkin.id, item.id))).toHaveLength(0);
		});

		it('names a revoked token (reissued), and still admits the new one', async () => {
			const d = freshDelegate();
			const oldHash = inviteTokenHash(inviteTokenOf(d));
			await reissueInvite(db, actor, conferenceId, d.id);
			const [reissued] = (await listDelegates(db, conferenceId)).filter((x) => x.id === d.id);
			const [old, fresh] = await record([
				{ ...byToken(d), tokenHash: oldHash },
				byToken(reissued!)
			]);
			expect(old).toMatchObject({ status: 'rejected', reason: 'revoked' });
			expect(old).toHaveProperty('message', expect.stringContaining('thu hồi'));
			expect(fresh).toMatchObject({ status: 'checked_in', delegateId: d.id });
			expect(await revokedTokenHashes(db, conferenceId)).toContain(oldHash);
		});

		it('names a token of another conference, and refuses its delegate by id', async () => {
			const other = await addOtherConference();
			const [byHash, byId] = await record([
				{ ...byToken(freshDelegate()), tokenHash: other.tokenHash },
				{
					id: newId(),
					delegateId: other.delegateId,
					scannedAt: at('07:40'),
					deviceId: 'may-1',
					method: 'manual'
				}
			]);
			expect(byHash).toMatchObject({
				status: 'rejected',
				reason: 'other_conference',
				message: 'Giấy mời của một hội nghị khác'
			});
			expect(byId).toMatchObject({ status: 'rejected', reason: 'not_found' });
			expect(await rowsOf(other.delegateId)).toHaveLength(0);
		});

		it('refuses a delegate id that does not exist', async () => {
			const [r] = await record([
				{
					id: newId(),
					delegateId: 9_999_999,
					scannedAt: at('07:40'),
					deviceId: 'may-1',
					method: 'manual'
				}
			]);
			expect(r).toMatchObject({ status: 'rejected', reason: 'not_found' });
		});
	});

	it('checks in by name search (delegateId)', async () => {
		const d = freshDelegate();
		const [r] = await record([
			{ id: newId(), delegateId: d.id, scannedAt: at('07:41'), deviceId: 'may-2', method: 'manual' }
		]);
		expect(r).toMatchObject({ status: 'checked_in', delegateId: d.id, firstDeviceId: 'may-2' });
		expect((await rowsOf(d.id))[0]?.method).toBe('manual');
	});

	it('adds a walk-in as a delegate and checks them in, once per id', async () => {
		const [group] = await db
			.select()
			.from(delegateGroup)
			.where(eq(delegateGroup.conferenceId, conferenceId))
			.limit(1);
		const item: CheckinItem = {
			id: newId(),
			walkIn: { fullName: 'Trần Văn Khách', position: 'Người dân', groupId: group!.id },
			scannedAt: at('07:55'),
			deviceId: 'may-3',
			method: 'walk-in'
		};
		const walkIns = () =>
			db
				.select()
				.from(delegate)
				.where(and(eq(delegate.fullName, 'Trần Văn Khách'), eq(delegate.isWalkIn, true)));
		const [first] = await record([item, { ...item }]);
		expect(first).toMatchObject({ status: 'checked_in', firstAt: at('07:55').toISOString() });
		const created = await walkIns();
		expect(created).toHaveLength(1);
		expect(created[0]).toMatchObject({
			id: (first as { delegateId: number }).delegateId,
			conferenceId,
			groupId: group!.id,
			reply: 'attending'
		});
		expect(created[0]!.inviteTokenHash).toMatch(/^[0-9a-f]{64}$/);
		const [again] = await record([item], at('08:10'));
		expect(again).toEqual(first);
		expect(await walkIns()).toHaveLength(1);
		const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'delegate.walk_in'));
		expect(audit.filter((a) => a.entityId === String(created[0]!.id))).toHaveLength(1);
	});

	it('adds one walk-in when the same item arrives twice at once', async () => {
		const [group] = await db
			.select()
			.from(delegateGroup)
			.where(eq(delegateGroup.conferenceId, conferenceId))
			.limit(1);
		const item: CheckinItem = {
			id: newId(),
			walkIn: { fullName: 'Đỗ Thị Hai Lần', position: '', groupId: group!.id },
			scannedAt: at('07:56'),
			deviceId: 'may-3',
			method: 'walk-in'
		};
		const [[a], [b]] = await Promise.all([record([item]), record([item])]);
		expect(a).toEqual(b);
		expect(a).toMatchObject({ status: 'checked_in' });
		expect(
			await db.select().from(delegate).where(eq(delegate.fullName, 'Đỗ Thị Hai Lần'))
		).toHaveLength(1);
	});

	it('refuses a walk-in into a group of another conference', async () => {
		const other = await addOtherConference();
		const before = (await db.select({ n: count() }).from(delegate))[0]!.n;
		const [r] = await record([
			{
				id: newId(),
				walkIn: { fullName: 'Lê Thị Lạ', position: '', groupId: other.groupId },
				scannedAt: at('07:55'),
				deviceId: 'may-3',
				method: 'walk-in'
			}
		]);
		expect(r).toMatchObject({ status: 'rejected', reason: 'invalid' });
		expect((await db.select({ n: count() }).from(delegate))[0]!.n).toBe(before);
	});

	it('clamps a scan time from the future to the server time', async () => {
		const d = freshDelegate();
		const [r] = await record([byToken(d, { scannedAt: at('09:30') })], now);
		expect(r).toMatchObject({ status: 'checked_in', firstAt: now.toISOString() });
		expect((await rowsOf(d.id))[0]!.scannedAt.toISOString()).toBe(now.toISOString());
	});

	it('ends with exactly one check-in when two batches for one delegate arrive at once', async () => {
		for (let round = 0; round < 5; round++) {
			const d = freshDelegate();
			const fromA = byToken(d, { scannedAt: at('07:40'), deviceId: 'may-A' });
			const fromB = byToken(d, { scannedAt: at('07:40'), deviceId: 'may-B' });
			const [[a], [b]] = await Promise.all([record([fromA]), record([fromB])]);
			// Each answer is the canonical state when it was made: a check-in names its own scan.
			for (const [r, item] of [
				[a, fromA],
				[b, fromB]
			] as const) {
				if (r!.status === 'checked_in')
					expect(r).toMatchObject({
						firstDeviceId: item.deviceId,
						firstAt: at('07:40').toISOString()
					});
				else expect(r!.status).toBe('repeat');
			}
			expect([a!.status, b!.status]).toContain('checked_in');
			// Same time: the smaller id wins, whichever batch came first.
			const winner = fromA.id < fromB.id ? fromA : fromB;
			expect((await activeFirst(d.id))?.deviceId).toBe(winner.deviceId);
			const again = await record([fromA, fromB], at('08:10'));
			expect(again.filter((r) => r.status === 'checked_in').map((r) => r.id)).toEqual([winner.id]);
			expect(
				again.every((r) => r.status !== 'rejected' && r.firstDeviceId === winner.deviceId)
			).toBe(true);
			expect(await rowsOf(d.id)).toHaveLength(2);
		}
	});

	it('does not deadlock when two batches name the same delegates in opposite orders', async () => {
		const group = [freshDelegate(), freshDelegate(), freshDelegate()];
		const batch = (order: DelegateRow[], deviceId: string) =>
			order.map((d) => byToken(d, { deviceId }));
		const [one, two] = await Promise.all([
			record(batch(group, 'may-A')),
			record(batch([...group].reverse(), 'may-B'))
		]);
		expect([...one, ...two].every((r) => r.status === 'checked_in' || r.status === 'repeat')).toBe(
			true
		);
		for (const d of group) {
			expect(await rowsOf(d.id)).toHaveLength(2);
			expect(await activeFirst(d.id)).toBeDefined();
		}
	});

	it('keeps resends idempotent when the same batch arrives twice at once', async () => {
		const d = freshDelegate();
		const item = byToken(d);
		const [[a], [b]] = await Promise.all([record([item]), record([item])]);
		expect(a).toEqual(b);
		expect(a).toMatchObject({ status: 'checked_in' });
		expect(await rowsOf(d.id)).toHaveLength(1);
	});

	describe('undo', () => {
		const undo = (
			delegateId: number,
			user: { id: number; role: 'checkin' | 'secretariat' | 'chair' },
			deviceId: string,
			when: Date
		) =>
			undoCheckin(
				db,
				conferenceId,
				{ delegateId, reason: 'Quét nhầm', deviceId, user, address: '127.0.0.1' },
				when
			);

		it('works within 15 minutes from the device that made it, with every repeat scan', async () => {
			const d = freshDelegate();
			const [first, repeat] = await record([
				byToken(d, { deviceId: 'may-1' }),
				byToken(d, { scannedAt: at('07:44'), deviceId: 'may-2' })
			]);
			expect(first!.status).toBe('checked_in');
			expect(repeat!.status).toBe('repeat');
			const result = await undo(d.id, checkinUser, 'may-1', at('07:50'));
			expect(result).toMatchObject({ fullName: d.fullName, undone: 2 });
			expect(await activeFirst(d.id)).toBeUndefined();
			const rows = await rowsOf(d.id);
			expect(rows).toHaveLength(2);
			expect(
				rows.every(
					(r) =>
						r.undoneAt !== null &&
						r.undoneByUserId === checkinUser.id &&
						r.undoReason === 'Quét nhầm'
				)
			).toBe(true);
			const [audit] = await db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.action, 'checkin.undo'), eq(auditLog.entityId, String(d.id))));
			expect(audit).toMatchObject({ userId: checkinUser.id, detail: { reason: 'Quét nhầm' } });
			// A resend of an undone scan does not bring it back.
			const [resent] = await record([{ ...byToken(d), id: first!.id! }]);
			expect(resent).toMatchObject({ status: 'rejected', reason: 'undone' });
			// A new scan checks them in again.
			const [anew] = await record([byToken(d, { scannedAt: at('07:52') })], at('07:53'));
			expect(anew).toMatchObject({ status: 'checked_in', firstAt: at('07:52').toISOString() });
		});

		it('refuses another device with the check-in role, but lets the secretariat', async () => {
			const d = freshDelegate();
			await record([byToken(d, { deviceId: 'may-1' })]);
			await expect(undo(d.id, checkinUser, 'may-2', at('07:50'))).rejects.toBeInstanceOf(RuleError);
			expect(await activeFirst(d.id)).toBeDefined();
			await undo(d.id, { id: actor.userId, role: 'secretariat' }, 'may-van-phong', at('07:50'));
			expect(await activeFirst(d.id)).toBeUndefined();
		});

		it('refuses after 15 minutes, even from the same device', async () => {
			const d = freshDelegate();
			await record([byToken(d, { scannedAt: at('07:40'), deviceId: 'may-1' })]);
			const late = new Date(at('07:40').getTime() + UNDO_WINDOW_MS + 1000);
			await expect(undo(d.id, checkinUser, 'may-1', late)).rejects.toBeInstanceOf(RuleError);
			await expect(
				undo(d.id, { id: actor.userId, role: 'secretariat' }, 'may-1', late)
			).rejects.toBeInstanceOf(RuleError);
			expect(await activeFirst(d.id)).toBeDefined();
		});

		it('refuses when there is nothing to undo', async () => {
			await expect(undo(freshDelegate().id, checkinUser, 'may-1', now)).rejects.toBeInstanceOf(
				RuleError
			);
		});
	});

	it('gives scanners hashes, never tokens, with first check-ins and revoked hashes', async () => {
		const d = freshDelegate();
		const oldHash = inviteTokenHash(inviteTokenOf(d));
		await reissueInvite(db, actor, conferenceId, d.id);
		const checkedIn = freshDelegate();
		await record([byToken(checkedIn, { scannedAt: at('07:33'), deviceId: 'may-7' })]);

		const roster = await scannerRoster(db, conferenceId);
		const current = await listDelegates(db, conferenceId);
		expect(roster.delegates).toHaveLength(current.length);
		const body = JSON.stringify(roster);
		for (const x of current) {
			const token = inviteTokenOf(x);
			expect(body).not.toContain(token);
			expect(roster.delegates.find((e) => e.id === x.id)?.tokenHash).toBe(inviteTokenHash(token));
		}
		expect(roster.delegates.find((e) => e.id === checkedIn.id)).toMatchObject({
			firstAt: at('07:33').getTime(),
			firstDeviceId: 'may-7'
		});
		const untouched = freshDelegate();
		expect(roster.delegates.find((e) => e.id === untouched.id)).toMatchObject({
			firstAt: null,
			firstDeviceId: null
		});
		expect(roster.revokedHashes).toContain(oldHash);
		expect(roster.delegates.some((e) => e.tokenHash === oldHash)).toBe(false);
		expect(roster.otherConferenceHashes.length).toBeGreaterThan(0);
	});

	it('tells scanners who excused themselves, for the name search ("Vắng có lý do")', async () => {
		const excused = freshDelegate();
		const coming = freshDelegate();
		await setReply(db, excused.id, { reply: 'absent', reason: 'Đi công tác tỉnh' }, at('07:00'));
		await setReply(db, coming.id, { reply: 'attending' }, at('07:00'));
		const roster = await scannerRoster(db, conferenceId);
		expect(roster.delegates.find((e) => e.id === excused.id)).toMatchObject({
			excused: true,
			firstAt: null
		});
		expect(roster.delegates.find((e) => e.id === coming.id)).toMatchObject({ excused: false });
		expect(roster.delegates.filter((e) => e.excused).map((e) => e.id)).toEqual([excused.id]);
	});

	/** A second conference with one group and one delegate holding a token. */
	async function addOtherConference() {
		const [conf] = await db
			.insert(conference)
			.values({
				title: 'Hội nghị khác',
				subject: 'Thử',
				place: 'Xã bên',
				startsAt: new Date('2025-01-10T08:00:00+07:00'),
				endsAt: new Date('2025-01-10T11:00:00+07:00'),
				chairName: 'Ông B',
				chairTitle: 'Chủ tịch',
				issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ KHÁC'],
				locality: 'Xã Khác'
			})
			.returning();
		const [group] = await db
			.insert(delegateGroup)
			.values({ conferenceId: conf!.id, name: 'Khách', position: 1 })
			.returning();
		const [d] = await db
			.insert(delegate)
			.values({ conferenceId: conf!.id, groupId: group!.id, fullName: 'Phạm Văn Ngoài' })
			.returning({ id: delegate.id, inviteTokenVersion: delegate.inviteTokenVersion });
		await assignInviteTokens(db, [d!]);
		return {
			conferenceId: conf!.id,
			groupId: group!.id,
			delegateId: d!.id,
			tokenHash: inviteTokenHash(inviteTokenOf(d!))
		};
	}
});
