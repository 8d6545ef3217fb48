import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { assembleBoard, type AttendanceBoard, type BoardPerson } from '$lib/domain/attendance';
import {
	buildAttendanceListDocx,
	buildAttendanceListXlsx,
	listedByGroup,
	type AttendanceListHeading
} from './attendance-list';
import { boardPeople } from './test-fixtures';

const GROUPS = [
	{ id: 10, name: 'Thường trực Đảng ủy' },
	{ id: 20, name: 'Lãnh đạo UBND xã' },
	{ id: 30, name: 'Trưởng xóm' }
];

const person = boardPeople(GROUPS);

/** A board as attendanceBoard() would give it, from the people alone. */
const boardOf = (people: BoardPerson[]): AttendanceBoard => assembleBoard(GROUPS, people);

// Listed as listDelegates() sorts them: by group, then name. A walk-in sorts among the invited.
const PEOPLE = [
	person(10, 'Hoàng Văn Bình', {
		position: 'Bí thư Đảng ủy',
		arrivedAt: new Date('2026-04-24T07:41:00+07:00'),
		method: 'scan',
		device: 'cua-1'
	}),
	person(10, 'Lê Thị Cúc', {
		reply: 'absent',
		absenceReason: 'Đi công tác tỉnh',
		phone: '0912345678'
	}),
	person(30, 'Đỗ Văn Khách', {
		isWalkIn: true,
		position: 'Phóng viên',
		arrivedAt: new Date('2026-04-24T07:55:00+07:00'),
		method: 'walk-in',
		device: 'cua-2'
	}),
	person(30, 'Nguyễn Văn An', {
		position: 'Trưởng xóm',
		organisation: 'Xóm Đồng Tâm',
		phone: '0987654321'
	}),
	// A walk-in recorded then undone is not in the hall: not on the list.
	person(30, 'Vũ Thị Hủy', { isWalkIn: true })
];

const HEADING: AttendanceListHeading = {
	parentBody: null,
	issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
	locality: 'Bình Thành',
	// 01:00 UTC: the Vietnam date must be printed, whatever the server's zone.
	date: new Date('2026-04-24T08:00:00+07:00'),
	conferenceTitle: 'Hội nghị sơ kết 01 năm'
};

async function documentXml(buffer: Buffer): Promise<string> {
	return (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
}

/** The text of each table row, cells joined by " | ". */
function tableRows(xml: string): string[] {
	return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)]
		.map((row) =>
			[...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)]
				.map((c) => [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
				.join(' | ')
		)
		.filter((r) => r.length > 0);
}

describe('danh sách đại biểu (.docx)', () => {
	it('lists people under their group, in group order, numbered across groups, with arrival time and an empty signature cell', async () => {
		const xml = await documentXml(await buildAttendanceListDocx(HEADING, boardOf(PEOPLE)));
		const rows = tableRows(xml);
		const start = rows.indexOf('STT | Họ và tên | Chức vụ, đơn vị | Giờ đến | Ký tên');
		expect(start).toBeGreaterThanOrEqual(0);
		expect(rows.slice(start)).toEqual([
			'STT | Họ và tên | Chức vụ, đơn vị | Giờ đến | Ký tên',
			'Thường trực Đảng ủy',
			'1 | Hoàng Văn Bình | Bí thư Đảng ủy | 07:41 | ',
			'2 | Lê Thị Cúc | Ủy viên |  | ',
			// A group with nobody in it is left out; walk-ins are on their own line, never under the group the door chose.
			'Trưởng xóm',
			'3 | Nguyễn Văn An | Trưởng xóm, Xóm Đồng Tâm |  | ',
			'Khách ngoài danh sách',
			'4 | Đỗ Văn Khách | Phóng viên | 07:55 | '
		]);
		expect(xml).not.toContain('Vũ Thị Hủy');
		expect(xml).not.toContain('Lãnh đạo UBND xã');
	});

	it('repeats the column headings on every page and keeps a group name with its first person', async () => {
		const xml = await documentXml(await buildAttendanceListDocx(HEADING, boardOf(PEOPLE)));
		const rowsXml = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
		const headerRow = rowsXml.find((r) => r.includes('>Ký tên<'))!;
		expect(headerRow).toContain('<w:tblHeader');
		expect(rowsXml.filter((r) => r.includes('<w:tblHeader'))).toHaveLength(1);
		const groupRow = rowsXml.find((r) => r.includes('>Trưởng xóm<') && r.includes('w:gridSpan'))!;
		expect(groupRow).toContain('<w:keepNext');
	});

	it('carries the Decree-30 header, the title, the date of the meeting and the totals', async () => {
		const xml = await documentXml(await buildAttendanceListDocx(HEADING, boardOf(PEOPLE)));
		const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
		for (const expected of [
			'ỦY BAN NHÂN DÂN',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Bình Thành, ngày 24 tháng 4 năm 2026',
			'DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ',
			'Hội nghị sơ kết 01 năm'
		]) {
			expect(text).toContain(expected);
		}
		expect(text.indexOf('CỘNG HÒA')).toBeLessThan(text.indexOf('DANH SÁCH ĐẠI BIỂU'));
		expect(text.indexOf('DANH SÁCH ĐẠI BIỂU')).toBeLessThan(text.indexOf('Hoàng Văn Bình'));
		expect(text).toContain(
			'Tổng số đại biểu được mời: 3; có mặt: 1 (33,3%); vắng có lý do: 1; khách ngoài danh sách: 1.'
		);
	});

	it('still makes a document for a conference with no delegates yet', async () => {
		const xml = await documentXml(await buildAttendanceListDocx(HEADING, boardOf([])));
		expect(tableRows(xml)).toContain('STT | Họ và tên | Chức vụ, đơn vị | Giờ đến | Ký tên');
		expect(xml).toContain('Tổng số đại biểu được mời: 0; có mặt: 0 (0%)');
	});
});

