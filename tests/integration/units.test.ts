import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveUnitToken, unitTokenHash } from '$lib/domain/unit-token';
import type { Database } from '$lib/server/db';
import {
	auditLog,
	documentRequest,
	documentRequestUnit,
	submission,
	submissionVersion,
	unit
} from '$lib/server/db/schema';
import { NotFoundError, RuleError } from '$lib/server/http/errors';
import { serverSecret } from '$lib/server/secret';
import { acceptUpload, extractDocument } from '$lib/server/submissions/intake';
import { CLOSED_MESSAGE, recordVersion } from '$lib/server/submissions/store';
import {
	createUnit,
	deleteUnit,
	findUnitByToken,
	listUnits,
	moveUnit,
	reissueUnitLink,
	requestsOfUnit,
	unitTokenOf,
	updateUnit
} from '$lib/server/units';
import { unitLinkView } from '$lib/server/units/links';
import { unitInputSchema } from '$lib/server/units/unit-schema';
import { createSeededContext } from './test-db';
import { buildDocx } from './unit-files';

const streamOf = (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes]).stream();

describe('units and their submissions', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };
	const unitSender = { userId: null, address: '10.0.0.7' };
	const dueAt = new Date('2026-04-22T17:00:00+07:00');
	const before = new Date('2026-04-21T16:05:00+07:00');
	const after = new Date('2026-04-22T17:01:00+07:00');

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
	});
	afterAll(() => dispose());

	const input = (over: Record<string, string> = {}) =>
		unitInputSchema.parse({
			name: 'Phòng Tư pháp',
			leader: 'Trưởng phòng Tư pháp',
			phone: '0912 345 678',
			email: '',
			...over
		});

	/** A request asking these units, inserted with the schema (the requests' pages are another part). */
	async function addRequest(
		unitIds: number[],
		over: Partial<typeof documentRequest.$inferInsert> = {}
	) {
		const [r] = await db
			.insert(documentRequest)
			.values({
				conferenceId,
				kind: 'report',
				title: 'Báo cáo sơ kết 01 năm',
				dueAt,
				position: 100 + Math.floor(Math.random() * 1e6),
				...over
			})
			.returning({ id: documentRequest.id });
		if (unitIds.length)
			await db
				.insert(documentRequestUnit)
				.values(unitIds.map((unitId) => ({ requestId: r!.id, unitId })));
		return r!.id;
	}

	async function upload(
		requestId: number,
		unitId: number,
		bytes: Uint8Array<ArrayBuffer>,
		now = before,
		name = 'bao-cao.docx'
	) {
		const file = await acceptUpload(streamOf(bytes), name);
		return recordVersion(db, unitSender, {
			conferenceId,
			requestId,
			unitId,
			file,
			extracted: await extractDocument(file),
			byUserId: null,
			now
		});
	}

	const versionsOf = async (requestId: number, unitId: number) =>
		db
			.select({
				version: submissionVersion.version,
				late: submissionVersion.late,
				sha256: submissionVersion.sha256
			})
			.from(submissionVersion)
			.innerJoin(submission, eq(submissionVersion.submissionId, submission.id))
			.where(and(eq(submission.requestId, requestId), eq(submission.unitId, unitId)))
			.orderBy(submissionVersion.version);

	it('gives every demo unit its leader, phone and only the sha256 of its upload token', async () => {
		const rows = await db.select().from(unit).where(eq(unit.conferenceId, conferenceId));
		expect(rows).toHaveLength(7);
		for (const u of rows) {
			expect(u.leader).not.toBe('');
			expect(u.phone).toMatch(/^0\d{9}$/);
			expect(u.uploadTokenHash).toBe(
				unitTokenHash(deriveUnitToken(serverSecret(), u.id, u.uploadTokenVersion))
			);
		}
	});

	it('adds a unit at the end with a working link, edits it, and keeps the order by hand', async () => {
		const id = await createUnit(db, actor, conferenceId, input());
		let units = await listUnits(db, conferenceId);
		expect(units.at(-1)).toMatchObject({
			id,
			name: 'Phòng Tư pháp',
			leader: 'Trưởng phòng Tư pháp',
			phone: '0912345678',
			email: null,
			position: 8
		});
		expect((await findUnitByToken(db, unitTokenOf(units.at(-1)!)))?.unit.id).toBe(id);

		await updateUnit(
			db,
			actor,
			conferenceId,
			id,
			input({ name: 'Phòng Tư pháp - Hộ tịch', email: 'tuphap@binhthanh.gov.vn' })
		);
		await moveUnit(db, actor, conferenceId, id, 'up');
		units = await listUnits(db, conferenceId);
		expect(units.at(-2)).toMatchObject({
			id,
			name: 'Phòng Tư pháp - Hộ tịch',
			email: 'tuphap@binhthanh.gov.vn'
		});
		const actions = (
			await db
				.select({ action: auditLog.action })
				.from(auditLog)
				.where(eq(auditLog.entityId, String(id)))
		).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['unit_created', 'unit_updated', 'unit_moved']));
	});

	it('refuses a second unit of the same name and a bad phone, in Vietnamese', async () => {
		await expect(
			createUnit(db, actor, conferenceId, input({ name: 'phòng kinh tế' }))
		).rejects.toThrow('Đã có đơn vị “phòng kinh tế”.');
		expect(
			unitInputSchema.safeParse({ name: 'X', leader: '', phone: '12345', email: '' }).error
				?.issues[0]?.message
		).toBe('Số điện thoại “12345” không đúng (ví dụ đúng: 0912 345 678).');
		expect(
			unitInputSchema.safeParse({ name: ' ', leader: '', phone: '', email: '' }).error?.issues[0]
				?.message
		).toBe('Vui lòng nhập tên đơn vị.');
	});

	it('revokes a link at once when it is reissued', async () => {
		const id = await createUnit(db, actor, conferenceId, input({ name: 'Đơn vị cấp lại' }));
		const old = unitTokenOf((await listUnits(db, conferenceId)).find((u) => u.id === id)!);
		await reissueUnitLink(db, actor, conferenceId, id);
		const fresh = unitTokenOf((await listUnits(db, conferenceId)).find((u) => u.id === id)!);
		expect(fresh).not.toBe(old);
		expect(await findUnitByToken(db, old)).toBeNull();
		expect((await findUnitByToken(db, fresh))?.unit.id).toBe(id);
	});

	it('keeps versions: the same bytes twice make one, other bytes make version 2; late after the deadline', async () => {
		const unitId = await createUnit(db, actor, conferenceId, input({ name: 'Đơn vị nộp bản' }));
		const requestId = await addRequest([unitId]);
		const first = await buildDocx('BÁO CÁO SƠ KẾT', 'Đã tiếp nhận 1.245 hồ sơ.');
		const r1 = await upload(requestId, unitId, first, before);
		expect(r1).toMatchObject({
			version: 1,
			created: true,
			late: false,
			fileName: 'bao-cao.docx',
			extraction: 'text'
		});
		expect(r1.html).toContain('Đã tiếp nhận 1.245 hồ sơ.');
		const again = await upload(requestId, unitId, first, after, 'ten-khac.docx');
		expect(again).toMatchObject({
			version: 1,
			created: false,
			late: false,
			fileName: 'bao-cao.docx',
			submissionId: r1.submissionId
		});
		const r2 = await upload(
			requestId,
			unitId,
			await buildDocx('BÁO CÁO SƠ KẾT', 'Bản sửa: 1.250 hồ sơ.'),
			after
		);
		expect(r2).toMatchObject({ version: 2, created: true, late: true });
		expect((await versionsOf(requestId, unitId)).map((v) => [v.version, v.late])).toEqual([
			[1, false],
			[2, true]
		]);
		// At the deadline minute itself it is on time.
		const onTheDot = await addRequest([unitId]);
		expect((await upload(onTheDot, unitId, first, dueAt)).late).toBe(false);

		const page = await requestsOfUnit(db, unitId);
		const shown = page.find((r) => r.id === requestId)!;
		expect(shown.versions.map((v) => v.version)).toEqual([2, 1]);
		expect(shown.versions[0]!.html).toContain('Bản sửa');
		expect(shown.versions[1]!.html).toBeNull();
		const audit = await db
			.select({ n: count() })
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'submission_received'),
					eq(auditLog.entityId, String(r1.submissionId))
				)
			);
		expect(audit[0]!.n).toBe(2);
	});

	it('numbers uploads that arrive together 1, 2, 3, never twice the same, and the same file sent twice at once once', async () => {
		const unitId = await createUnit(
			db,
			actor,
			conferenceId,
			input({ name: 'Đơn vị gửi cùng lúc' })
		);
		const requestId = await addRequest([unitId]);
		const a = await buildDocx('Bản A', 'Nội dung A');
		const files = [
			a,
			a,
			await buildDocx('Bản B', 'Nội dung B'),
			await buildDocx('Bản C', 'Nội dung C')
		];
		// On PostgreSQL (TEST_DATABASE_URL) these run on separate connections at the same time.
		const results = await Promise.all(files.map((f) => upload(requestId, unitId, f)));
		expect(
			results
				.filter((r) => r.created)
				.map((r) => r.version)
				.sort()
		).toEqual([1, 2, 3]);
		expect(results.filter((r) => !r.created)).toHaveLength(1);
		expect((await versionsOf(requestId, unitId)).map((v) => v.version)).toEqual([1, 2, 3]);
	});

	it('refuses a closed request, an exempt unit and a request that does not ask the unit, storing nothing', async () => {
		const unitId = await createUnit(db, actor, conferenceId, input({ name: 'Đơn vị bị từ chối' }));
		const otherUnit = await createUnit(db, actor, conferenceId, input({ name: 'Đơn vị khác' }));
		const closed = await addRequest([unitId], { closedAt: new Date('2026-04-23T08:00:00+07:00') });
		const exempt = await addRequest([unitId]);
		await db
			.update(documentRequestUnit)
			.set({ exemptAt: new Date() })
			.where(eq(documentRequestUnit.requestId, exempt));
		const othersOnly = await addRequest([otherUnit]);
		const bytes = await buildDocx('Tiêu đề', 'Nội dung');

		await expect(upload(closed, unitId, bytes)).rejects.toThrow(new RuleError(CLOSED_MESSAGE));
		await expect(upload(exempt, unitId, bytes)).rejects.toThrow(/Không phải nộp/);
		await expect(upload(othersOnly, unitId, bytes)).rejects.toBeInstanceOf(NotFoundError);
		for (const requestId of [closed, exempt, othersOnly]) {
			const [n] = await db
				.select({ n: count() })
				.from(submission)
				.where(eq(submission.requestId, requestId));
			expect(n!.n).toBe(0);
		}
		// Its own page lists only what is asked of it.
		expect((await requestsOfUnit(db, unitId)).map((r) => r.id).sort()).toEqual(
			[closed, exempt].sort()
		);
	});

	it('lists what each unit still owes, and refuses to remove a unit that has sent files', async () => {
		const unitId = await createUnit(db, actor, conferenceId, input({ name: 'Đơn vị còn thiếu' }));
		const sent = await addRequest([unitId], { title: 'Bài tham luận', kind: 'speech' });
		const owed = await addRequest([unitId], { title: 'Báo cáo còn thiếu' });
		await upload(sent, unitId, await buildDocx('Tham luận', 'Nội dung'));
		const row = (await listUnits(db, conferenceId)).find((u) => u.id === unitId)!;
		expect(row.submissions).toBe(1);
		expect(row.missing.map((m) => m.requestId)).toEqual([owed]);

		// The ready reminder names the leader and only what is still owed, with the unit's own link.
		const view = await unitLinkView(row, 'https://hoinghi.example.vn');
		expect(view.link).toBe(`https://hoinghi.example.vn/u/${unitTokenOf(row)}`);
		expect(view.qrSvg).toMatch(/^<svg/);
		expect(view.reminder).toBe(
			`Kính gửi Trưởng phòng Tư pháp (Đơn vị còn thiếu): Văn phòng HĐND và UBND xã đề nghị đơn vị nộp Báo cáo còn thiếu trước 17:00 ngày 22/4/2026 tại liên kết ${view.link} (mở bằng điện thoại hoặc máy tính, chọn tệp .docx hoặc .pdf để gửi). Trân trọng cảm ơn.`
		);

		await expect(deleteUnit(db, actor, conferenceId, unitId)).rejects.toThrow(
			/đã nộp 1 tài liệu nên không thể xóa/
		);
		expect(await findUnitByToken(db, unitTokenOf(row))).not.toBeNull();
		const empty = await createUnit(db, actor, conferenceId, input({ name: 'Đơn vị xóa được' }));
		await deleteUnit(db, actor, conferenceId, empty);
		expect((await listUnits(db, conferenceId)).some((u) => u.id === empty)).toBe(false);
	});
});
