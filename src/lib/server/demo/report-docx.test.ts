import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../submissions/extract';
import { sniffDocument } from '../submissions/sniff';
import { buildUnitReportDocx } from './report-docx';

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
