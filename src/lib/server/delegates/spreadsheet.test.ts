import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	delegatesToCsv,
	delegatesToXlsx,
	previewImport,
	readSpreadsheet,
	SpreadsheetError,
	type ExportRow,
	type ImportContext
} from './spreadsheet';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const ctx: ImportContext = {
	groups: [
		{ id: 8, name: 'Các công chức chuyên môn' },
		{ id: 9, name: 'Trưởng xóm trên địa bàn xã' }
	],
	existing: []
};

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Danh sách');
	for (const r of rows) sheet.addRow(r);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const preview = async (bytes: Uint8Array, name: string, c = ctx) => previewImport(await readSpreadsheet(bytes, name), c);

describe('reading a delegate list', () => {
	it('reads a good .xlsx with groups resolved and phones normalised', async () => {
		const file = await xlsx([
			['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần', 'Số điện thoại'],
			[1, 'Nguyễn Văn An', 'Trưởng xóm', 'Xóm Đồng Tâm', 'Trưởng xóm trên địa bàn xã', '0912 345 678'],
			[2, 'Lê Thị Bình', 'Chuyên viên', 'Phòng Kinh tế', 'các công chức chuyên môn', 987654321]
		]);
		const p = await preview(file, 'danh-sach.xlsx');
		expect(p.headerProblems).toEqual([]);
		expect(p.problems).toEqual([]);
		expect(p.toAdd.map((r) => [r.line, r.fullName, r.groupId, r.phone])).toEqual([
			[2, 'Nguyễn Văn An', 9, '0912345678'],
			[3, 'Lê Thị Bình', 8, '0987654321']
		]);
	});

	it('reads a UTF-8 .csv with a BOM, quoted commas and +84 numbers', async () => {
		const p = await preview(fixture('good-bom.csv'), 'good-bom.csv');
		expect(p.problems).toEqual([]);
		expect(p.toAdd.map((r) => [r.fullName, r.phone, r.email])).toEqual([
			['Nguyễn Văn An', '0912345678', null],
			['Lê Thị Bình, cán bộ', '0987654321', 'binh@example.vn']
		]);
		expect(p.columns.fullName).toBe('Họ và tên');
	});

	it('matches headers written without diacritics, and semicolon-separated files', async () => {
		const p = await preview(fixture('no-diacritics-semicolon.csv'), 'x.csv');
		expect(p.toAdd).toEqual([expect.objectContaining({ fullName: 'Trần Văn Cường', groupId: 9, phone: '0358123456', organisation: 'Xóm Bản Lá' })]);
	});

	it('reports every broken row with its line and a Vietnamese reason', async () => {
		const p = await preview(fixture('broken-rows.csv'), 'broken.csv');
		expect(p.toAdd.map((r) => r.line)).toEqual([2]);
		expect(p.problems.map((x) => [x.line, x.reason])).toEqual([
			[3, 'Thiếu họ và tên.'],
			[4, 'Thành phần “Khách mời” chưa có trong hội nghị.'],
			[5, 'Số điện thoại không đúng: “12345”.'],
			[6, 'Email không đúng: “khong-phai-email”.'],
			[7, 'Trùng với dòng 2.']
		]);
		expect(p.unknownGroups).toEqual([{ name: 'Khách mời', lines: [4] }]);
	});

	it('refuses wrong or missing headers and lists nothing else', async () => {
		const p = await preview(fixture('wrong-headers.csv'), 'w.csv');
		expect(p.headerProblems[0]).toContain('Không tìm thấy cột “Họ và tên”');
		expect(p.toAdd).toEqual([]);
		const noGroup = await preview(await xlsx([['Họ và tên', 'Chức vụ'], ['A', 'B']]), 'g.xlsx');
		expect(noGroup.headerProblems).toEqual(['Thiếu cột “Thành phần” (nhóm đại biểu, ví dụ “Trưởng xóm trên địa bàn xã”).']);
	});

	it('stores NFD names as NFC and matches them with existing NFC delegates', async () => {
		const nfd = 'Nguyễn Thị Hằng'.normalize('NFD');
		const file = await xlsx([
			['Họ và tên', 'Thành phần', 'Đơn vị'],
			[nfd, 'Trưởng xóm trên địa bàn xã', 'Xóm Nà Mòn'],
			['Hoàng Văn Mới'.normalize('NFD'), 'Trưởng xóm trên địa bàn xã', '']
		]);
		const p = await preview(file, 'nfd.xlsx', {
			...ctx,
			existing: [{ id: 41, fullName: 'Nguyễn Thị Hằng'.normalize('NFC'), phone: null, organisation: 'Xóm Nà Mòn' }]
		});
		expect(p.matches).toEqual([expect.objectContaining({ delegateId: 41, fullName: 'Nguyễn Thị Hằng'.normalize('NFC') })]);
		expect(p.toAdd[0]!.fullName).toBe('Hoàng Văn Mới'.normalize('NFC'));
		expect(p.toAdd[0]!.fullName).not.toBe('Hoàng Văn Mới'.normalize('NFD'));
	});

	it('reads a 5,000-row file completely', async () => {
		const rows: (string | number)[][] = [['Họ và tên', 'Chức vụ', 'Thành phần', 'Số điện thoại']];
		for (let i = 0; i < 5000; i++) rows.push([`Đại Biểu Số ${i + 1}`, 'Chuyên viên', 'Các công chức chuyên môn', `09${String(i).padStart(8, '0')}`]);
		const p = await preview(await xlsx(rows), 'lon.xlsx');
		expect(p.problems).toEqual([]);
		expect(p.toAdd).toHaveLength(5000);
		expect(p.toAdd[4999]).toMatchObject({ line: 5001, fullName: 'Đại Biểu Số 5000', phone: '0900004999' });
	});

	it('refuses what is not a readable list, in Vietnamese', async () => {
		await expect(readSpreadsheet(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'hong.xlsx')).rejects.toThrow(SpreadsheetError);
		await expect(readSpreadsheet(new TextEncoder().encode('%PDF-1.4'), 'a.pdf')).rejects.toThrow('Chỉ nhận tệp Excel (.xlsx) hoặc .csv');
		await expect(readSpreadsheet(new Uint8Array(6 * 1024 * 1024), 'to.csv')).rejects.toThrow('Tệp quá lớn');
		await expect(readSpreadsheet(new Uint8Array([0xff, 0xfe, 0x41]), 'utf16.csv')).rejects.toThrow('UTF-8');
	});
});

