// The kỷ yếu on the demo conference: what goes in and in which order, the secretariat's
// choice kept and applied, each document's text, the signed links to the originals (each opening
// exactly its file until revoked), and the delegates' volume holding nothing unpublished. First the
// server modules on a real database (PGlite), with files sent through the app's own intake; then
// the built app's routes by role.
import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	applyChoice,
	DEFAULT_CHOICE,
	PROCEEDINGS_PARTS,
	type ProceedingsVolume,
	type VolumeDocument,
	type VolumePart
} from '$lib/domain/proceedings';
import { auditActionLabel, auditObjectText } from '$lib/domain/audit-actions';
import { meetingCommandSchema } from '$lib/domain/meeting-schema';
import { listAgenda } from '$lib/server/agenda';
import { runMeetingCommand } from '$lib/server/agenda/meeting';
import { setCurrentDatabase, type Database } from '$lib/server/db';
import {
	agendaItem,
	auditLog,
	conference,
	delegate,
	documentRequest,
	submission,
	submissionVersion,
	unit,
	user,
	type Conference
} from '$lib/server/db/schema';
import { MIME } from '$lib/server/http/download';
import { draftMinutes, finalizeMinutes } from '$lib/server/minutes/record';
import { loadChoice, saveChoice } from '$lib/server/proceedings/choice';
import { NotFoundError } from '$lib/server/http/errors';
import {
	FILE_LINK_NOT_FOUND,
	originalLink,
	revokeOriginalLinks
} from '$lib/server/proceedings/links';
import { gatherVolume, outlineAndChoice, proceedingsOutline } from '$lib/server/proceedings/volume';
import { setPublished } from '$lib/server/submissions/board';
import { extractDocument } from '$lib/server/submissions/intake';
import { sniffDocument } from '$lib/server/submissions/sniff';
import { recordVersion } from '$lib/server/submissions/store';
import { PDF_SENTENCE, pdfOfPages, scannedPdf } from '../fixtures/documents.js';
import { GET as openLink } from '../../src/routes/f/[version=id]/[token]/+server';
import { signIn, startTestApp, VIETNAMESE } from './app-client';
import { docxText } from './docx-text';
import { createTestDatabase } from './test-db';
import { buildDocx } from './unit-files';

const ORIGIN = 'http://hoinghi.test';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const documentsOf = (volume: ProceedingsVolume, key: VolumePart['key']) => {
	const part = volume.parts.find((p) => p.key === key);
	return part && 'documents' in part ? part.documents : [];
};
const allDocuments = (volume: ProceedingsVolume) =>
	volume.parts.flatMap((p) => ('documents' in p ? p.documents : []));

/** Answers a link as the /f/ route would: its status, and the bytes, type and name of what it serves. */
async function follow(url: string) {
	const [, version, token] = /\/f\/(\d+)\/([^/]+)$/.exec(url)!;
	try {
		const res = await openLink({ params: { version: version!, token: token! } } as never);
		return {
			status: res.status,
			bytes: new Uint8Array(await res.arrayBuffer()),
			type: res.headers.get('content-type'),
			disposition: res.headers.get('content-disposition')
		};
	} catch (err) {
		const e = err as { status?: number; body?: { message: string } };
		if (typeof e.status !== 'number') throw err;
		return {
			status: e.status,
			message: e.body?.message,
			bytes: new Uint8Array(),
			type: null,
			disposition: null
		};
	}
}

