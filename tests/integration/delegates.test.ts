import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveInviteToken, inviteTokenHash } from '$lib/domain/invite-token';
import type { Database } from '$lib/server/db';
import { auditLog, delegate, delegateGroup } from '$lib/server/db/schema';
import {
	createDelegate,
	deleteDelegate,
	findByInviteToken,
	inviteTokenOf,
	listDelegates,
	recordReplyForDelegate,
	reissueInvite,
	setReply,
	updateDelegate
} from '$lib/server/delegates';
import { createGroups, deleteGroup, listGroups, moveGroup } from '$lib/server/delegates/groups';
import { delegateInputSchema, replySchema } from '$lib/server/delegates/delegate-schema';
import { RuleError } from '$lib/server/http/errors';
import { serverSecret } from '$lib/server/secret';
import { attendanceBoard } from '$lib/server/checkin/board';
import { createSeededContext } from './test-db';

describe('delegates', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };
	const beforeMeeting = new Date('2026-04-20T09:00:00+07:00');

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
	});
	afterAll(() => dispose());

	const input = (over: Partial<Record<string, string>> = {}) =>
		delegateInputSchema.parse({
			fullName: 'Hoàng Thị Mai',
			position: 'Chuyên viên',
			organisation: 'Phòng Kinh tế',
			groupId: '8',
			phone: '0912 000 111',
			email: '',
			note: '',
			...over
		});

	it('each demo delegate holds only the sha256 of a token derived from the server secret', async () => {
		const rows = await db.select().from(delegate);
		expect(rows).toHaveLength(100);
		for (const d of rows) {
			const token = deriveInviteToken(serverSecret(), d.id, d.inviteTokenVersion);
			expect(d.inviteTokenHash).toBe(inviteTokenHash(token));
			expect(JSON.stringify(d)).not.toContain(token);
		}
	});

	it('finds a delegate by their personal token, and nobody by a made-up one', async () => {
		const [d] = await listDelegates(db, conferenceId);
		const found = await findByInviteToken(db, inviteTokenOf(d!));
		expect(found?.delegate.fullName).toBe(d!.fullName);
		expect(found?.conference.id).toBe(conferenceId);
		expect(await findByInviteToken(db, 'a'.repeat(26))).toBeNull();
	});

	it('reissuing revokes the old link at once and issues a working new one', async () => {
		const [, d] = await listDelegates(db, conferenceId);
		const old = inviteTokenOf(d!);
		await reissueInvite(db, actor, conferenceId, d!.id);
		expect(await findByInviteToken(db, old)).toBeNull();
		const [again] = (await listDelegates(db, conferenceId)).filter((x) => x.id === d!.id);
		const fresh = inviteTokenOf(again!);
		expect(fresh).not.toBe(old);
		expect((await findByInviteToken(db, fresh))?.delegate.id).toBe(d!.id);
	});

	it('sorts by group order, then by given name the Vietnamese way', async () => {
		const rows = await listDelegates(db, conferenceId);
		const positions = rows.map((r) => r.groupPosition);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		const hamlets = rows
			.filter((r) => r.groupPosition === 9)
			.map((r) => r.fullName.split(' ').at(-1)!);
		const sorted = [...hamlets].sort(new Intl.Collator('vi').compare);
		expect(hamlets).toEqual(sorted);
	});

	it('creates, edits and removes a delegate, with a link from the start and an audit line each', async () => {
		const id = await createDelegate(db, actor, conferenceId, input());
		const [row] = await db.select().from(delegate).where(eq(delegate.id, id));
		expect(row!.phone).toBe('0912000111');
		expect((await findByInviteToken(db, inviteTokenOf(row!)))?.delegate.id).toBe(id);
		await updateDelegate(db, actor, conferenceId, id, input({ position: 'Phó Trưởng phòng' }));
		expect((await db.select().from(delegate).where(eq(delegate.id, id)))[0]!.position).toBe(
			'Phó Trưởng phòng'
		);
		await deleteDelegate(db, actor, conferenceId, id);
		expect(await db.select().from(delegate).where(eq(delegate.id, id))).toHaveLength(0);
		const actions = (
			await db
				.select()
				.from(auditLog)
				.where(eq(auditLog.entityId, String(id)))
		).map((a) => a.action);
		expect(actions).toEqual(
			expect.arrayContaining(['delegate_created', 'delegate_updated', 'delegate_deleted'])
		);
	});

	it('refuses a group that does not exist, writing nothing', async () => {
		const before = (await db.select({ n: count() }).from(delegate))[0]!.n;
		await expect(
			createDelegate(db, actor, conferenceId, input({ groupId: '99999' }))
		).rejects.toBeInstanceOf(RuleError);
		expect((await db.select({ n: count() }).from(delegate))[0]!.n).toBe(before);
	});

	it('validates the form in Vietnamese', () => {
		const bad = delegateInputSchema.safeParse({
			fullName: '  ',
			position: '',
			organisation: '',
			groupId: '1',
			phone: '',
			email: '',
			note: ''
		});
		expect(bad.success).toBe(false);
		expect(bad.error!.issues[0]!.message).toBe('Vui lòng nhập họ và tên.');
		const phone = delegateInputSchema.safeParse({
			fullName: 'A',
			position: '',
			organisation: '',
			groupId: '1',
			phone: '12345',
			email: '',
			note: ''
		});
		expect(phone.error!.issues[0]!.message).toContain('Số điện thoại “12345” không đúng');
		expect(replySchema.safeParse({ reply: 'absent', reason: ' ' }).error!.issues[0]!.message).toBe(
			'Vui lòng cho biết lý do vắng mặt.'
		);
		// An id beyond PostgreSQL's integer is refused here, not by the database as a 500.
		const huge = delegateInputSchema.safeParse({
			fullName: 'A',
			position: '',
			organisation: '',
			groupId: '99999999999',
			phone: '',
			email: '',
			note: ''
		});
		expect(huge.error!.issues[0]!.message).toBe('Vui lòng chọn thành phần.');
	});

	it('records replies until the meeting starts, and counts them by group', async () => {
		const rows = await listDelegates(db, conferenceId);
		const a = rows.find((r) => r.groupPosition === 1)!;
		const b = rows.find((r) => r.groupPosition === 9)!;
		await setReply(db, a.id, { reply: 'attending' }, beforeMeeting);
		await setReply(db, b.id, { reply: 'absent', reason: 'Đi công tác tỉnh' }, beforeMeeting);
		const summary = await attendanceBoard(db, conferenceId);
		const [g1, , , , , , , , g9] = summary.totals.groups;
		expect(g1!.attending).toBe(1);
		expect(g9!.absent).toBe(1);
		expect(summary.totals).toMatchObject({
			invited: 100,
			replied: 2,
			attending: 1,
			absent: 1,
			pending: 98
		});
		expect(summary.excused).toEqual([
			expect.objectContaining({ fullName: b.fullName, absenceReason: 'Đi công tác tỉnh' })
		]);

		// Changing one's mind clears the reason.
		await setReply(db, b.id, { reply: 'attending' }, beforeMeeting);
		expect(
			(await db.select().from(delegate).where(eq(delegate.id, b.id)))[0]!.absenceReason
		).toBeNull();

		await expect(
			setReply(db, a.id, { reply: 'absent', reason: 'Ốm' }, new Date('2026-04-24T08:00:00+07:00'))
		).rejects.toThrow('Hội nghị đã bắt đầu');
		expect((await db.select().from(delegate).where(eq(delegate.id, a.id)))[0]!.reply).toBe(
			'attending'
		);
	});

	it('reorders groups by swapping neighbours and refuses to delete a group with delegates', async () => {
		const [first, second] = await listGroups(db, conferenceId);
		await moveGroup(db, actor, conferenceId, second!.id, 'up');
		const after = await listGroups(db, conferenceId);
		expect(after[0]!.id).toBe(second!.id);
		expect(after[1]!.id).toBe(first!.id);
		await moveGroup(db, actor, conferenceId, second!.id, 'up'); // already first: nothing happens
		expect((await listGroups(db, conferenceId))[0]!.id).toBe(second!.id);
		await expect(deleteGroup(db, actor, conferenceId, first!.id)).rejects.toThrow('còn 4 đại biểu');
		expect(
			await db.select().from(delegateGroup).where(eq(delegateGroup.id, first!.id))
		).toHaveLength(1);
	});

	it('two clerks adding the same group at once get one group and one Vietnamese refusal', async () => {
		const add = () =>
			db.transaction((tx) =>
				createGroups(tx, actor, conferenceId, ['Đại biểu khách mời đặc biệt'])
			);
		const results = await Promise.allSettled([add(), add()]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason).toBeInstanceOf(RuleError);
		expect(refused.reason.message).toBe('Đã có thành phần “Đại biểu khách mời đặc biệt”.');
		const named = (await listGroups(db, conferenceId)).filter(
			(g) => g.name === 'Đại biểu khách mời đặc biệt'
		);
		expect(named).toHaveLength(1);
		// Case does not make another group.
		await expect(
			db.transaction((tx) => createGroups(tx, actor, conferenceId, ['ĐẠI BIỂU KHÁCH MỜI ĐẶC BIỆT']))
		).rejects.toThrow('Đã có thành phần');
	});

	it('records a reply given by phone for the delegate, marked as recorded by the office, even after the start, and audits it', async () => {
		const [, , , d] = await listDelegates(db, conferenceId);
		const late = new Date('2026-04-24T08:30:00+07:00');
		await recordReplyForDelegate(
			db,
			actor,
			conferenceId,
			d!.id,
			{ reply: 'absent', reason: 'Báo qua điện thoại: ốm' },
			late
		);
		const after = (await listDelegates(db, conferenceId)).find((r) => r.id === d!.id)!;
		expect(after).toMatchObject({
			reply: 'absent',
			absenceReason: 'Báo qua điện thoại: ốm',
			replyRecordedByOffice: true
		});
		expect(after.repliedAt?.toISOString()).toBe(late.toISOString());
		const [line] = await db.select().from(auditLog).where(eq(auditLog.action, 'reply_recorded'));
		expect(line).toMatchObject({
			userId: actor.userId,
			entity: 'delegate',
			entityId: String(d!.id)
		});
		expect(line!.detail).toMatchObject({
			reply: 'absent',
			reason: 'Báo qua điện thoại: ốm',
			recordedByOffice: true
		});

		// The delegate answering again themselves clears the office's mark.
		await setReply(db, d!.id, { reply: 'attending' }, beforeMeeting);
		expect((await listDelegates(db, conferenceId)).find((r) => r.id === d!.id)).toMatchObject({
			reply: 'attending',
			replyRecordedByOffice: false
		});
		// Another conference's delegate, or an unknown id, is not found.
		await expect(
			recordReplyForDelegate(db, actor, conferenceId + 999, d!.id, { reply: 'attending' })
		).rejects.toThrow();
	});
});
