import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, readSpreadsheet } from './read-sheet';
import { CONG_CHUC, csv, fixture, refusal, XOM, xlsx } from './sheet-test-helpers';

describe('control characters in a file', () => {
	it('are dropped from the cells of a .csv, so a NUL never reaches the database', async () => {
		const rows = await readSpreadsheet(
			csv(['Họ và tên,Chức vụ', 'Nguyễn\u0000 Văn An,Chủ\u0007 tịch']),
			'ds.csv'
		);
		expect(rows[1]!.cells).toEqual(['Nguyễn Văn An', 'Chủ tịch']);
	});
});

describe('readSpreadsheet', () => {
	it('reads every kind of xlsx cell as text, skips empty rows and keeps Excel row numbers', async () => {
		const file = await xlsx(
			[
				['Họ và tên', 'Thành phần', 'Ghi chú', 'Số'],
				[
					{ richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] },
					XOM,
					{ formula: '"Họp "&"sáng"', result: 'Họp sáng' },
					12
				],
				[],
				[
					'  Lê Thị Bình  ',
					CONG_CHUC,
					new Date(Date.UTC(2026, 2, 5)),
					{ formula: '1/0', result: { error: '#DIV/0!' } }
				],
				[{ text: 'Đào Văn Cừ', hyperlink: 'https://example.vn' }, null, { formula: 'A1' }, true]
			],
			(sheet) => sheet.mergeCells('B4:B5') // "Thành phần" merged down over two delegates
		);
		expect(await readSpreadsheet(file, 'ds.xlsx')).toEqual([
			{ line: 1, cells: ['Họ và tên', 'Thành phần', 'Ghi chú', 'Số'] },
			{ line: 2, cells: ['Nguyễn Văn An', XOM, 'Họp sáng', '12'] },
			{ line: 4, cells: ['Lê Thị Bình', CONG_CHUC, '05/03/2026', ''] },
			{ line: 5, cells: ['Đào Văn Cừ', CONG_CHUC, '', 'true'] }
		]);
	});

	it('reads RFC 4180 quoting: embedded commas, line breaks and doubled quotes, numbered as Excel rows', async () => {
		expect(await readSpreadsheet(fixture('quoted-multiline.csv'), 'q.csv')).toEqual([
			{ line: 1, cells: ['DANH SÁCH ĐẠI BIỂU', '', '', ''] },
			{ line: 3, cells: ['Họ và tên', 'Thành phần', 'Ghi chú', 'Đơn vị'] },
			{ line: 4, cells: ['Nguyễn Văn An', XOM, 'Dòng 1\nDòng 2', 'Xóm 1'] },
			{ line: 5, cells: ['Lê Thị "Bé" Bình', CONG_CHUC, 'Phòng 2, tầng 3', ''] }
		]);
	});

	it('finds the semicolon delimiter from the header line, even with a comma inside a header', async () => {
		const rows = await readSpreadsheet(fixture('no-diacritics-semicolon.csv'), 'ds.CSV');
		expect(rows[0]!.cells).toEqual([
			'Ho va ten',
			'Chuc vu',
			'Co quan, don vi',
			'Thanh phan',
			'SDT',
			'Thu dien tu',
			'Ghi chu'
		]);
		expect(rows[1]!.cells[2]).toBe('Xóm Bản Lá, xã Tân Lập');
	});

	it('refuses what is not a readable list, with a Vietnamese reason', async () => {
		expect(await refusal(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'hong.xlsx')).toContain(
			'Không đọc được tệp Excel'
		);
		expect(await refusal(new TextEncoder().encode('%PDF-1.4 …'), 'giay-moi.pdf')).toContain(
			'Chỉ nhận tệp Excel (.xlsx) hoặc .csv'
		);
		expect(await refusal(new TextEncoder().encode('Họ và tên,Thành phần'), 'ds.xlsx')).toContain(
			'không phải là tệp Excel .xlsx'
		);
		expect(
			await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'cu.xlsx')
		).toContain('Excel đời cũ (.xls)');
		expect(await refusal(await xlsx([['Họ và tên']]), 'ds.csv')).toContain(
			'thực chất là tệp Excel'
		);
		expect(await refusal(new Uint8Array(6 * 1024 * 1024).fill(0x41), 'lon.csv')).toBe(
			'Tệp quá lớn (tối đa 5 MB).'
		);
		// "Hà" in Windows-1258, as old Excel saves "CSV (Comma delimited)".
		expect(await refusal(new Uint8Array([0x48, 0xe0, 0x2c, 0x41]), 'ansi.csv')).toContain('UTF-8');
		expect(await refusal(csv(['Họ và tên,Ghi chú', 'An,"chưa đóng', 'Bình,x']), 'q.csv')).toBe(
			'Tệp .csv bị lỗi: dấu ngoặc kép (") mở ở dòng 2 nhưng không được đóng.'
		);
		expect(
			await refusal(new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer()), 'trong.xlsx')
		).toBe('Tệp Excel không có trang tính nào.');
		expect(await refusal(csv(['', ',,']), 'trong.csv')).toBe('Tệp không có dòng nào có dữ liệu.');
	});

	it(`accepts ${MAX_IMPORT_ROWS} data rows under a title and a header, and refuses one more`, async () => {
		const file = (n: number) =>
			csv([
				'Danh sách',
				'Họ và tên,Thành phần',
				...Array.from({ length: n }, (_, i) => `Người ${i},${XOM}`)
			]);
		expect(await readSpreadsheet(file(MAX_IMPORT_ROWS), 'ok.csv')).toHaveLength(
			MAX_IMPORT_ROWS + 2
		);
		expect(await refusal(file(MAX_IMPORT_ROWS + 1), 'nhieu.csv')).toContain(
			'tối đa 10.000 đại biểu'
		);
		expect(
			await refusal(
				csv(Array.from({ length: 3 * MAX_IMPORT_ROWS }, (_, i) => `x${i}`)),
				'vo-tan.csv'
			)
		).toContain('quá nhiều dòng');
	});
});
