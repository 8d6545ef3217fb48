import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditObjectText } from '$lib/domain/audit-actions';
import { auditPage, writeAudit } from '$lib/server/audit';
import type { Database } from '$lib/server/db';
import { auditLog, conference, user } from '$lib/server/db/schema';
import { deleteDelegate, listDelegates, updateDelegate } from '$lib/server/delegates';
import { moveGroup, listGroups } from '$lib/server/delegates/groups';
import { delegateInputSchema } from '$lib/server/delegates/delegate-schema';
import { createSeededContext } from './test-db';

describe('the Nhật ký page', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };
	let chairId: number;

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
		await db.delete(auditLog);
		[{ id: chairId }] = (await db
			.select({ id: user.id })
			.from(user)
			.where(eq(user.username, 'chutich'))) as [{ id: number }];
		// 120 lines: 70 by the secretariat (group moves), 50 sign-ins by the chair.
		const [group] = await listGroups(db, conferenceId);
		for (let i = 0; i < 70; i++)
			await moveGroup(db, actor, conferenceId, group!.id, i % 2 ? 'up' : 'down');
		for (let i = 0; i < 50; i++)
			await writeAudit(db, {
				userId: chairId,
				action: 'login',
				entity: 'session',
				address: '10.0.0.2'
			});
	});
	afterAll(() => dispose());

	it('counts every line, not the lines on the page, and pages through them newest first', async () => {
		const first = await auditPage(db, { page: 1 });
		expect(first.total).toBe(120);
		expect(first.pages).toBe(3);
		expect(first.entries).toHaveLength(50);
		expect(first.entries[0]!.action).toBe('login');
		const last = await auditPage(db, { page: 3 });
		expect(last.entries).toHaveLength(20);
		expect(last.entries.every((e) => e.action === 'group_moved')).toBe(true);
		const ids = [
			...first.entries,
			...(await auditPage(db, { page: 2 })).entries,
			...last.entries
		].map((e) => e.id);
		expect(new Set(ids).size).toBe(120);
		// Past the end shows the last page.
		expect((await auditPage(db, { page: 99 })).page).toBe(3);
	});

	it('filters by person and by kind, with the true count of each', async () => {
		const chair = await auditPage(db, { page: 1, userId: chairId });
		expect(chair.total).toBe(50);
		expect(chair.entries.every((e) => e.username === 'chutich')).toBe(true);
		expect((await auditPage(db, { page: 1, action: 'group_moved' })).total).toBe(70);
		expect((await auditPage(db, { page: 1, action: 'group_moved', userId: chairId })).total).toBe(
			0
		);
		expect(chair.people.map((p) => p.username).sort()).toEqual(['chutich', 'thuky']);
	});

	it('names each object: the conference by its title, a delegate by today’s name, a removed one by the name its line kept', async () => {
		const [a, b] = await listDelegates(db, conferenceId);
		const edit = delegateInputSchema.parse({
			fullName: 'Tên Mới Sau Khi Sửa',
			position: '',
			organisation: '',
			groupId: String(a!.groupId),
			phone: '',
			email: '',
			note: ''
		});
		await updateDelegate(db, actor, conferenceId, a!.id, edit);
		await deleteDelegate(db, actor, conferenceId, b!.id);
		await writeAudit(db, {
			...actor,
			action: 'conference_updated',
			entity: 'conference',
			entityId: conferenceId
		});
		const [c] = await db.select().from(conference).where(eq(conference.id, conferenceId));
		const { entries } = await auditPage(db, { page: 1 });
		const text = (action: string) => {
			const e = entries.find((x) => x.action === action)!;
			return auditObjectText(e, e.currentName);
		};
		expect(text('conference_updated')).toBe(`Hội nghị: ${c!.title}`);
		expect(text('delegate_updated')).toBe('Đại biểu: Tên Mới Sau Khi Sửa');
		expect(text('delegate_deleted')).toBe(`Đại biểu: ${b!.fullName}`);
		expect(entries.find((x) => x.action === 'conference_updated')!.displayName).toBeTruthy();
	});
});
