// Document requests and the secretariat's board on a real (PGlite) database with the demo data.
// Submissions and versions are written straight into the tables here: the upload path is another
// part's (src/lib/server/submissions/store.ts); what is tested is what the board makes of them.
import { createHash } from 'node:crypto';
import { and, desc, eq, max } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAgenda } from '$lib/server/agenda';
import type { Database } from '$lib/server/db';
import {
	agendaItem,
	auditLog,
	documentRequest,
	submission,
	submissionVersion,
	unit
} from '$lib/server/db/schema';
import { RuleError } from '$lib/server/http/errors';
import {
	setExempt,
	setPublished,
	speechTextArrived,
	submissionCell,
	submissionsBoard
} from '$lib/server/submissions/board';
import { boardToXlsx, versionFile } from '$lib/server/submissions/files';
import {
	createRequest,
	deleteRequest,
	listRequests,
	setRequestClosed,
	updateRequest
} from '$lib/server/submissions/requests';
import { requestSchema } from '$lib/server/submissions/request-schema';
import { unitReminders } from '$lib/server/units/links';
import { createSeededContext } from './test-db';

const vn = (s: string) => new Date(`${s}+07:00`);

let db: Database;
let dispose: () => Promise<void>;
let conferenceId: number;
let actor: { userId: number; address: string };
let units: { id: number; name: string }[];
/** The requests the demo seeded, before any test adds its own. */
let seededRequestIds: number[];

beforeAll(async () => {
	({ db, dispose, conferenceId, actor } = await createSeededContext());
	// These tests place their own files; the demo's (tests/integration/migrations-seed.test.ts) would
	// only blur the counts.
	await db.delete(submission);
	units = await db
		.select({ id: unit.id, name: unit.name })
		.from(unit)
		.where(eq(unit.conferenceId, conferenceId))
		.orderBy(unit.position);
	seededRequestIds = (await listRequests(db, conferenceId)).map((r) => r.id);
});
afterAll(() => dispose());

/** A file a unit sent, written as the store would: the next version number, late as given. */
async function sendFile(
	requestId: number,
	unitId: number,
	submittedAt: Date,
	late: boolean,
	content = `${requestId}-${unitId}-${submittedAt.toISOString()}`
) {
	const [existing] = await db
		.select({ id: submission.id })
		.from(submission)
		.where(and(eq(submission.requestId, requestId), eq(submission.unitId, unitId)));
	const submissionId =
		existing?.id ??
		(await db.insert(submission).values({ requestId, unitId }).returning({ id: submission.id }))[0]!
			.id;
	const [last] = await db
		.select({ v: max(submissionVersion.version) })
		.from(submissionVersion)
		.where(eq(submissionVersion.submissionId, submissionId));
	const bytes = new TextEncoder().encode(content);
	const [v] = await db
		.insert(submissionVersion)
		.values({
			submissionId,
			version: (last?.v ?? 0) + 1,
			fileName: 'Báo cáo sơ kết.docx',
			fileKind: 'docx',
			size: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			bytes,
			submittedAt,
			late,
			extraction: 'text',
			text: 'Báo cáo',
			html: '<h1>Báo cáo sơ kết</h1>'
		})
		.returning({ id: submissionVersion.id });
	return { submissionId, versionId: v!.id };
}

const audits = (action: string) =>
	db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id));
const form = (over: Record<string, unknown> = {}) =>
	requestSchema.parse({
		kind: 'report',
		title: 'Báo cáo quý I',
		dueAt: '20/04/2026 17:00',
		topic: '',
		agendaItemId: '',
		unitIds: [String(units[0]!.id), String(units[1]!.id)],
		...over
	});

