// The submissions' downloads (docs/architecture.md, Documents: <capability>/files.ts): any version
// as the unit sent it, and the board as an .xlsx.
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { DOCUMENT_KIND_LABELS } from '$lib/domain/documents';
import { formatDateTime } from '$lib/domain/dates';
import { BOARD_STATE_LABELS, BOARD_STATES } from '$lib/domain/submissions';
import type { Executor } from '../db';
import { documentRequest, submission, submissionVersion } from '../db/schema';
import { MIME, type StoredFile } from '../http/download';
import type { SubmissionsBoard } from './board';

/** One version's file under the name it was sent with; null when it is not this conference's. */
export async function versionFile(
	db: Executor,
	conferenceId: number,
	versionId: number
): Promise<StoredFile | null> {
	const [row] = await db
		.select({
			fileName: submissionVersion.fileName,
			fileKind: submissionVersion.fileKind,
			bytes: submissionVersion.bytes
		})
		.from(submissionVersion)
		.innerJoin(submission, eq(submission.id, submissionVersion.submissionId))
		.innerJoin(documentRequest, eq(documentRequest.id, submission.requestId))
		.where(
			and(eq(submissionVersion.id, versionId), eq(documentRequest.conferenceId, conferenceId))
		);
	return row ? { fileName: row.fileName, type: MIME[row.fileKind], bytes: row.bytes } : null;
}

const STATE_FILL: Record<string, string> = {
	submitted: 'FFDCFCE7',
	late: 'FFFEF3C7',
	overdue: 'FFFEE2E2',
	exempt: 'FFF1F5F9'
};

/**
 * The board as the office prints or forwards it: one row per unit, one column per request (its
 * kind, title and deadline in the header), each cell in the board's own words, and the counts.
 */
export async function boardToXlsx(
	board: SubmissionsBoard,
	title: string,
	now: Date
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Theo dõi nộp tài liệu', {
		views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }],
		pageSetup: {
			paperSize: 9,
			orientation: 'landscape',
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 0,
			printTitlesRow: '3:3'
		}
	});
	sheet.getColumn(1).width = 6;
	sheet.getColumn(2).width = 34;
	board.requests.forEach((_, i) => (sheet.getColumn(i + 3).width = 30));
	sheet.addRow([title]).font = { bold: true, size: 14 };
	sheet.addRow([
		`Cập nhật lúc ${formatDateTime(now)} — ${BOARD_STATES.map((s) => `${BOARD_STATE_LABELS[s]}: ${board.counts[s]}`).join('; ')}`
	]).font = { italic: true };
	const header = sheet.addRow([
		'STT',
		'Đơn vị',
		...board.requests.map(
			(r) =>
				`${DOCUMENT_KIND_LABELS[r.kind]}: ${r.title}\nHạn: ${formatDateTime(r.dueAt)}${r.closedAt ? ' (đã khóa nhận tệp)' : ''}`
		)
	]);
	header.font = { bold: true };
	header.alignment = { vertical: 'top', wrapText: true };
	header.eachCell(
		(cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } })
	);
	const cellOf = new Map(board.cells.map((c) => [`${c.requestId}:${c.unitId}`, c]));
	board.units.forEach((u, i) => {
		const row = sheet.addRow([
			i + 1,
			u.name,
			...board.requests.map((r) => cellOf.get(`${r.id}:${u.id}`)?.text ?? null)
		]);
		row.alignment = { vertical: 'top', wrapText: true };
		board.requests.forEach((r, j) => {
			const state = cellOf.get(`${r.id}:${u.id}`)?.state;
			const fill = state && STATE_FILL[state];
			if (fill)
				row.getCell(j + 3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
		});
	});
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
