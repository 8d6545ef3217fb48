import { describe, expect, it } from 'vitest';
import { CONG_CHUC, ctx, fixture, preview, XOM, xlsx, type Cell } from './sheet-test-helpers';
import { previewImport, type ImportContext, type ImportField } from './import-preview';

describe('previewImport', () => {
	it('takes a good .xlsx: every row to add, groups resolved, phones normalised', async () => {
		const file = await xlsx([
			[
				'STT',
				'Họ và tên',
				'Chức vụ',
				'Đơn vị',
				'Thành phần',
				'Số điện thoại',
				'Email',
				'Ghi chú',
				'Chữ ký'
			],
			[1, 'Nguyễn Văn An', 'Trưởng xóm', 'Xóm Đồng Tâm', XOM, '0912 345 678', null, null],
			[
				2,
				'Lê Thị Bình',
				'Chuyên viên',
				'Phòng Kinh tế',
				'các công chức chuyên môn',
				'+84 987.654.321',
				'binh@example.vn',
				'Đi muộn'
			]
		]);
		expect(await preview(file, 'danh-sach.xlsx')).toEqual({
			columns: {
				fullName: 'Họ và tên',
				position: 'Chức vụ',
				organisation: 'Đơn vị',
				group: 'Thành phần',
				phone: 'Số điện thoại',
				email: 'Email',
				note: 'Ghi chú'
			},
			headerProblems: [],
			toAdd: [
				{
					line: 2,
					fullName: 'Nguyễn Văn An',
					position: 'Trưởng xóm',
					organisation: 'Xóm Đồng Tâm',
					groupName: XOM,
					groupId: 9,
					phone: '0912345678',
					email: null,
					note: null
				},
				{
					line: 3,
					fullName: 'Lê Thị Bình',
					position: 'Chuyên viên',
					organisation: 'Phòng Kinh tế',
					groupName: CONG_CHUC,
					groupId: 8,
					phone: '0987654321',
					email: 'binh@example.vn',
					note: 'Đi muộn'
				}
			],
			matches: [],
			problems: [],
			unknownGroups: [],
			ignoredColumns: ['STT', 'Chữ ký']
		});
	});

	it('takes a good UTF-8 .csv with a BOM and CRLF lines', async () => {
		const p = await preview(fixture('good-bom.csv'), 'good-bom.csv');
		expect(p.problems).toEqual([]);
		expect(p.columns.fullName).toBe('Họ và tên'); // not "\uFEFFSTT"-shifted
		expect(p.toAdd.map((r) => [r.line, r.fullName, r.groupId, r.phone, r.email])).toEqual([
			[2, 'Nguyễn Văn An', 9, '0912345678', null],
			[3, 'Lê Thị Bình, cán bộ', 8, '0987654321', 'binh@example.vn']
		]);
	});

	it('matches headers without diacritics, in a semicolon file', async () => {
		const p = await preview(fixture('no-diacritics-semicolon.csv'), 'x.csv');
		expect(p.headerProblems).toEqual([]);
		expect(p.toAdd).toEqual([
			{
				line: 2,
				fullName: 'Trần Văn Cường',
				position: 'Trưởng xóm',
				organisation: 'Xóm Bản Lá, xã Tân Lập',
				groupName: XOM,
				groupId: 9,
				phone: '0358123456',
				email: 'cuong@example.vn',
				note: 'Đến sớm'
			}
		]);
	});

	const synonyms: [ImportField, string][] = [
		['fullName', 'Họ và tên'],
		['fullName', 'HỌ TÊN'],
		['fullName', 'Tên đại biểu'],
		['fullName', 'Đại biểu'],
		['fullName', 'Họ và tên đại biểu'],
		['fullName', 'Ho va ten (*)'],
		['position', 'Chức vụ'],
		['position', 'chuc danh'],
		['organisation', 'Đơn vị'],
		['organisation', 'Cơ quan'],
		['organisation', 'Đơn vị công tác'],
		['organisation', 'Cơ quan, đơn vị'],
		['group', 'Thành phần'],
		['group', 'Nhóm'],
		['group', 'Thành phần mời'],
		['phone', 'Số điện thoại'],
		['phone', 'Điện thoại'],
		['phone', 'SĐT'],
		['phone', 'SDT'],
		['phone', 'Di động'],
		['phone', 'So  dien\nthoai'],
		['email', 'Email'],
		['email', 'E-mail'],
		['email', 'Thư điện tử'],
		['note', 'Ghi chú']
	];
	it.each(synonyms)('maps the header for %s from “%s”', (field, header) => {
		const cells =
			field === 'fullName'
				? [header, 'Thành phần']
				: field === 'group'
					? ['Họ và tên', header]
					: ['Họ và tên', 'Thành phần', header];
		const p = previewImport([{ line: 1, cells }], ctx);
		expect(p.headerProblems).toEqual([]);
		expect(p.columns[field]).toBe(header);
		expect(p.ignoredColumns).toEqual([]);
	});

	it('skips a title row above the header, even a merged one that says “Đại biểu”', async () => {
		const file = await xlsx(
			[['Đại biểu'], [], ['TT', 'Họ và tên', 'Thành phần'], [1, 'Nguyễn Văn An', XOM]],
			(sheet) => sheet.mergeCells('A1:C1')
		);
		const p = await preview(file, 'tieu-de.xlsx');
		expect(p.headerProblems).toEqual([]);
		expect(p.toAdd.map((r) => [r.line, r.fullName])).toEqual([[4, 'Nguyễn Văn An']]);
		expect(p.ignoredColumns).toEqual(['TT']);
	});

	it('reports each broken row once, with its line and a Vietnamese reason', async () => {
		const p = await preview(fixture('broken-rows.csv'), 'broken.csv');
		expect(p.headerProblems).toEqual([]);
		expect(p.toAdd.map((r) => [r.line, r.fullName, r.organisation])).toEqual([
			[2, 'Nguyễn Văn An', 'Xóm Đồng Tâm'],
			[9, 'Lò Văn Pản', 'Xóm Nà Mòn'],
			[11, 'Lò Văn Pản', 'Xóm Khuổi Hắt']
		]);
		expect(p.problems).toEqual([
			{ line: 3, reason: 'Thiếu họ và tên.' },
			{
				line: 4,
				reason: 'Thành phần “Khách mời” chưa có trong hội nghị.',
				fullName: 'Hà Văn Dũng'
			},
			{
				line: 6,
				reason: 'Số điện thoại không đúng: “12345” (ví dụ đúng: 0912 345 678).',
				fullName: 'Ma Thị Hoa'
			},
			{ line: 7, reason: 'Email không đúng: “khong-phai-email”.', fullName: 'Nông Văn Hải' },
			{ line: 8, reason: 'Trùng với dòng 2.', fullName: 'nguyen van an' },
			{ line: 10, reason: 'Trùng với dòng 9.', fullName: 'LÒ VĂN PẢN' },
			{
				line: 12,
				reason: 'Thành phần “khách mời” chưa có trong hội nghị.',
				fullName: 'Triệu Thị Mai'
			},
			{ line: 13, reason: 'Thiếu thành phần.', fullName: 'Đinh Văn Tú' }
		]);
		expect(p.unknownGroups).toEqual([{ name: 'Khách mời', lines: [4, 12] }]);
	});

	it('refuses text longer than the form allows', async () => {
		const file = await xlsx([
			['Họ và tên', 'Thành phần', 'Chức vụ', 'Ghi chú'],
			['A'.repeat(121), XOM],
			['Bình', XOM, 'x'.repeat(201)],
			['Cừ', XOM, '', 'y'.repeat(501)],
			['Dũng', XOM, 'x'.repeat(200), 'y'.repeat(500)]
		]);
		const p = await preview(file, 'dai.xlsx');
		expect(p.problems.map((x) => [x.line, x.reason])).toEqual([
			[2, 'Họ và tên quá dài (121 ký tự, tối đa 120).'],
			[3, 'Chức vụ quá dài (201 ký tự, tối đa 200).'],
			[4, 'Ghi chú quá dài (501 ký tự, tối đa 500).']
		]);
		expect(p.toAdd.map((r) => r.line)).toEqual([5]);
	});

	it('refuses a file without the name or group column, and lists nothing else', async () => {
		expect(await preview(fixture('wrong-headers.csv'), 'w.csv')).toEqual({
			columns: {},
			headerProblems: [
				'Không tìm thấy cột “Họ và tên”. Dòng tiêu đề cần có cột “Họ và tên” (hoặc “Họ tên”, “Tên đại biểu”).',
				'Không tìm thấy cột “Thành phần” (nhóm đại biểu, ví dụ “Trưởng xóm trên địa bàn xã”).'
			],
			toAdd: [],
			matches: [],
			problems: [],
			unknownGroups: [],
			ignoredColumns: []
		});
		const noGroup = await preview(
			await xlsx([
				['Họ và tên', 'Chức vụ'],
				['An', 'Trưởng xóm']
			]),
			'g.xlsx'
		);
		expect(noGroup.headerProblems).toEqual([
			'Không tìm thấy cột “Thành phần” (nhóm đại biểu, ví dụ “Trưởng xóm trên địa bàn xã”).'
		]);
		expect([noGroup.toAdd, noGroup.problems, noGroup.ignoredColumns]).toEqual([[], [], []]);
	});

	it('refuses two columns meaning the same field', async () => {
		const p = await preview(
			await xlsx([
				['Họ và tên', 'Thành phần', 'SĐT', 'Điện thoại'],
				['An', XOM, '0912345678', '']
			]),
			'd.xlsx'
		);
		expect(p.headerProblems).toEqual([
			'Có hai cột cùng là “Số điện thoại”: “SĐT” và “Điện thoại”. Vui lòng chỉ giữ lại một cột.'
		]);
		expect(p.toAdd).toEqual([]);
	});

	it('stores NFD names as NFC and matches them with existing NFC delegates', async () => {
		const file = await xlsx([
			['Họ và tên', 'Thành phần', 'Đơn vị'],
			['Nguyễn Thị Hằng'.normalize('NFD'), XOM, 'Xóm Nà Mòn'.normalize('NFD')],
			['Hoàng  Văn Mới'.normalize('NFD'), XOM.normalize('NFD'), '']
		]);
		const p = await preview(file, 'nfd.xlsx', {
			...ctx,
			existing: [{ id: 41, fullName: 'Nguyễn Thị Hằng', phone: null, organisation: 'Xóm Nà Mòn' }]
		});
		expect(p.problems).toEqual([]);
		expect(p.matches).toEqual([
			expect.objectContaining({
				delegateId: 41,
				fullName: 'Nguyễn Thị Hằng'.normalize('NFC'),
				organisation: 'Xóm Nà Mòn'.normalize('NFC')
			})
		]);
		expect(p.toAdd).toEqual([
			expect.objectContaining({ fullName: 'Hoàng Văn Mới'.normalize('NFC'), groupId: 9 })
		]);
		expect(p.toAdd[0]!.fullName).not.toBe('Hoàng Văn Mới'.normalize('NFD'));
	});

	it('matches existing delegates by name and phone, or by name and unit when a phone is missing', async () => {
		const existing: ImportContext['existing'] = [
			{ id: 1, fullName: 'Nguyễn Văn An', phone: '0912345678', organisation: 'Xóm Đồng Tâm' },
			{ id: 2, fullName: 'Lê Thị Bình', phone: null, organisation: 'Phòng Kinh tế' },
			{ id: 3, fullName: 'Đào Văn Cừ', phone: '0987654321', organisation: 'Xóm 1' },
			{ id: 4, fullName: 'Hà Thị Dung', phone: null, organisation: 'Xóm 2' }
		];
		const file = await xlsx([
			['Họ và tên', 'Thành phần', 'Đơn vị', 'Số điện thoại'],
			['NGUYEN VAN AN', XOM, 'Xóm mới chuyển đến', '0912 345 678'], // same phone
			['Lê Thị Bình', CONG_CHUC, 'phòng kinh tế', '0977111222'], // no phone on file: same unit
			['Đào Văn Cừ', XOM, 'Xóm 1', '0988000111'], // both have phones, different: someone else
			['Hà Thị Dung', XOM, 'Xóm 3', ''], // different unit: someone else
			['Lê Thị Bình', CONG_CHUC, 'Phòng Kinh tế', ''] // would update delegate 2 a second time
		]);
		const p = await preview(file, 'khop.xlsx', { ...ctx, existing });
		expect(p.matches.map((m) => [m.line, m.delegateId, m.phone])).toEqual([
			[2, 1, '0912345678'],
			[3, 2, '0977111222']
		]);
		expect(p.toAdd.map((r) => r.line)).toEqual([4, 5]);
		expect(p.problems).toEqual([{ line: 6, reason: 'Trùng với dòng 3.', fullName: 'Lê Thị Bình' }]);
	});

	it('gives back the leading 0 Excel drops from a phone typed as a number, only in the phone column', async () => {
		const file = await xlsx([
			['Họ và tên', 'Thành phần', 'Số điện thoại', 'Ghi chú'],
			['An', XOM, 912345678, 912345678],
			['Bình', XOM, 2083855123],
			['Cừ', XOM, 84987654321],
			['Dũng', XOM, 12345678]
		]);
		const p = await preview(file, 'so.xlsx');
		expect(p.toAdd.map((r) => [r.phone, r.note])).toEqual([
			['0912345678', '912345678'],
			['02083855123', null],
			['0987654321', null]
		]);
		expect(p.problems.map((x) => [x.line, x.reason])).toEqual([
			[5, 'Số điện thoại không đúng: “12345678” (ví dụ đúng: 0912 345 678).']
		]);
	});

	it('previews a 5,000-row xlsx completely', async () => {
		const rows: Cell[][] = [
			['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần', 'Số điện thoại']
		];
		for (let i = 0; i < 5000; i++) {
			rows.push([
				i + 1,
				`Đại Biểu Số ${i + 1}`,
				'Chuyên viên',
				`Xóm ${i % 40}`,
				i % 2 ? XOM : CONG_CHUC,
				Number(`9${String(i).padStart(8, '0')}`)
			]);
		}
		const file = await xlsx(rows);
		const existing = Array.from({ length: 100 }, (_, i) => ({
			id: 1000 + i,
			fullName: `Dai bieu so ${i + 1}`,
			phone: `09${String(i).padStart(8, '0')}`,
			organisation: ''
		}));
		const p = await preview(file, 'lon.xlsx', { ...ctx, existing });
		expect(p.problems).toEqual([]);
		expect(p.matches).toHaveLength(100);
		expect(p.toAdd).toHaveLength(4900);
		expect(p.toAdd.at(-1)).toMatchObject({
			line: 5001,
			fullName: 'Đại Biểu Số 5000',
			phone: '0900004999',
			groupId: 9
		});
	});
});