describe('document requests', () => {
	it('reads the form: date and time typed day first, at least one unit, Vietnamese refusals', () => {
		expect(form().dueAt.toISOString()).toBe('2026-04-20T10:00:00.000Z');
		const refused = (over: Record<string, unknown>) =>
			requestSchema.safeParse({
				kind: 'report',
				title: 'Báo cáo',
				dueAt: '20/04/2026 17:00',
				topic: '',
				agendaItemId: '',
				unitIds: ['1'],
				...over
			}).error?.issues[0]?.message;
		expect(refused({ unitIds: [] })).toBe('Vui lòng chọn ít nhất một đơn vị phải nộp.');
		expect(refused({ dueAt: '2026-04-20' })).toMatch(/^Hạn nộp chưa đúng: “2026-04-20”/);
		expect(refused({ dueAt: '31/02/2026 17:00' })).toMatch(/^Hạn nộp chưa đúng/);
		expect(refused({ title: '  ' })).toBe('Vui lòng nhập tên tài liệu phải nộp.');
		expect(refused({ kind: 'letter' })).toBe('Vui lòng chọn loại tài liệu.');
		expect(refused({ unitIds: ['abc'] })).toBe('Đơn vị đã chọn không hợp lệ.');
		// A topic and a programme item belong to a tham luận only.
		expect(form({ topic: 'Chủ đề', agendaItemId: '5' })).toMatchObject({
			topic: null,
			agendaItemId: null
		});
		expect(form({ kind: 'speech', topic: 'Chủ đề', agendaItemId: '5' })).toMatchObject({
			topic: 'Chủ đề',
			agendaItemId: 5
		});
	});

	it('adds, edits and removes a request, each with its audit line', async () => {
		const id = await createRequest(db, actor, conferenceId, form());
		let row = (await listRequests(db, conferenceId)).find((r) => r.id === id)!;
		expect(row).toMatchObject({
			title: 'Báo cáo quý I',
			unitIds: [units[0]!.id, units[1]!.id],
			submissions: 0
		});
		expect((await audits('document_request_created'))[0]).toMatchObject({
			entityId: String(id),
			userId: actor.userId
		});

		await updateRequest(
			db,
			actor,
			conferenceId,
			id,
			form({ title: 'Báo cáo quý I (sửa)', unitIds: [String(units[2]!.id)] })
		);
		row = (await listRequests(db, conferenceId)).find((r) => r.id === id)!;
		expect(row).toMatchObject({ title: 'Báo cáo quý I (sửa)', unitIds: [units[2]!.id] });
		expect((await audits('document_request_updated'))[0]!.entityId).toBe(String(id));

		await deleteRequest(db, actor, conferenceId, id);
		expect((await listRequests(db, conferenceId)).some((r) => r.id === id)).toBe(false);
		expect((await audits('document_request_deleted'))[0]!.detail).toEqual({
			title: 'Báo cáo quý I (sửa)'
		});
	});

	it('refuses units and programme items of no such conference, and writes nothing', async () => {
		const before = (await listRequests(db, conferenceId)).length;
		await expect(
			createRequest(db, actor, conferenceId, form({ unitIds: [String(units[0]!.id), '999999'] }))
		).rejects.toThrow(RuleError);
		await expect(
			createRequest(db, actor, conferenceId, form({ kind: 'speech', agendaItemId: '999999' }))
		).rejects.toThrow(/không có trong chương trình/);
		expect((await listRequests(db, conferenceId)).length).toBe(before);
	});

	it('keeps a request that has submissions, and a unit that sent something on its list', async () => {
		const id = await createRequest(
			db,
			actor,
			conferenceId,
			form({ title: 'Kế hoạch tuyên truyền', kind: 'plan' })
		);
		await sendFile(id, units[0]!.id, vn('2026-04-19T09:00:00'), false);
		await expect(deleteRequest(db, actor, conferenceId, id)).rejects.toThrow(
			'Không thể xóa “Kế hoạch tuyên truyền”: đã có 1 đơn vị nộp tệp. Nếu không nhận thêm, hãy bấm “Khóa nhận tệp”.'
		);
		await expect(
			updateRequest(db, actor, conferenceId, id, form({ unitIds: [String(units[1]!.id)] }))
		).rejects.toThrow(
			`${units[0]!.name} đã nộp tệp cho yêu cầu này nên không thể bỏ khỏi danh sách đơn vị phải nộp.`
		);
		expect((await listRequests(db, conferenceId)).find((r) => r.id === id)).toMatchObject({
			submissions: 1,
			unitIds: [units[0]!.id, units[1]!.id]
		});
	});
});