describe('exporting the list', () => {
	const rows: ExportRow[] = [
		{ groupName: 'Trưởng xóm trên địa bàn xã', fullName: 'Nguyễn Văn An', position: 'Trưởng xóm', organisation: 'Xóm Đồng Tâm', phone: '0912345678', email: null, link: 'https://hn.vn/d/abcdefghijklmnopqrstuvwxyz', reply: 'Sẽ tham dự', absenceReason: null, note: '=HYPERLINK("x")' },
		{ groupName: 'Các công chức chuyên môn', fullName: 'Lê Thị Bình', position: 'Chuyên viên, tổng hợp', organisation: 'Phòng Kinh tế', phone: null, email: 'b@x.vn', link: 'https://hn.vn/d/bcdefghijklmnopqrstuvwxyza', reply: 'Vắng mặt', absenceReason: 'Ốm', note: null }
	];

	it('round-trips through .xlsx with phones kept as text', async () => {
		const file = new Uint8Array(await delegatesToXlsx(rows, 'Danh sách đại biểu'));
		const p = await preview(file, 'xuat.xlsx');
		expect(p.problems).toEqual([]);
		expect(p.toAdd.map((r) => [r.fullName, r.position, r.phone, r.groupId])).toEqual([
			['Nguyễn Văn An', 'Trưởng xóm', '0912345678', 9],
			['Lê Thị Bình', 'Chuyên viên, tổng hợp', null, 8]
		]);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.buffer as ArrayBuffer);
		const cell = workbook.worksheets[0]!.getRow(3).getCell(6);
		expect(cell.value).toBe('0912345678');
	});

	it('round-trips through .csv with a BOM, and defuses formulas', async () => {
		const csv = delegatesToCsv(rows);
		expect(csv.startsWith('\uFEFFSTT,Họ và tên,')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(csv).toContain('\r\n');
		const p = await preview(new TextEncoder().encode(csv), 'xuat.csv');
		expect(p.toAdd.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
		expect(p.toAdd[0]!.phone).toBe('0912345678');
	});
});
