// "Tải hồ sơ lưu trữ": the whole conference in one .zip, in a fixed order —
//   00 Muc luc ho so.docx                       what is in it, and what is not yet and why
//   01 Van ban/…                                 every document the app makes (giấy mời … báo cáo tổng hợp)
//   02 Tai lieu cac don vi/<unit>/<request> - ban N.<ext>   every version every unit sent, as sent
//   03 Du lieu/….xlsx                            delegates and replies, check-ins, timer log, submissions
//   manifest-sha256.txt                          `sha256sum -c` checks every other file
// The same bytes when nothing changed: every document passes through normalizeOffice, every entry
// is dated (the conference's start; an original its submission time), stored in one fixed order.
// Memory stays flat however many files: the originals (the part that grows) are read from the
// database one version at a time, only when the zip writer reaches them; the generated documents (a
// fixed dozen) are built before the first byte, so the exact size (Content-Length) and every hash
// are known up front. Entries are stored, not deflated: .docx, .xlsx and .pdf are zips already.
// This module plans the entries; archive-zip.ts streams them.
import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import {
	Paragraph,
	TableCell,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType,
	AlignmentType
} from 'docx';
import {
	archiveName,
	manifestLine,
	shortTitle,
	twoDigits,
	uniquePath,
	withKind
} from '$lib/domain/archive-names';
import { DOCUMENT_KIND_LABELS } from '$lib/domain/documents';
import { formatFileSize } from '$lib/domain/submissions';
import { chairScriptFile } from '../agenda/files';
import { listAgenda } from '../agenda';
import { attendanceListFile } from '../checkin/files';
import type { Executor, Database } from '../db';
import {
	documentRequest,
	submission,
	submissionVersion,
	unit,
	user,
	type Conference
} from '../db/schema';
import { listDelegates } from '../delegates';
import { exportRows } from '../delegates/export';
import { delegatesToXlsx } from '../delegates/export-sheet';
import { invitationFile } from '../delegates/files';
import { NoConclusionsError } from '../documents/conclusion-notice';
import { normalizeOffice } from '../documents/normalize-office';
import {
	bodyParagraph,
	documentTitle,
	headerBlock,
	mm,
	nd30Document,
	nd30Section,
	packDocx,
	ruledTable,
	SIZE,
	TEXT_WIDTH
} from '../documents/nd30';
import { NotFoundError } from '../http/errors';
import { conclusionNoticeFile, minutesFile } from '../minutes/files';
import {
	checkinsSheet,
	submissionsSheet,
	timerLogSheet,
	type ArchivedVersion
} from './archive-sheets';
import { synthesisFile } from './synthesis';
import { proceedingsFile } from './volume';

export const INDEX_PATH = '00 Muc luc ho so.docx';
export const MANIFEST_PATH = 'manifest-sha256.txt';
export const DOCUMENTS_FOLDER = '01 Van ban';
export const ORIGINALS_FOLDER = '02 Tai lieu cac don vi';
export const DATA_FOLDER = '03 Du lieu';

/** One file of the archive: its bytes already made, or a submitted version read when its turn comes. */
export interface ArchiveEntry {
	path: string;
	/** What it is, in the index's words. */
	title: string;
	size: number;
	sha256: string;
	mtime: Date;
	bytes?: Buffer;
	/** A submission_version row, read only while the zip writer is at it. */
	versionId?: number;
}