describe('the board', () => {
	let requestId: number;
	const [onTime, late, missing, exempt] = [0, 1, 2, 3];

	beforeAll(async () => {
		requestId = await createRequest(
			db,
			actor,
			conferenceId,
			form({ title: 'Báo cáo chuyên đề', unitIds: [0, 1, 2, 3].map((i) => String(units[i]!.id)) })
		);
		await sendFile(requestId, units[onTime]!.id, vn('2026-04-20T16:05:00'), false);
		await sendFile(requestId, units[late]!.id, vn('2026-04-20T15:00:00'), false);
		// A second version after the deadline: the latest counts, so the cell is late.
		await sendFile(requestId, units[late]!.id, vn('2026-04-20T17:30:00'), true);
		await setExempt(db, actor, conferenceId, requestId, units[exempt]!.id, true);
	});

	const cellOf = (board: Awaited<ReturnType<typeof submissionsBoard>>, i: number) =>
		board.cells.find((c) => c.requestId === requestId && c.unitId === units[i]!.id)!;

	it('says each unit’s state in words, and counts them', async () => {
		// Before the demo's own deadlines (20/4 to 22/4), whose 15 cells are all still "Chưa nộp".
		const before = await submissionsBoard(db, conferenceId, vn('2026-04-18T17:00:00'));
		expect(cellOf(before, missing).text).toBe('Chưa nộp — còn 2 ngày');
		const board = await submissionsBoard(db, conferenceId, vn('2026-04-20T18:00:00'));
		expect(cellOf(board, onTime)).toMatchObject({
			state: 'submitted',
			submissionId: expect.any(Number),
			latestVersionId: expect.any(Number)
		});
		expect(cellOf(board, onTime).text).toMatch(/^Đã nộp 20\/4 16:05 · bản 1 · \d+ byte$/);
		expect(cellOf(board, late)).toMatchObject({ state: 'late' });
		expect(cellOf(board, late).text).toMatch(/^Nộp muộn 20\/4 17:30 · bản 2 · /);
		expect(cellOf(board, missing)).toMatchObject({
			state: 'overdue',
			text: 'Quá hạn',
			submissionId: null,
			latestVersionId: null
		});
		expect(cellOf(board, exempt)).toMatchObject({ state: 'exempt', text: 'Không phải nộp' });
		// Units the request does not ask have no cell.
		expect(board.cells.some((c) => c.requestId === requestId && c.unitId === units[4]!.id)).toBe(
			false
		);
		// The demo's 14 cells due 21/4 and 22/4 are still open, its plan (due 20/4 17:00, its file
		// removed above) is past its deadline; the request above has one file on time and one unit
		// past its deadline.
		const seeded = board.cells.filter((c) => seededRequestIds.includes(c.requestId));
		expect(seeded.filter((c) => c.state === 'missing')).toHaveLength(14);
		expect(seeded.filter((c) => c.state !== 'missing').map((c) => c.state)).toEqual(['overdue']);
		expect(board.counts).toEqual({ submitted: 2, late: 1, missing: 14, overdue: 3, exempt: 1 });
	});

	it('has one reminder per unit still owing, with its own link, and none for a closed request', async () => {
		const reminders = await unitReminders(db, conferenceId, 'https://hoinghi.binhthanh.vn');
		const missingUnit = reminders.find((r) => r.unitId === units[missing]!.id)!;
		expect(missingUnit.text).toContain('Báo cáo chuyên đề trước 17:00 ngày 20/4/2026');
		expect(missingUnit.text).toMatch(
			/tại liên kết https:\/\/hoinghi\.binhthanh\.vn\/u\/[a-z2-7]{26} /
		);
		// The exempt unit owes the demo's report still, never this request.
		expect(reminders.find((r) => r.unitId === units[exempt]!.id)!.text).not.toContain(
			'Báo cáo chuyên đề'
		);
		expect(reminders.find((r) => r.unitId === units[onTime]!.id)!.text).not.toContain(
			'Báo cáo chuyên đề'
		);

		await setRequestClosed(db, actor, conferenceId, requestId, true);
		const closed = await unitReminders(db, conferenceId, 'https://h');
		expect(closed.find((r) => r.unitId === units[missing]!.id)!.text).not.toContain(
			'Báo cáo chuyên đề'
		);
		expect((await audits('document_request_closed'))[0]!.entityId).toBe(String(requestId));
		await setRequestClosed(db, actor, conferenceId, requestId, false);
		expect((await audits('document_request_reopened'))[0]!.entityId).toBe(String(requestId));
		expect(
			(await listRequests(db, conferenceId)).find((r) => r.id === requestId)!.closedAt
		).toBeNull();
	});

	it('marks "không phải nộp" and takes it off, with audit lines, but never over a file already sent', async () => {
		await setExempt(db, actor, conferenceId, requestId, units[missing]!.id, true);
		expect(cellOf(await submissionsBoard(db, conferenceId), missing).state).toBe('exempt');
		expect((await audits('submission_exempted'))[0]).toMatchObject({
			entityId: `${requestId}:${units[missing]!.id}`,
			userId: actor.userId
		});
		await setExempt(db, actor, conferenceId, requestId, units[missing]!.id, false);
		expect(
			cellOf(await submissionsBoard(db, conferenceId, vn('2026-04-20T18:00:00')), missing).state
		).toBe('overdue');
		expect((await audits('submission_exempt_cleared')).length).toBe(1);
		await expect(
			setExempt(db, actor, conferenceId, requestId, units[onTime]!.id, true)
		).rejects.toThrow(
			`${units[onTime]!.name} đã nộp tệp cho “Báo cáo chuyên đề”, nên không thể đánh dấu “Không phải nộp”.`
		);
		// A unit the request does not ask.
		await expect(
			setExempt(db, actor, conferenceId, requestId, units[5]!.id, true)
		).rejects.toThrow();
	});

	it('publishes a submission for the delegates and takes it back, with audit lines', async () => {
		const cell = await submissionCell(db, conferenceId, requestId, units[late]!.id);
		expect(cell.versions.map((v) => [v.version, v.late])).toEqual([
			[2, true],
			[1, false]
		]);
		expect(cell.html).toBe('<h1>Báo cáo sơ kết</h1>');
		await setPublished(
			db,
			actor,
			conferenceId,
			{ requestId, unitId: units[late]!.id },
			true,
			vn('2026-04-21T08:00:00')
		);
		expect(
			(await db.select().from(submission).where(eq(submission.id, cell.submission!.id)))[0]!
				.publishedAt
		).toEqual(vn('2026-04-21T08:00:00'));
		expect(cellOf(await submissionsBoard(db, conferenceId), late).published).toBe(true);
		expect((await audits('submission_published'))[0]!.entityId).toBe(String(cell.submission!.id));
		await setPublished(db, actor, conferenceId, { requestId, unitId: units[late]!.id }, false);
		expect(cellOf(await submissionsBoard(db, conferenceId), late).published).toBe(false);
		expect((await audits('submission_unpublished')).length).toBe(1);
		await expect(
			setPublished(db, actor, conferenceId + 1000, { requestId, unitId: units[late]!.id }, true)
		).rejects.toThrow();
		// A unit that sent nothing: nothing to publish, said in Vietnamese.
		await expect(
			setPublished(db, actor, conferenceId, { requestId, unitId: units[5]!.id }, true)
		).rejects.toThrow('Đơn vị chưa nộp tệp nào cho yêu cầu này, nên chưa có gì để công bố.');
	});

	it('gives any version back under the name it was sent with, and only this conference’s', async () => {
		const { versions } = await submissionCell(db, conferenceId, requestId, units[late]!.id);
		const file = (await versionFile(db, conferenceId, versions[1]!.id))!;
		expect(file.type).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		expect(file.fileName).toBe('Báo cáo sơ kết.docx');
		expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(versions[1]!.sha256);
		expect(await versionFile(db, conferenceId + 1000, versions[1]!.id)).toBeNull();
	});

	it('exports the board as .xlsx in the board’s own words', async () => {
		const now = vn('2026-04-20T18:00:00');
		const board = await submissionsBoard(db, conferenceId, now);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await boardToXlsx(board, 'Theo dõi', now)) as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0]!;
		const header = sheet.getRow(3).values as unknown[];
		const column = header.findIndex(
			(v) => typeof v === 'string' && v.includes('Báo cáo chuyên đề')
		);
		expect(column).toBeGreaterThan(2);
		const rowOf = (name: string) =>
			Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1)).find(
				(r) => r.getCell(2).value === name
			)!;
		expect(rowOf(units[missing]!.name).getCell(column).value).toBe('Quá hạn');
		expect(rowOf(units[exempt]!.name).getCell(column).value).toBe('Không phải nộp');
		expect(String(rowOf(units[late]!.name).getCell(column).value)).toMatch(
			/^Nộp muộn 20\/4 17:30 · bản 2/
		);
		expect(rowOf(units[4]!.name).getCell(column).value).toBeNull();
		expect(sheet.getRow(2).getCell(1).value).toBe(
			'Cập nhật lúc 20/04/2026 18:00 — Đã nộp: 2; Nộp muộn: 1; Chưa nộp: 14; Quá hạn: 3; Không phải nộp: 1'
		);
	});
});

