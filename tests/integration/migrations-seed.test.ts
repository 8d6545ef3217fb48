import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '$lib/server/config';
import type { DatabaseHandle } from '$lib/server/db';
import {
	agendaItem,
	auditLog,
	conference,
	delegate,
	delegateGroup,
	submissionVersion,
	unit,
	user
} from '$lib/server/db/schema';
import { submissionsBoard } from '$lib/server/submissions/board';
import { listPublished } from '$lib/server/submissions/published';
import { seedDemo } from '$lib/server/demo/seed';
import { latestNotes } from '$lib/server/minutes/notes';
import { verifyPassword } from '$lib/server/auth';
import { createTestDatabase, TEST_PASSWORD } from './test-db';

describe('migrations and the demo seed', () => {
	let handle: DatabaseHandle;
	let dispose: () => Promise<void>;

	beforeAll(async () => {
		({ handle, dispose } = await createTestDatabase({ empty: true }));
	});
	afterAll(() => dispose());

	it('build every table from an empty database', async () => {
		await handle.migrate(config.migrationsDir);
		const rows = await handle.db.execute<{ table_name: string }>(
			sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`
		);
		const tables = (rows as unknown as { rows: { table_name: string }[] }).rows.map(
			(r) => r.table_name
		);
		for (const t of [
			'conference',
			'delegate_group',
			'delegate',
			'unit',
			'user',
			'session',
			'audit_log',
			'login_failure'
		]) {
			expect(tables).toContain(t);
		}
	});

	it('are applied only once when the server starts again', async () => {
		await handle.migrate(config.migrationsDir);
		const [row] = await handle.db.select({ n: count() }).from(conference);
		expect(row!.n).toBe(0);
	});

	it('seed the Bình Thành conference on an empty database', async () => {
		const outcome = await seedDemo(handle.db, { password: TEST_PASSWORD });
		expect(outcome.seeded).toBe(true);
		const [conf] = await handle.db.select().from(conference);
		expect(conf!.title).toContain('xã Bình Thành');
		expect(conf!.place).toBe('Hội trường lớn UBND xã Bình Thành');
		expect(conf!.chairName).toBe('Nguyễn Anh Tấn');
		// Week 4 of April 2026, Vietnam time.
		expect(conf!.startsAt.toISOString()).toBe('2026-04-24T01:00:00.000Z');
		expect((await handle.db.select({ n: count() }).from(delegateGroup))[0]!.n).toBe(9);
		expect((await handle.db.select({ n: count() }).from(delegate))[0]!.n).toBe(100);
		expect((await handle.db.select({ n: count() }).from(unit))[0]!.n).toBeGreaterThanOrEqual(6);
	});

	it('show every state of the board on the first look: the plan, a report and a tham luận on time and published, a tham luận late, the rest missing', async () => {
		const [conf] = await handle.db.select().from(conference);
		const board = await submissionsBoard(
			handle.db,
			conf!.id,
			new Date('2026-04-22T12:00:00+07:00')
		);
		const stateOf = (unitName: string, kind: string) => {
			const unitId = board.units.find((u) => u.name === unitName)!.id;
			const requestIds = board.requests.filter((r) => r.kind === kind).map((r) => r.id);
			return board.cells.find((c) => c.unitId === unitId && requestIds.includes(c.requestId))!;
		};
		expect(stateOf('Văn phòng HĐND và UBND xã', 'report')).toMatchObject({
			state: 'submitted',
			text: expect.stringMatching(/^Đã nộp 21\/4 16:05 · bản 1 · [\d,]+ KB$/),
			published: true
		});
		expect(stateOf('Văn phòng HĐND và UBND xã', 'speech')).toMatchObject({
			state: 'submitted',
			published: true
		});
		expect(stateOf('Phòng Kinh tế', 'speech')).toMatchObject({ state: 'late', published: false });
		expect(stateOf('Công an xã', 'report')).toMatchObject({ state: 'overdue' });
		expect(stateOf('Phòng Văn hóa - Xã hội', 'synthesis')).toMatchObject({ state: 'missing' });
		// The report is the seed's real text, read by the app's own reader: parts I–V as headings.
		const [report] = await handle.db
			.select({
				html: submissionVersion.html,
				text: submissionVersion.text,
				extraction: submissionVersion.extraction
			})
			.from(submissionVersion)
			.where(
				eq(submissionVersion.fileName, 'Báo cáo sơ kết 01 năm - Văn phòng HĐND và UBND xã.docx')
			);
		expect(report!.extraction).toBe('text');
		expect(report!.html).toContain('<h1>I. CÔNG TÁC QUẢN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH</h1>');
		expect(report!.text).toContain('Văn phòng có tổng số: 08 người.');
		// The published tham luận has headings and a table for a delegate to read.
		const published = await listPublished(handle.db, conf!.id);
		expect(published.map((p) => p.kind)).toEqual(['speech', 'report', 'plan']);
		// The plan (seed 000), on time and read as a report is: its parts as headings, the DANH SÁCH as a table.
		expect(stateOf('Văn phòng HĐND và UBND xã', 'plan')).toMatchObject({
			state: 'submitted',
			text: expect.stringMatching(/^Đã nộp 20\/4 14:30 · bản 1 · /),
			published: true
		});
		const [plan] = await handle.db
			.select({ html: submissionVersion.html, extraction: submissionVersion.extraction })
			.from(submissionVersion)
			.where(eq(submissionVersion.fileName, 'Kế hoạch tổ chức sơ kết 01 năm.docx'));
		expect(plan!.extraction).toBe('text');
		expect(plan!.html).toContain('<h1>II. NỘI DUNG SƠ KẾT</h1>');
		expect(plan!.html).toContain(
			'<td><p>Ứng dụng chuyển đổi số trong hoạt động của chính quyền cấp xã</p></td>'
		);
	});

	it("hold the secretary's notes of a few items: the chair's opening, the report, two hamlet heads in the thảo luận and the conclusions", async () => {
		const [conf] = await handle.db.select().from(conference);
		const notes = await latestNotes(handle.db, conf!.id);
		const items = await handle.db
			.select({ id: agendaItem.id, kind: agendaItem.kind, title: agendaItem.title })
			.from(agendaItem)
			.where(eq(agendaItem.conferenceId, conf!.id));
		const noteOf = (kind: string) =>
			[...notes.values()].filter((n) => items.find((i) => i.id === n.itemId)!.kind === kind);
		expect(noteOf('opening')).toHaveLength(1);
		expect(items.find((i) => i.id === noteOf('opening')[0]!.itemId)!.title).toBe(
			'Phát biểu khai mạc hội nghị'
		);
		expect(noteOf('report')[0]!.notes).toContain('98,6%');
		expect(noteOf('discussion')[0]!.floorSpeakers).toEqual([
			expect.objectContaining({
				delegateId: expect.any(Number),
				unit: expect.stringMatching(/^Trưởng xóm /)
			}),
			expect.objectContaining({
				delegateId: expect.any(Number),
				unit: expect.stringMatching(/^Trưởng xóm /)
			})
		]);
		expect(noteOf('conclusion')[0]!.conclusions).toHaveLength(4);
		expect([...notes.values()].every((n) => n.revision === 1)).toBe(true);
	});

	it('create the three demo accounts with hashed passwords', async () => {
		const accounts = await handle.db.select().from(user).orderBy(user.username);
		expect(accounts.map((a) => [a.username, a.role])).toEqual([
			['chutich', 'chair'],
			['diemdanh', 'checkin'],
			['thuky', 'secretariat']
		]);
		for (const a of accounts) {
			expect(a.passwordHash).toMatch(/^\$argon2id\$/);
			expect(a.passwordHash).not.toContain(TEST_PASSWORD);
			expect(await verifyPassword(a.passwordHash, TEST_PASSWORD)).toBe(true);
		}
	});

	it('never seed twice, and never over existing data', async () => {
		const before = (await handle.db.select({ n: count() }).from(delegate))[0]!.n;
		expect((await seedDemo(handle.db, { password: TEST_PASSWORD })).seeded).toBe(false);
		expect((await handle.db.select({ n: count() }).from(conference))[0]!.n).toBe(1);
		expect((await handle.db.select({ n: count() }).from(delegate))[0]!.n).toBe(before);
		expect((await handle.db.select({ n: count() }).from(user))[0]!.n).toBe(3);
		const seededEntries = await handle.db
			.select()
			.from(auditLog)
			.where(sql`${auditLog.action} = 'demo_seeded'`);
		expect(seededEntries).toHaveLength(1);
	});
});

describe('a database that already holds an account but no conference', () => {
	it('is not seeded', async () => {
		const { handle, dispose } = await createTestDatabase({ empty: true });
		try {
			await handle.migrate(config.migrationsDir);
			await handle.db.insert(user).values({
				username: 'admin',
				displayName: 'Quản trị',
				role: 'secretariat',
				passwordHash: 'x'
			});
			expect((await seedDemo(handle.db, { password: TEST_PASSWORD })).seeded).toBe(false);
			expect((await handle.db.select({ n: count() }).from(conference))[0]!.n).toBe(0);
		} finally {
			await dispose();
		}
	});
});