describe('danh sách đại biểu (.xlsx)', () => {
	async function sheetOf(board: AttendanceBoard) {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			(await buildAttendanceListXlsx('Hội nghị sơ kết', board)).slice().buffer
		);
		return workbook.worksheets[0]!;
	}

	it('has one row per person with group, arrival, how they checked in, the excuse and the phone as text', async () => {
		const sheet = await sheetOf(boardOf(PEOPLE));
		expect(sheet.getRow(2).values).toEqual([
			undefined,
			'STT',
			'Họ và tên',
			'Chức vụ, đơn vị',
			'Thành phần',
			'Có mặt',
			'Giờ đến',
			'Cách điểm danh',
			'Trả lời giấy mời',
			'Lý do vắng',
			'Điện thoại'
		]);
		expect(sheet.rowCount).toBe(6);
		const row = (n: number) =>
			Array.from({ length: 10 }, (_, i) => sheet.getRow(n).getCell(i + 1).value ?? null);
		expect(row(3)).toEqual([
			1,
			'Hoàng Văn Bình',
			'Bí thư Đảng ủy',
			'Thường trực Đảng ủy',
			'Có',
			'07:41',
			'Quét mã',
			'Chưa trả lời',
			null,
			null
		]);
		expect(row(4)).toEqual([
			2,
			'Lê Thị Cúc',
			'Ủy viên',
			'Thường trực Đảng ủy',
			'Chưa',
			null,
			null,
			'Vắng mặt',
			'Đi công tác tỉnh',
			'0912 345 678'
		]);
		expect(row(6)).toEqual([
			4,
			'Đỗ Văn Khách',
			'Phóng viên',
			'Khách ngoài danh sách',
			'Có',
			'07:55',
			'Khách ngoài danh sách',
			null,
			null,
			null
		]);
		// A leading zero survives: the phone column is text.
		expect(sheet.getRow(5).getCell(10).value).toBe('0987 654 321');
		expect(sheet.getColumn(10).numFmt).toBe('@');
	});

	it('keeps the column headings on each printed page', async () => {
		const sheet = await sheetOf(boardOf(PEOPLE));
		expect(sheet.pageSetup.printTitlesRow).toBe('2:2');
		expect(sheet.pageSetup.orientation).toBe('landscape');
	});
});

describe('listedByGroup', () => {
	it('follows the conference group order, not the order people were added', () => {
		const groups = listedByGroup(boardOf([person(30, 'Z'), person(10, 'A')]));
		expect(groups.map((g) => g.name)).toEqual(['Thường trực Đảng ủy', 'Trưởng xóm']);
	});
});
