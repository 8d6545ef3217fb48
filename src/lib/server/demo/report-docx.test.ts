import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../submissions/extract';
import { sniffDocument } from '../submissions/sniff';
import { buildPlanDocx, buildUnitReportDocx } from './report-docx';

const seed = readFileSync(new URL('./seed-004-report.txt', import.meta.url), 'utf8');

describe('buildUnitReportDocx: the Văn phòng report of seed 004 as a real .docx', () => {
	it('reads back with parts I–V as h1, numbered sections as h2/h3 and the seed sentences', async () => {
		const bytes = await buildUnitReportDocx(seed);
		expect(await sniffDocument(bytes)).toBe('docx');
		const { status, html, text } = await extractDocument({ kind: 'docx', bytes });
		expect(status).toBe('text');
		expect([...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1])).toEqual([
			'I. CÔNG TÁC QUẢN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH',
			'II. KẾT QUẢ SAU 01 NĂM VẬN HÀNH',
			'III. BÀI HỌC KINH NGHIỆM',
			'IV. GIẢI PHÁP, PHƯƠNG HƯỚNG GIAI ĐOẠN 2026–2030',
			'V. KIẾN NGHỊ, ĐỀ XUẤT'
		]);
		expect(html).toContain('<h2>1. Đặc điểm tình hình</h2>');
		expect(html).toContain('<h3>1.10. Chuyển đổi số</h3>');
		expect(html).toContain('<h2>3. Đối với cấp tỉnh:</h2>');
		// A paragraph a page break had cut in two is whole again.
		expect(text).toContain('mô hình chính quyền 02 cấp đến cán bộ, công chức và nhân dân');
		expect(text).toContain('Văn phòng có tổng số: 08 người.');
		// The unit's *italic* and **bold** marks are formatting, not asterisks.
		expect(html).toContain('<em>sau đây gọi tắt là Văn phòng</em>');
		expect(text).not.toContain('*');
		expect(text).toContain('Số: /BC-VP');
		expect(text).toContain('Bình Thành, ngày 22 tháng 02 năm 2026');
		expect(text).toContain('TM. VĂN PHÒNG HĐND VÀ UBND');
		expect(text).toContain('Đinh Văn Chinh');
		expect(text).toContain('- Lưu: VT, VP.');
	});
});

const plan = readFileSync(new URL('./seed-000-plan.txt', import.meta.url), 'utf8');

describe('buildPlanDocx: the commune plan of seed 000 as a real .docx', () => {
	it('reads back with its heading block, parts I–V as h1, sections as h2, the dash lines, the signer and the DANH SÁCH as a table', async () => {
		const bytes = await buildPlanDocx(plan, {
			number: '128/KH-UBND',
			date: new Date('2026-04-20T08:00:00+07:00')
		});
		expect(await sniffDocument(bytes)).toBe('docx');
		const { status, html, text } = await extractDocument({ kind: 'docx', bytes });
		expect(status).toBe('text');
		expect(text).toContain('Số: 128/KH-UBND');
		expect(text).toContain('Bình Thành, ngày 20 tháng 4 năm 2026');
		expect([...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1])).toEqual([
			'I. MỤC ĐÍCH, YÊU CẦU',
			'II. NỘI DUNG SƠ KẾT',
			'III. HÌNH THỨC THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC HỘI NGHỊ SƠ KẾT',
			'IV. KINH PHÍ THỰC HIỆN',
			'V. TỔ CHỨC THỰC HIỆN'
		]);
		// The nine contents of section II, and III.2 although the seed marks it one level up.
		expect(html).toContain(
			'<h2>7. Hạ tầng công nghệ, chuyển đổi số và số hóa hồ sơ, tài liệu</h2>'
		);
		expect(html).toContain('<h2>2. Thời gian, địa điểm hội nghị</h2>');
		// A paragraph a page break had cut in two is whole again; the second-level dash is "+".
		expect(text).toContain(
			'bám sát chủ trương, đường lối của Đảng, sự lãnh đạo, chỉ đạo của cấp có thẩm quyền'
		);
		expect(text).toContain('+ Đại biểu Thường trực Đảng ủy,');
		expect(html).toContain('<strong>trước ngày 22/4/2026</strong>');
		expect(text).not.toMatch(/[*#]/);
		expect(text).toContain('- Lưu: VT, VP.');
		expect(text).toContain('Nguyễn Anh Tấn');
		const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
			[...m[1]!.matchAll(/<p>([^<]*)<\/p>/g)].map((c) => c[1])
		);
		expect(rows).toContainEqual([
			'2',
			'Phòng Văn hóa - Xã hội',
			'Ứng dụng chuyển đổi số trong hoạt động của chính quyền cấp xã'
		]);
		expect(rows.filter((r) => /^\d$/.test(r[0] ?? ''))).toHaveLength(6);
	});
});
