import ExcelJS from 'exceljs';
import { count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { auditLog, delegate, delegateGroup } from '$lib/server/db/schema';
import { findByInviteToken, inviteTokenOf } from '$lib/server/delegates';
import { RuleError } from '$lib/server/http/errors';
import { commitDraft, previewDraft, saveDraft } from '$lib/server/delegates/import';
import { createSeededContext } from './test-db';

async function snapshot(db: Database) {
	const n = async (t: typeof delegate | typeof delegateGroup | typeof auditLog) =>
		(await db.select({ n: count() }).from(t))[0]!.n;
	return {
		delegates: await n(delegate),
		groups: await n(delegateGroup),
		audit: await n(auditLog),
		names: (await db.select().from(delegate))
			.map((d) => `${d.id}:${d.fullName}:${d.position}`)
			.sort()
	};
}

describe('importing a delegate list', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
	});
	afterAll(() => dispose());

	const csv = (lines: string[]) =>
		new TextEncoder().encode(['Họ và tên,Chức vụ,Thành phần,Số điện thoại', ...lines].join('\n'));

	it('leaves the database exactly as it was when a bad row was not skipped, even after creating groups', async () => {
		const before = await snapshot(db);
		const id = await saveDraft(
			db,
			actor,
			conferenceId,
			'a.csv',
			csv([
				'Lò Văn Pản,Trưởng xóm,Trưởng xóm trên địa bàn xã,0987654321',
				'Vi Thị Nhàn,Khách mời,Khách mời khác,',
				',Thiếu tên,Trưởng xóm trên địa bàn xã,'
			])
		);
		const afterDraft = await snapshot(db);
		await expect(
			commitDraft(db, actor, conferenceId, id, { createGroups: ['Khách mời khác'], skipLines: [] })
		).rejects.toBeInstanceOf(RuleError);
		expect(await snapshot(db)).toEqual(afterDraft);
		expect(afterDraft.delegates).toBe(before.delegates);
		expect(afterDraft.groups).toBe(before.groups);
	});

	it('imports new rows, updates matches, creates chosen groups and issues links, in one go', async () => {
		const [chair] = await db.select().from(delegate).where(eq(delegate.fullName, 'Nguyễn Anh Tấn'));
		const id = await saveDraft(
			db,
			actor,
			conferenceId,
			'b.csv',
			csv([
				'Lò Văn Pản,Trưởng xóm,Trưởng xóm trên địa bàn xã,0987654321',
				'Vi Thị Nhàn,Khách mời,Khách mời khác,',
				',Thiếu tên,Trưởng xóm trên địa bàn xã,',
				`nguyen anh tan,Chủ tịch UBND xã (cập nhật),Lãnh đạo UBND xã và MTTQ xã,${chair!.phone}`
			])
		);
		const preview = (await previewDraft(db, conferenceId, id))!.preview;
		expect(preview.toAdd).toHaveLength(1);
		expect(preview.matches).toEqual([expect.objectContaining({ delegateId: chair!.id })]);
		expect(preview.problems.map((p) => p.line)).toEqual([3, 4]);

		const result = await commitDraft(db, actor, conferenceId, id, {
			createGroups: ['khach moi khac'],
			skipLines: [4]
		});
		expect(result).toMatchObject({ added: 2, updated: 1, groupsCreated: 1 });
		const [pan] = await db.select().from(delegate).where(eq(delegate.fullName, 'Lò Văn Pản'));
		expect((await findByInviteToken(db, inviteTokenOf(pan!)))?.delegate.id).toBe(pan!.id);
		const [updated] = await db.select().from(delegate).where(eq(delegate.id, chair!.id));
		expect(updated!.position).toBe('Chủ tịch UBND xã (cập nhật)');
		expect(updated!.fullName).toBe('Nguyễn Anh Tấn');
		expect(
			await db.select().from(delegateGroup).where(eq(delegateGroup.name, 'Khách mời khác'))
		).toHaveLength(1);
		// The draft is used up.
		await expect(
			commitDraft(db, actor, conferenceId, id, { createGroups: [], skipLines: [] })
		).rejects.toThrow('Tệp đã tải lên không còn');
	});

	it('commits a 5,000-row file in one transaction', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('DS');
		sheet.addRow(['Họ và tên', 'Thành phần', 'Số điện thoại']);
		for (let i = 0; i < 5000; i++)
			sheet.addRow([`Khách Số ${i + 1}`, 'Khách mời khác', `08${String(i).padStart(8, '0')}`]);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const before = (await db.select({ n: count() }).from(delegate))[0]!.n;
		const id = await saveDraft(db, actor, conferenceId, 'lon.xlsx', bytes);
		expect(
			await commitDraft(db, actor, conferenceId, id, { createGroups: [], skipLines: [] })
		).toMatchObject({ added: 5000 });
		expect((await db.select({ n: count() }).from(delegate))[0]!.n).toBe(before + 5000);
		const withoutLink = await db
			.select({ n: count() })
			.from(delegate)
			.where(isNull(delegate.inviteTokenHash));
		expect(withoutLink[0]!.n).toBe(0);
	});

	it('refuses a file that is not a list before storing anything', async () => {
		await expect(
			saveDraft(db, actor, conferenceId, 'x.pdf', new TextEncoder().encode('%PDF'))
		).rejects.toThrow('Chỉ nhận tệp Excel');
	});
});