describe('the kỷ yếu (server modules, demo conference)', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conf: Conference;
	let actor: { userId: number; address: string };
	/** Submission ids by what they are. */
	const ids = {} as Record<
		| 'plan'
		| 'officeReport'
		| 'economyReport'
		| 'policeReport'
		| 'synthesis'
		| 'officeSpeech'
		| 'economySpeech',
		number
	>;
	const unitIds = new Map<string, number>();
	const requestOf = async (kind: 'report' | 'synthesis' | 'speech' | 'plan') => {
		const rows = await db
			.select({ id: documentRequest.id })
			.from(documentRequest)
			.where(and(eq(documentRequest.conferenceId, conf.id), eq(documentRequest.kind, kind)))
			.orderBy(asc(documentRequest.position));
		return rows[0]!.id;
	};
	/** Sends a file for a unit through the app's own intake (sniffed, read, recorded as a version). */
	async function send(
		kind: 'report' | 'synthesis',
		unitName: string,
		fileName: string,
		bytes: Uint8Array,
		now: Date
	) {
		const fileKind = await sniffDocument(bytes);
		const requestId = await requestOf(kind);
		const unitId = unitIds.get(unitName)!;
		const recorded = await recordVersion(db, actor, {
			conferenceId: conf.id,
			requestId,
			unitId,
			file: { fileName, kind: fileKind, bytes, size: bytes.byteLength, sha256: sha256(bytes) },
			extracted: await extractDocument({ kind: fileKind, bytes }),
			byUserId: actor.userId,
			now
		});
		return { submissionId: recorded.submissionId, requestId, unitId };
	}
	const submissionOf = async (fileName: string) =>
		(
			await db
				.select({ id: submissionVersion.submissionId })
				.from(submissionVersion)
				.where(eq(submissionVersion.fileName, fileName))
		)[0]!.id;

	beforeAll(async () => {
		const t = await createTestDatabase();
		setCurrentDatabase(t.handle);
		db = t.handle.db;
		dispose = t.dispose;
		[conf] = (await db.select().from(conference)) as [Conference];
		const [secretariat] = await db.select().from(user).where(eq(user.username, 'thuky'));
		actor = { userId: secretariat!.id, address: '127.0.0.1' };
		for (const u of await db.select().from(unit).where(eq(unit.conferenceId, conf.id)))
			unitIds.set(u.name, u.id);

		// The demo's own files: the plan, the Văn phòng's report and tham luận (published), Phòng
		// Kinh tế's tham luận (not published).
		ids.plan = await submissionOf('Kế hoạch tổ chức sơ kết 01 năm.docx');
		ids.officeReport = await submissionOf('Báo cáo sơ kết 01 năm - Văn phòng HĐND và UBND xã.docx');
		ids.officeSpeech = await submissionOf('Tham luận - Văn phòng.docx');
		ids.economySpeech = await submissionOf('Tham luan Phong Kinh te.docx');
		// More, sent as units send them: Phòng Kinh tế's report (.docx), Công an xã's (a scan), and
		// the synthesized report as a PDF with text, not published.
		const economy = await send(
			'report',
			'Phòng Kinh tế',
			'BC Phong Kinh te.docx',
			await buildDocx('I. Kết quả sau 01 năm của Phòng Kinh tế', 'thu ngân sách đạt 112% dự toán.'),
			new Date('2026-04-21T09:00:00+07:00')
		);
		ids.economyReport = economy.submissionId;
		const police = await send(
			'report',
			'Công an xã',
			'BC Cong an xa.pdf',
			scannedPdf(2),
			new Date('2026-04-21T11:00:00+07:00')
		);
		ids.policeReport = police.submissionId;
		ids.synthesis = (
			await send(
				'synthesis',
				'Phòng Văn hóa - Xã hội',
				'BC tong hop.pdf',
				pdfOfPages(2, { linesPerPage: 3 }),
				new Date('2026-04-22T15:00:00+07:00')
			)
		).submissionId;
		await setPublished(db, actor, conf.id, economy, true);
		await setPublished(db, actor, conf.id, police, true);
		// The Văn phòng's tham luận is presented by its Chánh Văn phòng.
		const [speechRequest] = await db
			.select({ agendaItemId: documentRequest.agendaItemId })
			.from(documentRequest)
			.innerJoin(submission, eq(submission.requestId, documentRequest.id))
			.where(eq(submission.id, ids.officeSpeech));
		await db
			.update(agendaItem)
			.set({ presenter: 'Đ/c Đặng Thị Thu Hà, Chánh Văn phòng' })
			.where(eq(agendaItem.id, speechRequest!.agendaItemId!));
	}, 120_000);
	afterAll(async () => {
		setCurrentDatabase(undefined);
		await dispose?.();
	});

	it('offers every submitted document in the default order: the synthesis first, then the reports by unit, the tham luận by the programme', async () => {
		expect(await loadChoice(db, conf.id)).toEqual(DEFAULT_CHOICE);
		const outline = await proceedingsOutline(db, conf);
		expect(outline.map((p) => [p.key, p.included])).toEqual(
			PROCEEDINGS_PARTS.map((k) => [k, true])
		);
		const part = (key: string) => outline.find((p) => p.key === key)!;
		expect(part('plan').documents.map((d) => [d.submissionId, d.title, d.unitName])).toEqual([
			[ids.plan, 'Kế hoạch tổ chức hội nghị', 'Văn phòng HĐND và UBND xã']
		]);
		expect(
			part('reports').documents.map((d) => [d.submissionId, d.contentKind, d.published])
		).toEqual([
			[ids.synthesis, 'text', false],
			[ids.officeReport, 'html', true],
			[ids.economyReport, 'html', true],
			[ids.policeReport, 'scanned', true]
		]);
		expect(part('speeches').documents.map((d) => [d.submissionId, d.title, d.speaker])).toEqual([
			[
				ids.officeSpeech,
				'Tham luận: Nâng cao chất lượng công tác rà soát; xử lý, thẩm định văn bản quy phạm pháp luật trong mô hình chính quyền địa phương 02 cấp',
				'Đ/c Đặng Thị Thu Hà, Chánh Văn phòng'
			],
			[
				ids.economySpeech,
				'Tham luận: Quản lý đất đai, môi trường - thực tiễn và giải pháp khi thực hiện chính quyền địa phương 02 cấp',
				null
			]
		]);
		// Nothing is missing but the biên bản, not yet finalized.
		expect(outline.map((p) => p.status)).toEqual([
			null,
			null,
			null,
			null,
			'Biên bản chưa hoàn thành',
			null
		]);
	});

	it('holds each chosen document in the chosen order with its text; a left-out part renumbers the rest', async () => {
		await saveChoice(db, actor, conf.id, {
			omittedParts: ['programme'],
			omittedDocuments: [ids.economyReport],
			order: { reports: [ids.policeReport, ids.officeReport, ids.synthesis] }
		});
		const volume = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' });
		expect(volume.conference.title).toBe(conf.title);
		expect(volume.parts.map((p) => [p.key, p.label])).toEqual([
			['plan', 'I.'],
			['reports', 'II.'],
			['speeches', 'III.'],
			['minutes', 'IV.'],
			['attendance', 'Phụ lục']
		]);
		expect(documentsOf(volume, 'reports').map((d) => d.submissionId)).toEqual([
			ids.policeReport,
			ids.officeReport,
			ids.synthesis
		]);
		const [police, office, synthesis] = documentsOf(volume, 'reports') as [
			VolumeDocument,
			VolumeDocument,
			VolumeDocument
		];
		// A scan is a note with its link; a .docx its headings and paragraphs; a PDF its text.
		expect(police.content).toEqual({ kind: 'scanned' });
		expect(office.content.kind === 'html' && office.content.html).toContain(
			'<h1>I. CÔNG TÁC QUẢN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH</h1>'
		);
		expect(office).toMatchObject({
			unitName: 'Văn phòng HĐND và UBND xã',
			version: 1,
			fileName: 'Báo cáo sơ kết 01 năm - Văn phòng HĐND và UBND xã.docx',
			submittedAt: '2026-04-21T09:05:00.000Z',
			late: false,
			published: true
		});
		expect(synthesis.content.kind === 'text' && synthesis.content.text).toContain(PDF_SENTENCE);
		expect(synthesis).toMatchObject({
			kind: 'synthesis',
			title: 'Báo cáo sơ kết tổng hợp của UBND xã',
			unitName: 'Phòng Văn hóa - Xã hội',
			fileKind: 'pdf',
			published: false
		});
		const [plan] = documentsOf(volume, 'plan');
		expect(plan!.content.kind === 'html' && plan!.content.html).toContain(
			'<h1>II. NỘI DUNG SƠ KẾT</h1>'
		);
		expect(documentsOf(volume, 'speeches').map((d) => [d.unitName, d.speaker])).toEqual([
			['Văn phòng HĐND và UBND xã', 'Đ/c Đặng Thị Thu Hà, Chánh Văn phòng'],
			['Phòng Kinh tế', null]
		]);
		const speechHtml = documentsOf(volume, 'speeches')[0]!.content;
		expect(speechHtml.kind === 'html' && speechHtml.html).toContain('<table>');
		// The biên bản is not finalized: the part says so rather than print a draft.
		expect(volume.parts.find((p) => p.key === 'minutes')).toMatchObject({ minutes: null });
		// The page gets the default order and the choice, and applies it as the server does.
		const { defaults, choice } = await outlineAndChoice(db, conf);
		expect(defaults.find((p) => p.key === 'reports')!.documents.map((d) => d.submissionId)).toEqual(
			[ids.synthesis, ids.officeReport, ids.economyReport, ids.policeReport]
		);
		expect(applyChoice(defaults, choice)).toEqual(await proceedingsOutline(db, conf));
		// The kept choice, with its audit line.
		expect(await loadChoice(db, conf.id)).toMatchObject({
			omittedParts: ['programme'],
			omittedDocuments: [ids.economyReport]
		});
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'proceedings_choice_saved'));
		expect(audit).toMatchObject({
			userId: actor.userId,
			entity: 'proceedings_choice',
			entityId: null
		});
		expect(auditObjectText(audit!, null)).toBe('Kỷ yếu hội nghị');
	});

	it('lists who attended by group, without a single phone number', async () => {
		const volume = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' });
		const attendance = volume.parts.find((p) => p.key === 'attendance');
		if (attendance?.key !== 'attendance') throw new Error('no attendance part');
		expect(attendance.groups[0]!.name).toBe('Thường trực Đảng ủy');
		expect(attendance.groups.flatMap((g) => g.people)).toHaveLength(100);
		expect(
			attendance.groups.flatMap((g) => g.people).find((p) => p.fullName === 'Nguyễn Anh Tấn')
		).toMatchObject({ position: 'Chủ tịch UBND xã', arrivedAt: null, isWalkIn: false });
		const json = JSON.stringify(volume);
		expect(json).not.toMatch(/"phone"/);
		const phones = (
			await db
				.select({ phone: delegate.phone })
				.from(delegate)
				.where(eq(delegate.conferenceId, conf.id))
		)
			.map((d) => d.phone)
			.filter(Boolean);
		expect(phones).toHaveLength(100);
		for (const phone of phones) expect(json).not.toContain(phone!);
	});

	it('takes in, at the end of its part, a report sent after the choice was saved, and the newest version of one sent again', async () => {
		const late = await send(
			'report',
			'Ban Chỉ huy Quân sự xã',
			'BC Quan su.docx',
			await buildDocx('I. Công tác quân sự địa phương', 'hoàn thành 100% chỉ tiêu tuyển quân.'),
			new Date('2026-04-23T08:00:00+07:00')
		);
		const again = await send(
			'report',
			'Văn phòng HĐND và UBND xã',
			'BC Van phong ban 2.docx',
			await buildDocx('I. CÔNG TÁC QUẢN TRIỆT (bản sửa)', 'bổ sung số liệu quý I.'),
			new Date('2026-04-23T09:00:00+07:00')
		);
		expect(again.submissionId).toBe(ids.officeReport);
		const volume = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' });
		const reports = documentsOf(volume, 'reports');
		expect(reports.map((d) => d.submissionId)).toEqual([
			ids.policeReport,
			ids.officeReport,
			ids.synthesis,
			late.submissionId
		]);
		expect(reports[1]).toMatchObject({
			version: 2,
			fileName: 'BC Van phong ban 2.docx',
			late: true
		});
		expect(reports[1]!.content.kind === 'html' && reports[1]!.content.html).toContain(
			'bổ sung số liệu quý I.'
		);
		expect(reports[3]!.content.kind === 'html' && reports[3]!.content.html).toContain(
			'Công tác quân sự địa phương'
		);
	});

	it('opens, through each link, exactly that file — 200 and the same sha256 — and nothing through a wrong one', async () => {
		const volume = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' });
		const docs = allDocuments(volume);
		expect(docs.length).toBe(7);
		for (const doc of docs) {
			expect(doc.originalUrl).toMatch(new RegExp(`^${ORIGIN}/f/${doc.versionId}/[a-z2-7]{26}$`));
			const opened = await follow(doc.originalUrl);
			expect(opened.status).toBe(200);
			const [stored] = await db
				.select({ sha256: submissionVersion.sha256 })
				.from(submissionVersion)
				.where(eq(submissionVersion.id, doc.versionId));
			expect(sha256(opened.bytes)).toBe(stored!.sha256);
			expect(sha256(opened.bytes)).toBe(doc.sha256);
			expect(opened.type).toBe(MIME[doc.fileKind]);
			expect(opened.disposition).toContain(`filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
		}
		const [first, second] = docs as [VolumeDocument, VolumeDocument];
		const tokenOf = (url: string) => url.split('/').at(-1)!;
		// Another file's token, a changed letter, a malformed token, a version that is not there.
		const wrong = [
			`${ORIGIN}/f/${first.versionId}/${tokenOf(second.originalUrl)}`,
			`${ORIGIN}/f/${first.versionId}/${tokenOf(first.originalUrl).replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}`,
			`${ORIGIN}/f/${first.versionId}/abc`,
			`${ORIGIN}/f/${first.versionId}/${'!'.repeat(26)}`,
			`${ORIGIN}/f/999999/${tokenOf(first.originalUrl)}`
		];
		for (const url of wrong)
			expect(await follow(url)).toMatchObject({ status: 404, message: FILE_LINK_NOT_FOUND });
	});

	it('after "Thu hồi liên kết", the old links of every version answer 404 and the new one opens', async () => {
		const before = documentsOf(
			await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' }),
			'reports'
		).find((d) => d.submissionId === ids.officeReport)!;
		const versions = await db
			.select()
			.from(submissionVersion)
			.where(eq(submissionVersion.submissionId, ids.officeReport))
			.orderBy(asc(submissionVersion.version));
		const oldLinks = versions.map((v) => originalLink(ORIGIN, v));
		expect(oldLinks.at(-1)).toBe(before.originalUrl);
		for (const link of oldLinks) expect((await follow(link)).status).toBe(200);

		await revokeOriginalLinks(db, actor, conf.id, ids.officeReport);
		for (const link of oldLinks)
			expect(await follow(link)).toMatchObject({ status: 404, message: FILE_LINK_NOT_FOUND });
		const after = documentsOf(
			await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' }),
			'reports'
		).find((d) => d.submissionId === ids.officeReport)!;
		expect(after.originalUrl).not.toBe(before.originalUrl);
		const opened = await follow(after.originalUrl);
		expect(opened.status).toBe(200);
		expect(sha256(opened.bytes)).toBe(after.sha256);
		// Another submission's links are untouched.
		const plan = documentsOf(
			await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' }),
			'plan'
		)[0]!;
		expect((await follow(plan.originalUrl)).status).toBe(200);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'original_links_revoked'));
		expect(audit).toMatchObject({
			userId: actor.userId,
			entity: 'submission',
			entityId: String(ids.officeReport),
			detail: { versions: 2, name: 'Văn phòng HĐND và UBND xã' }
		});
		expect(auditActionLabel(audit!.action)).toBe('Thu hồi liên kết tệp gốc');
		// A submission of no conference of ours: nothing happens, nothing is logged.
		await expect(revokeOriginalLinks(db, actor, conf.id + 1000, ids.plan)).rejects.toThrow(
			NotFoundError
		);
		expect((await follow(plan.originalUrl)).status).toBe(200);
		expect(
			await db.select().from(auditLog).where(eq(auditLog.action, 'original_links_revoked'))
		).toHaveLength(1);
	});

	it('never gives the delegates an unpublished document, whatever the choice', async () => {
		await saveChoice(db, actor, conf.id, DEFAULT_CHOICE);
		const staff = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' });
		const delegates = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'delegates' });
		const unpublished = allDocuments(staff).filter((d) => !d.published);
		expect(unpublished.map((d) => d.submissionId).sort()).toEqual(
			[
				ids.synthesis,
				ids.economySpeech,
				...allDocuments(staff)
					.filter((d) => d.unitName === 'Ban Chỉ huy Quân sự xã')
					.map((d) => d.submissionId)
			].sort()
		);
		expect(allDocuments(delegates).every((d) => d.published)).toBe(true);
		expect(allDocuments(delegates).map((d) => d.submissionId)).toEqual(
			allDocuments(staff)
				.filter((d) => d.published)
				.map((d) => d.submissionId)
		);
		// Not their text, nor their files' names, anywhere in what the delegates' page is made from.
		const json = JSON.stringify(delegates);
		expect(json).not.toContain(PDF_SENTENCE);
		expect(json).not.toContain('Số hóa hồ sơ địa chính');
		expect(json).not.toContain('BC tong hop.pdf');
		expect(json).not.toContain('Tham luan Phong Kinh te.docx');
		// Published later, it is there.
		const [economySpeech] = await db
			.select({ requestId: submission.requestId, unitId: submission.unitId })
			.from(submission)
			.where(eq(submission.id, ids.economySpeech));
		await setPublished(db, actor, conf.id, economySpeech!, true);
		expect(
			documentsOf(
				await gatherVolume(db, conf, { origin: ORIGIN, audience: 'delegates' }),
				'speeches'
			).map((d) => d.submissionId)
		).toEqual([ids.officeSpeech, ids.economySpeech]);
	});

	it('prints the programme as planned from the start, and the biên bản with its conclusions once finalized', async () => {
		await draftMinutes(db, actor, conf.id);
		let volume = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' });
		expect(volume.parts.find((p) => p.key === 'minutes')).toMatchObject({
			label: 'V.',
			minutes: null
		});
		await finalizeMinutes(db, actor, conf.id, 0);
		volume = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' });
		const minutes = volume.parts.find((p) => p.key === 'minutes');
		if (minutes?.key !== 'minutes' || !minutes.minutes) throw new Error('no finalized minutes');
		expect(minutes.minutes).toMatchObject({
			revision: 1,
			minutesNumber: '12/BB-UBND',
			conclusionNumber: '45/TB-UBND'
		});
		// The demo's secretary noted four conclusions of the chair.
		expect(minutes.minutes.conclusions).toHaveLength(4);
		expect(
			(await proceedingsOutline(db, conf)).find((p) => p.key === 'minutes')!.status
		).toBeNull();

		const agenda = await listAgenda(db, conf.id);
		// The chair times the reasons (08:34–08:38:30); the welcome and the opening speech are not timed.
		const press = (command: unknown, when: string) =>
			runMeetingCommand(db, actor, conf.id, meetingCommandSchema.parse(command), () =>
				Date.parse(`2026-04-24T${when}+07:00`)
			);
		await press({ action: 'goto', itemId: agenda[1]!.id }, '08:33:00');
		await press({ action: 'start' }, '08:34:00');
		await press({ action: 'stop' }, '08:38:30');
		volume = await gatherVolume(db, conf, { origin: ORIGIN, audience: 'staff' });
		const programme = volume.parts.find((p) => p.key === 'programme');
		if (programme?.key !== 'programme') throw new Error('no programme');
		expect(programme).toMatchObject({ label: 'II.', title: 'Chương trình hội nghị' });
		expect(programme.rows.map((r) => r.title)).toEqual(agenda.map((a) => a.title));
		// Planned: 08:00 the welcome (30'), 08:30 the reasons (5'), 08:35 the opening speech.
		expect(
			programme.rows
				.slice(0, 3)
				.map((r) => [r.position, r.plannedStart, r.plannedSeconds, r.actualStart, r.spokenMs])
		).toEqual([
			[1, '2026-04-24T01:00:00.000Z', 1800, null, null],
			[2, '2026-04-24T01:30:00.000Z', 300, '2026-04-24T01:34:00.000Z', 270_000],
			[3, '2026-04-24T01:35:00.000Z', 300, null, null]
		]);
		expect(programme.rows[1]!.presenter).toBe('Chánh Văn phòng – Văn phòng HĐND và UBND xã');
	});
});

describe('the kỷ yếu routes (built app)', () => {
	let app: Awaited<ReturnType<typeof startTestApp>>;
	const cookies: Record<string, string> = {};
	const get = (path: string, cookie?: string) =>
		fetch(`${app.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

	beforeAll(async () => {
		app = await startTestApp();
		for (const who of ['thuky', 'chutich', 'diemdanh']) cookies[who] = await signIn(app.url, who);
	}, 60_000);
	afterAll(() => app?.stop());

	it('gives the kỷ yếu .docx to the secretariat only', async () => {
		const out = await get('/admin/proceedings/ky-yeu.docx');
		expect(out.status).toBe(303);
		expect(out.headers.get('location')).toMatch(/^\/login\?redirect=/);
		for (const who of ['chutich', 'diemdanh'])
			expect((await get('/admin/proceedings/ky-yeu.docx', cookies[who])).status).toBe(403);
		const res = await get('/admin/proceedings/ky-yeu.docx', cookies.thuky);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(MIME.docx);
		expect(res.headers.get('content-disposition')).toContain(
			`filename*=UTF-8''${encodeURIComponent('Kỷ yếu hội nghị.docx')}`
		);
		expect(await docxText(new Uint8Array(await res.arrayBuffer()))).toContain(
			'Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính'
		);
	});

	it('prints the demo’s plan, report and tham luận in order with their text, each linked to its original, which opens signed out with the same bytes', async () => {
		const bytes = new Uint8Array(
			await (await get('/admin/proceedings/ky-yeu.docx', cookies.thuky)).arrayBuffer()
		);
		const text = await docxText(bytes);
		// The documents' own sentences, in the volume's order: the plan, the report, the two tham luận.
		const order = [
			'Căn cứ Chỉ thị số 08/CT-TTg',
			'Văn phòng có tổng số: 08 người.',
			'Văn phòng đã tham mưu UBND xã rà soát toàn bộ văn bản',
			'Số hóa hồ sơ địa chính'
		].map((sentence) => text.indexOf(sentence));
		expect(order.every((at) => at >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		// Every link to an original: the demo's four files, each opening signed out as the secretariat's download.
		const rels = await (
			await JSZip.loadAsync(bytes)
		)
			.file('word/_rels/document.xml.rels')!
			.async('string');
		const links = [
			...new Set(
				[...rels.matchAll(/Target="([^"]*\/f\/\d+\/[a-z2-7]{26})"/g)].map((m) =>
					m[1]!.replaceAll('&amp;', '&')
				)
			)
		];
		expect(links).toHaveLength(4);
		for (const link of links) {
			expect(link.startsWith(`${app.url}/f/`)).toBe(true);
			const res = await fetch(link, { redirect: 'manual' });
			expect(res.status).toBe(200);
			const id = /\/f\/(\d+)\//.exec(link)![1];
			const admin = await get(`/admin/documents/versions/${id}`, cookies.thuky);
			expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(
				sha256(new Uint8Array(await admin.arrayBuffer()))
			);
		}
	});

	it('opens each original through its signed link, signed out, with the bytes the secretariat downloads; a wrong link is a Vietnamese 404', async () => {
		const board = await (await get('/admin/documents', cookies.thuky)).text();
		const versionIds = [
			...new Set(
				[...board.matchAll(/\/admin\/documents\/versions\/(\d+)/g)].map((m) => Number(m[1]))
			)
		];
		// The demo's plan, report and two tham luận.
		expect(versionIds).toHaveLength(4);
		for (const id of versionIds) {
			const admin = await get(`/admin/documents/versions/${id}`, cookies.thuky);
			expect(admin.status).toBe(200);
			const expected = sha256(new Uint8Array(await admin.arrayBuffer()));
			const link = originalLink(app.url, { id, linkVersion: 1 });
			const res = await fetch(link, { redirect: 'manual' });
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe(MIME.docx);
			expect(res.headers.get('content-disposition')).toBe(admin.headers.get('content-disposition'));
			expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(expected);
		}
		const good = originalLink(app.url, { id: versionIds[0]!, linkVersion: 1 });
		// A revoked (next) version's token, another file's, a version that is not there, a made-up token.
		for (const url of [
			originalLink(app.url, { id: versionIds[0]!, linkVersion: 2 }),
			good.replace(/\/f\/\d+\//, `/f/${versionIds[1]}/`),
			`${app.url}/f/999999/${good.split('/').at(-1)}`,
			`${app.url}/f/${versionIds[0]}/khong-dung`
		]) {
			const res = await fetch(url, { redirect: 'manual', headers: { accept: 'text/html' } });
			expect(res.status).toBe(404);
			expect(await res.text()).toContain(FILE_LINK_NOT_FOUND);
		}
		// Not a version number at all: no such page.
		const notANumber = await fetch(`${app.url}/f/abc/${good.split('/').at(-1)}`, {
			redirect: 'manual',
			headers: { accept: 'text/html' }
		});
		expect(notANumber.status).toBe(404);
		expect(await notANumber.text()).toMatch(VIETNAMESE);
	});
});