describe('the demo’s requests and the programme', () => {
	it('links each tham luận of the plan to its programme item, and says when its text has arrived', async () => {
		const speeches = (await listRequests(db, conferenceId)).filter(
			(r) => r.kind === 'speech' && r.title.startsWith('Bài tham luận')
		);
		expect(speeches).toHaveLength(6);
		const agenda = await listAgenda(db, conferenceId);
		for (const s of speeches) {
			const item = agenda.find((i) => i.id === s.agendaItemId)!;
			expect(item).toMatchObject({ kind: 'speech', title: s.topic });
		}
		expect(
			[...(await speechTextArrived(db, conferenceId)).values()].every((v) => v === false)
		).toBe(true);
		await sendFile(speeches[1]!.id, speeches[1]!.unitIds[0]!, vn('2026-04-21T10:00:00'), false);
		const arrived = await speechTextArrived(db, conferenceId);
		expect(arrived.get(speeches[1]!.agendaItemId!)).toBe(true);
		expect(arrived.get(speeches[0]!.agendaItemId!)).toBe(false);
		expect(arrived.size).toBe(6);
		expect(
			(await db.select().from(agendaItem).where(eq(agendaItem.id, speeches[1]!.agendaItemId!)))[0]!
				.unitId
		).toBe(speeches[1]!.unitIds[0]);
	});

	it('seeds section V’s requests with the plan’s deadlines', async () => {
		const rows = await db
			.select()
			.from(documentRequest)
			.where(eq(documentRequest.conferenceId, conferenceId))
			.orderBy(documentRequest.position);
		expect(rows[0]).toMatchObject({
			kind: 'report',
			title: 'Báo cáo sơ kết 01 năm của đơn vị',
			dueAt: vn('2026-04-21T17:00:00')
		});
		expect(rows.find((r) => r.kind === 'synthesis')).toMatchObject({
			dueAt: vn('2026-04-22T17:00:00')
		});
	});
});
