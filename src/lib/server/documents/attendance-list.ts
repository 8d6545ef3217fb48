/**
 * Danh sách đại biểu tham dự hội nghị: by group in the conference's order, each person's time of
 * arrival, and an empty column for the signature. Decree-30 page and fonts (./nd30.ts).
 */
import {
	AlignmentType,
	Paragraph,
	type Table,
	TableCell,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType
} from 'docx';
import ExcelJS from 'exceljs';
import { WALK_IN_LINE, type AttendanceBoard, type BoardPerson } from '$lib/domain/attendance';
import { CHECKIN_METHOD_LABELS } from '$lib/domain/checkin';
import { formatTime } from '$lib/domain/dates';
import { personRole } from '$lib/domain/person';
import { formatPhone } from '$lib/domain/phone';
import { REPLY_LABELS } from '$lib/domain/replies';
import { officeSheet, type SheetColumn } from './sheet';
import {
	SIZE,
	TEXT_WIDTH,
	documentTitle,
	headerBlock,
	mm,
	nd30Document,
	nd30Section,
	packDocx,
	ruledTable
} from './nd30';

export interface AttendanceListHeading {
	parentBody: string | null;
	issuerLines: string[];
	locality: string;
	/** The meeting's day: the list is dated the day it was signed. */
	date: Date;
	conferenceTitle: string;
}

const COLUMNS = [
	{ header: 'STT', width: mm(12) },
	{ header: 'Họ và tên', width: mm(45) },
	{ header: 'Chức vụ, đơn vị', width: mm(58) },
	{ header: 'Giờ đến', width: mm(20) }
];
const SIGN_WIDTH = TEXT_WIDTH - COLUMNS.reduce((sum, c) => sum + c.width, 0);
const WIDTHS = [...COLUMNS.map((c) => c.width), SIGN_WIDTH];

/** A cell of a ruled list: one line of 13 pt text, centred vertically. */
export function listCell(
	text: string,
	o: { bold?: boolean; center?: boolean; span?: number; width: number; keepNext?: boolean }
): TableCell {
	return new TableCell({
		width: { size: o.width, type: WidthType.DXA },
		columnSpan: o.span,
		verticalAlign: VerticalAlign.CENTER,
		margins: { top: 40, bottom: 40, left: 80, right: 80 },
		children: [
			new Paragraph({
				alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
				keepNext: o.keepNext,
				children: [new TextRun({ text, bold: o.bold, size: SIZE.recipientsLabel + 2 })]
			})
		]
	});
}

/**
 * People in print order: the invited under their groups in the conference's order, then the
 * walk-ins who came, on their own line "Khách ngoài danh sách" (src/lib/domain/attendance.ts).
 */
export function listedByGroup(board: AttendanceBoard) {
	return [
		...board.totals.groups.map((g) => ({
			name: g.name,
			people: board.people.filter((p) => p.groupId === g.id && !p.isWalkIn)
		})),
		{ name: WALK_IN_LINE, people: board.walkIns }
	].filter((g) => g.people.length > 0);
}

/** One person of a printed list: as the board has them, or the kỷ yếu's (an ISO time of arrival). */
export type ListedPerson = Pick<BoardPerson, 'fullName' | 'position' | 'organisation'> & {
	arrivedAt: Date | string | null;
};

/**
 * The ruled list by group: numbered across groups, each group's name on its own row, the time of
 * arrival, and a column to sign. The danh sách's, the biên bản appendix's and the kỷ yếu's.
 */
export function attendeesTable(
	groups: readonly { name: string; people: readonly ListedPerson[] }[]
): Table {
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: [
			...COLUMNS.map((c) => listCell(c.header, { bold: true, center: true, width: c.width })),
			listCell('Ký tên', { bold: true, center: true, width: SIGN_WIDTH })
		]
	});
	const rows: TableRow[] = [header];
	let n = 0;
	for (const group of groups) {
		// keepNext: a group's name never stands alone at the foot of a page.
		rows.push(
			new TableRow({
				cantSplit: true,
				children: [listCell(group.name, { bold: true, span: 5, width: TEXT_WIDTH, keepNext: true })]
			})
		);
		for (const p of group.people) {
			n++;
			rows.push(
				new TableRow({
					cantSplit: true,
					// Room for a handwritten signature.
					height: { value: mm(9), rule: 'atLeast' },
					children: [
						listCell(String(n), { center: true, width: WIDTHS[0]! }),
						listCell(p.fullName, { width: WIDTHS[1]! }),
						listCell(personRole(p), { width: WIDTHS[2]! }),
						listCell(p.arrivedAt ? formatTime(new Date(p.arrivedAt)) : '', {
							center: true,
							width: WIDTHS[3]!
						}),
						listCell('', { width: WIDTHS[4]! })
					]
				})
			);
		}
	}
	return ruledTable(WIDTHS, rows);
}

/**
 * The list itself and its totals line: the body of the danh sách, and of the biên bản's appendix
 * (./minutes.ts).
 */
export function attendanceTable(board: AttendanceBoard): (Table | Paragraph)[] {
	const table = attendeesTable(listedByGroup(board));
	const t = board.totals;
	const summary = new Paragraph({
		spacing: { before: 160 },
		children: [
			new TextRun({
				text: `Tổng số đại biểu được mời: ${t.invited}; có mặt: ${t.presentInvited} (${t.quorumPercent.toLocaleString('vi-VN')}%); vắng có lý do: ${t.excused}; khách ngoài danh sách: ${t.walkIns}.`,
				italics: true
			})
		]
	});
	return [table, summary];
}

export async function buildAttendanceListDocx(
	heading: AttendanceListHeading,
	board: AttendanceBoard
): Promise<Buffer> {
	const section = nd30Section(
		[
			headerBlock({
				parentBody: heading.parentBody,
				issuerLines: heading.issuerLines,
				locality: heading.locality,
				date: heading.date
			}),
			...documentTitle('Danh sách đại biểu tham dự hội nghị', heading.conferenceTitle),
			...attendanceTable(board)
		],
		{ pageNumbers: true }
	);
	return packDocx(nd30Document([section], `Danh sách đại biểu - ${heading.conferenceTitle}`));
}

/** The same list for Excel, with the group, the way each person checked in and their phone. */
export async function buildAttendanceListXlsx(
	title: string,
	board: AttendanceBoard
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	const columns: SheetColumn[] = [
		{ header: 'STT', width: 6 },
		{ header: 'Họ và tên', width: 28 },
		{ header: 'Chức vụ, đơn vị', width: 40 },
		{ header: 'Thành phần', width: 30 },
		{ header: 'Có mặt', width: 9 },
		{ header: 'Giờ đến', width: 10 },
		{ header: 'Cách điểm danh', width: 18 },
		{ header: 'Trả lời giấy mời', width: 16 },
		{ header: 'Lý do vắng', width: 30 },
		{ header: 'Điện thoại', width: 14, text: true }
	];
	const sheet = officeSheet(workbook, 'Điểm danh', `Danh sách đại biểu — ${title}`, columns);
	let n = 0;
	for (const group of listedByGroup(board)) {
		for (const p of group.people) {
			n++;
			sheet.addRow([
				n,
				p.fullName,
				personRole(p) || null,
				group.name,
				p.arrivedAt ? 'Có' : 'Chưa',
				p.arrivedAt ? formatTime(p.arrivedAt) : null,
				p.method ? CHECKIN_METHOD_LABELS[p.method] : null,
				p.isWalkIn ? null : REPLY_LABELS[p.reply],
				p.reply === 'absent' ? p.absenceReason : null,
				p.phone ? formatPhone(p.phone) : null
			]);
		}
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