export interface ArchivePlan {
	fileName: string;
	entries: ArchiveEntry[];
	/** "Biên bản: chưa lập" — what the index says is not in the archive, and why. */
	missing: string[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function made(path: string, title: string, bytes: Buffer, mtime: Date): ArchiveEntry {
	return { path, title, bytes, size: bytes.length, sha256: sha256(bytes), mtime };
}

/** Every version of every submission of the conference, without its bytes, in units' then requests' order. */
async function archivedVersions(db: Executor, conferenceId: number): Promise<ArchivedVersion[]> {
	const rows = await db
		.select({
			id: submissionVersion.id,
			unitName: unit.name,
			unitPosition: unit.position,
			kind: documentRequest.kind,
			requestTitle: documentRequest.title,
			requestPosition: documentRequest.position,
			version: submissionVersion.version,
			fileName: submissionVersion.fileName,
			fileKind: submissionVersion.fileKind,
			submittedAt: submissionVersion.submittedAt,
			late: submissionVersion.late,
			size: submissionVersion.size,
			sha256: submissionVersion.sha256,
			byName: user.displayName,
			publishedAt: submission.publishedAt,
			extraction: submissionVersion.extraction
		})
		.from(submissionVersion)
		.innerJoin(submission, eq(submission.id, submissionVersion.submissionId))
		.innerJoin(documentRequest, eq(documentRequest.id, submission.requestId))
		.innerJoin(unit, eq(unit.id, submission.unitId))
		.leftJoin(user, eq(user.id, submissionVersion.byUserId))
		.where(eq(documentRequest.conferenceId, conferenceId))
		.orderBy(
			asc(unit.position),
			asc(documentRequest.position),
			asc(documentRequest.id),
			asc(submissionVersion.version)
		);
	const taken = new Set<string>();
	const unitNumbers = new Map<number, number>();
	return rows.map((r) => {
		if (!unitNumbers.has(r.unitPosition)) unitNumbers.set(r.unitPosition, unitNumbers.size + 1);
		const folder = `${ORIGINALS_FOLDER}/${twoDigits(unitNumbers.get(r.unitPosition)!)} ${archiveName(r.unitName)}`;
		const name = `${archiveName(withKind(DOCUMENT_KIND_LABELS[r.kind], r.requestTitle), 70)} - ban ${r.version}.${r.fileKind}`;
		return {
			...r,
			published: r.publishedAt !== null,
			path: uniquePath(`${folder}/${name}`, taken)
		};
	});
}

const INDEX_COLUMNS = [mm(10), mm(78), mm(57), TEXT_WIDTH - mm(145)];

function indexCell(text: string, width: number, o: { bold?: boolean; center?: boolean } = {}) {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		verticalAlign: VerticalAlign.CENTER,
		margins: { top: 30, bottom: 30, left: 60, right: 60 },
		children: [
			new Paragraph({
				alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
				children: [new TextRun({ text, bold: o.bold, size: SIZE.recipientsLabel })]
			})
		]
	});
}

/** "Mục lục hồ sơ": every file with what it is and its size, then what is missing and why. */
async function indexDocx(
	conference: Conference,
	entries: ArchiveEntry[],
	missing: string[]
): Promise<Buffer> {
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: ['STT', 'Tệp trong hồ sơ', 'Nội dung', 'Dung lượng'].map((h, i) =>
			indexCell(h, INDEX_COLUMNS[i]!, { bold: true, center: true })
		)
	});
	const rows = entries.map(
		(e, i) =>
			new TableRow({
				cantSplit: true,
				children: [String(i + 1), e.path, e.title, formatFileSize(e.size)].map((t, j) =>
					indexCell(t, INDEX_COLUMNS[j]!, { center: j === 0 || j === 3 })
				)
			})
	);
	const section = nd30Section(
		[
			headerBlock({ parentBody: conference.parentBody, issuerLines: conference.issuerLines }),
			...documentTitle('Mục lục hồ sơ lưu trữ', conference.title),
			bodyParagraph(
				`Hồ sơ gồm ${entries.length + 2} tệp: mục lục này, ${entries.length} tệp liệt kê dưới đây và tệp ${MANIFEST_PATH} ghi mã kiểm tra sha256 của từng tệp (kiểm tra bằng lệnh: sha256sum -c ${MANIFEST_PATH}).`
			),
			ruledTable(INDEX_COLUMNS, [header, ...rows]),
			...(missing.length > 0
				? [
						new Paragraph({
							spacing: { before: 240 },
							children: [new TextRun({ text: 'Chưa có trong hồ sơ', bold: true })]
						}),
						...missing.map((m) => bodyParagraph(`- ${m}.`))
					]
				: [])
		],
		{ pageNumbers: true }
	);
	return packDocx(nd30Document([section], `Mục lục hồ sơ - ${conference.title}`));
}

/**
 * What the archive holds, each generated document already made (with fixed times) and each
 * original known by its stored size and sha256. `origin` is the site's address for the links the
 * giấy mời and the kỷ yếu print.
 */
