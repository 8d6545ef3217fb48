import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { delegatesToCsv, delegatesToXlsx, type ExportRow } from './export-sheet';
import type { previewImport } from './import-preview';
import { CONG_CHUC, preview, XOM, type Cell } from './sheet-test-helpers';

describe('exporting the list', () => {
	const rows: ExportRow[] = [
		{
			groupName: XOM,
			fullName: 'Nguyễn Văn An',
			position: 'Trưởng xóm',
			organisation: 'Xóm Đồng Tâm',
			phone: '0912345678',
			email: null,
			link: 'https://hn.vn/d/abcdefghijklmnopqrstuvwx',
			reply: 'Sẽ tham dự',
			absenceReason: null,
			note: '=HYPERLINK("http://x","bấm")'
		},
		{
			groupName: CONG_CHUC,
			fullName: 'Lê Thị Bình',
			position: 'Chuyên viên; tổng hợp',
			organisation: 'Phòng Kinh tế, Hạ tầng',
			phone: null,
			email: 'b@x.vn',
			link: 'https://hn.vn/d/bcdefghijklmnopqrstuvwxy',
			reply: 'Vắng mặt',
			absenceReason: 'Ốm "nặng"',
			note: 'Dòng 1\nDòng 2'
		},
		{
			groupName: CONG_CHUC,
			fullName: 'Đào Văn Cừ',
			position: '+ Phó phòng',
			organisation: '-Phòng Văn hóa',
			phone: '02083855123',
			email: null,
			link: 'https://hn.vn/d/cdefghijklmnopqrstuvwxyz',
			reply: 'Chưa trả lời',
			absenceReason: '@all',
			note: '\tthụt lề'
		}
	];
	const delegates = (p: ReturnType<typeof previewImport>) =>
		p.toAdd.map(({ fullName, position, organisation, groupName, phone, email }) => ({
			fullName,
			position,
			organisation,
			groupName,
			phone,
			email
		}));
	const expected = rows.map(({ fullName, position, organisation, groupName, phone, email }) => ({
		fullName,
		position,
		organisation,
		groupName,
		phone,
		email
	}));

	it('writes a formatted .xlsx that re-imports as the same delegates', async () => {
		const file = new Uint8Array(
			await delegatesToXlsx(rows, 'Danh sách đại biểu - Hội nghị sơ kết')
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.slice().buffer);
		const sheet = workbook.worksheets[0]!;
		expect(sheet.name).toBe('Đại biểu');
		expect(sheet.getCell('A1').value).toBe('Danh sách đại biểu - Hội nghị sơ kết');
		expect((sheet.getRow(2).values as Cell[]).slice(1)).toEqual([
			'STT',
			'Họ và tên',
			'Chức vụ',
			'Đơn vị',
			'Thành phần',
			'Số điện thoại',
			'Email',
			'Liên kết cá nhân',
			'Trả lời',
			'Lý do vắng',
			'Ghi chú'
		]);
		expect(sheet.getCell('B2').font?.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
		expect(sheet.getColumn(8).width).toBeGreaterThan(sheet.getColumn(1).width!);
		expect(sheet.getCell('F3').value).toBe('0912345678');
		expect(sheet.getCell('F3').numFmt).toBe('@');
		expect(sheet.getCell('H3').value).toEqual({ text: rows[0]!.link, hyperlink: rows[0]!.link });

		const p = await preview(file, 'xuat.xlsx');
		expect(p.problems).toEqual([]);
		expect(p.ignoredColumns).toEqual(['STT', 'Liên kết cá nhân', 'Trả lời', 'Lý do vắng']);
		expect(p.toAdd.map((r) => r.line)).toEqual([3, 4, 5]);
		expect(delegates(p)).toEqual(expected);
		expect(p.toAdd.map((r) => r.note)).toEqual(rows.map((r) => r.note?.trim()));
	});

	it('writes a .csv with a BOM, CRLF and RFC 4180 quoting that re-imports as the same delegates', async () => {
		const text = delegatesToCsv(rows);
		const lines = text.split('\r\n');
		expect(
			text.startsWith(
				'\uFEFFSTT,Họ và tên,Chức vụ,Đơn vị,Thành phần,Số điện thoại,Email,Liên kết cá nhân,Trả lời,Lý do vắng,Ghi chú\r\n'
			)
		).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(lines[1]).toBe(
			`1,Nguyễn Văn An,Trưởng xóm,Xóm Đồng Tâm,${XOM},="0912345678",,${rows[0]!.link},Sẽ tham dự,,"'=HYPERLINK(""http://x"",""bấm"")"`
		);
		expect(lines[2]).toBe(
			`2,Lê Thị Bình,"Chuyên viên; tổng hợp","Phòng Kinh tế, Hạ tầng",${CONG_CHUC},,b@x.vn,${rows[1]!.link},Vắng mặt,"Ốm ""nặng""","Dòng 1\nDòng 2"`
		);

		const p = await preview(new TextEncoder().encode(text), 'xuat.csv');
		expect(p.problems).toEqual([]);
		expect(p.toAdd.map((r) => r.line)).toEqual([2, 3, 4]);
		expect(delegates(p)).toEqual(expected);
		expect(p.toAdd.map((r) => r.note)).toEqual(rows.map((r) => r.note?.trim()));
	});

	it('defuses every cell Excel would run as a formula; a phone is only ever the text formula of its digits', () => {
		const [, , , row] = delegatesToCsv(rows).split('\r\n');
		expect(row).toBe(
			`3,Đào Văn Cừ,'+ Phó phòng,'-Phòng Văn hóa,${CONG_CHUC},="02083855123",,${rows[2]!.link},Chưa trả lời,'@all,'\tthụt lề`
		);
		const cr = delegatesToCsv([{ ...rows[0]!, note: '\r=1+1' }]).split('\r\n')[1]!;
		expect(cr.endsWith(`,"'\r=1+1"`)).toBe(true);
		for (const line of delegatesToCsv(rows).split('\r\n').slice(1)) {
			for (const cell of line.split(','))
				if (!/^="\d+"$/.test(cell)) expect(cell).not.toMatch(/^"?[=+\-@]/);
		}
		// A phone that is not digits alone (never stored so, but a list may hold one) is not written as a formula.
		const odd = delegatesToCsv([{ ...rows[0]!, phone: '=1+1' }]).split('\r\n')[1]!;
		expect(odd).toContain(`,${XOM},'=1+1,`);
	});
});