export async function planArchive(
	db: Database,
	conference: Conference,
	origin: string
): Promise<ArchivePlan> {
	const at = conference.startsAt;
	const entries: ArchiveEntry[] = [];
	const missing: string[] = [];
	const documents: ArchiveEntry[] = [];
	const doc = async (name: string, title: string, build: () => Promise<Uint8Array>) => {
		const path = `${DOCUMENTS_FOLDER}/${twoDigits(documents.length + 1)} ${name}`;
		documents.push(made(path, title, await normalizeOffice(await build(), at), at));
	};

	// The giấy mời as the office sends them: one for each invited delegate (a walk-in was never invited).
	const invited = (await listDelegates(db, conference.id)).filter((d) => !d.isWalkIn);
	if (invited.length > 0)
		await doc('Giay moi.docx', 'Giấy mời (mỗi đại biểu được mời một trang)', () =>
			invitationFile(db, conference, origin, invited)
		);
	else missing.push('Giấy mời: chưa có đại biểu trong danh sách mời');
	await doc('Danh sach dai bieu tham du.docx', 'Danh sách đại biểu tham dự hội nghị', () =>
		attendanceListFile(db, conference, 'docx')
	);
	if ((await listAgenda(db, conference.id)).length > 0)
		await doc('Kich ban dieu hanh.docx', 'Kịch bản điều hành hội nghị', () =>
			chairScriptFile(db, conference)
		);
	else missing.push('Kịch bản điều hành: chưa có chương trình hội nghị');
	try {
		const minutes = await minutesFile(db, conference, null);
		const draft = minutes.fileName.includes('(dự thảo)');
		await doc(
			`Bien ban hoi nghi${draft ? ' (du thao)' : ''}.docx`,
			draft ? 'Biên bản hội nghị (dự thảo, chưa hoàn thành)' : 'Biên bản hội nghị',
			async () => minutes.bytes
		);
		try {
			// A notice of minutes not yet finalized is dated the meeting's day, not the day of the download.
			const notice = await conclusionNoticeFile(db, conference, null, at);
			await doc(
				`Thong bao ket luan${draft ? ' (du thao)' : ''}.docx`,
				draft ? 'Thông báo kết luận (dự thảo)' : 'Thông báo kết luận hội nghị',
				async () => notice.bytes
			);
		} catch (err) {
			if (!(err instanceof NoConclusionsError)) throw err;
			missing.push('Thông báo kết luận: biên bản chưa có kết luận của chủ tọa');
		}
	} catch (err) {
		if (!(err instanceof NotFoundError)) throw err;
		missing.push('Biên bản: chưa lập', 'Thông báo kết luận: chưa lập biên bản');
	}
	await doc(
		'Ky yeu hoi nghi.docx',
		'Kỷ yếu hội nghị',
		async () => (await proceedingsFile(db, conference, origin)).bytes
	);
	// Dated the meeting's day too: a draft dated the download's day would change the archive every day.
	await doc(
		'Du thao bao cao tong hop.docx',
		'Dự thảo báo cáo tổng hợp (cho Phòng Văn hóa - Xã hội)',
		async () => (await synthesisFile(db, conference, at)).bytes
	);

	const versions = await archivedVersions(db, conference.id);
	if (versions.length === 0) missing.push('Tài liệu các đơn vị: chưa đơn vị nào nộp');
	const originals = versions.map((v): ArchiveEntry => ({
		path: v.path,
		title: `${v.unitName}: ${DOCUMENT_KIND_LABELS[v.kind].toLowerCase()} “${v.requestTitle}”, bản ${v.version}${v.late ? ' (nộp muộn)' : ''}`,
		size: v.size,
		sha256: v.sha256,
		mtime: v.submittedAt,
		versionId: v.id
	}));

	const data: ArchiveEntry[] = [];
	const sheet = async (name: string, title: string, build: () => Promise<Buffer>) => {
		data.push(
			made(
				`${DATA_FOLDER}/${twoDigits(data.length + 1)} ${name}`,
				title,
				await normalizeOffice(await build(), at),
				at
			)
		);
	};
	const delegates = await exportRows(db, conference.id, origin);
	// Without the personal links: an archive is kept for years and forwarded; a live link opens the delegate's page.
	await sheet('Dai bieu va tra loi giay moi.xlsx', 'Đại biểu và trả lời giấy mời', () =>
		delegatesToXlsx(
			delegates.map((d) => ({ ...d, link: '' })),
			`Đại biểu và trả lời giấy mời - ${conference.title}`
		)
	);
	await sheet('Danh sach diem danh.xlsx', 'Danh sách đại biểu: có mặt, giờ đến', () =>
		attendanceListFile(db, conference, 'xlsx')
	);
	await sheet('Nhat ky diem danh.xlsx', 'Mọi lượt điểm danh: thiết bị, giờ quét, lượt hủy', () =>
		checkinsSheet(db, conference.id, conference.title)
	);
	await sheet('Nhat ky bam gio.xlsx', 'Nhật ký bấm giờ của chủ tọa', () =>
		timerLogSheet(db, conference.id, conference.title)
	);
	await sheet('Tai lieu da nop.xlsx', 'Danh sách tài liệu đã nộp (mọi bản, sha256)', () =>
		submissionsSheet(versions, conference.title)
	);

	const listed = [...documents, ...originals, ...data];
	const index = made(
		INDEX_PATH,
		'Mục lục hồ sơ',
		await normalizeOffice(await indexDocx(conference, listed, missing), at),
		at
	);
	entries.push(index, ...listed);
	const manifest = Buffer.from(entries.map((e) => manifestLine(e.sha256, e.path)).join(''), 'utf8');
	entries.push(made(MANIFEST_PATH, 'Mã kiểm tra sha256 của mọi tệp', manifest, at));
	return { fileName: `Hồ sơ lưu trữ - ${shortTitle(conference.title)}.zip`, entries, missing };
}
