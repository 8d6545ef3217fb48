import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNSORTED } from '$lib/domain/report-outline';
import {
	coverage,
	coverageSummary,
	sectionLengths,
	type SectionizedReport
} from '$lib/domain/report-sections';
import { htmlBlocks, sectionizeReport } from './report-blocks';

// Seed 004, the Văn phòng's real report, as the text a unit wrote (the demo builds its .docx from it).
const seed004 = readFileSync(new URL('../demo/seed-004-report.txt', import.meta.url), 'utf8');

const ids = (r: SectionizedReport) => r.passages.map((p) => p.sectionId);
const textOf = (r: SectionizedReport, id: string) =>
	r.passages
		.filter((p) => p.sectionId === id)
		.flatMap((p) => p.blocks.map((b) => b.text))
		.join('\n');

describe('sectionizeReport on seed 004', () => {
	const report = sectionizeReport(seed004, 'text');

	it('puts each part and content of the real report under its section, in order', () => {
		expect([...new Set(ids(report))]).toEqual([
			'lanh-dao-chi-dao',
			'ket-qua',
			'ket-qua-sap-xep-dvhc',
			'ket-qua-bo-may-nhan-su',
			'ket-qua-phan-cap',
			// 1.8. Văn thư, lưu trữ, số hóa, then 1.9. Thủ tục hành chính, then 1.10. Chuyển đổi số
			'ket-qua-chuyen-doi-so',
			'ket-qua-thu-tuc-hanh-chinh',
			'ket-qua-co-so-vat-chat',
			'ket-qua-tiep-cong-dan',
			'ket-qua-tac-dong',
			'bai-hoc',
			'giai-phap',
			'kien-nghi'
		]);
		// "1. Đặc điểm tình hình" is a heading inside I, not part I's end.
		expect(textOf(report, 'lanh-dao-chi-dao')).toContain('Văn phòng có tổng số: 08 người');
		expect(textOf(report, 'lanh-dao-chi-dao')).toContain('Chuyển biến nhận thức');
		expect(textOf(report, 'ket-qua-chuyen-doi-so')).toMatch(/văn thư, lưu trữ/i);
		// After 1.14, "2. Đánh giá" goes back to II's own text.
		expect(textOf(report, 'ket-qua')).toContain('Ưu điểm');
		expect(textOf(report, 'ket-qua-tac-dong')).not.toContain('Ưu điểm');
		expect(textOf(report, 'bai-hoc')).toContain('rút ra một số bài học kinh nghiệm');
		expect(textOf(report, 'kien-nghi')).toContain('Đối với Trung ương');
		expect(ids(report)).not.toContain(UNSORTED.id);
	});

	it('keeps the header block and the signature out of every section', () => {
		expect(report.preamble.map((b) => b.text)).toContain('BÁO CÁO');
		expect(report.preamble.at(-1)?.text).toMatch(/báo cáo kết quả, như sau:$/);
		expect(report.closing[0]?.text).toBe('Nơi nhận:');
		const everything = report.passages.flatMap((p) => p.blocks.map((b) => b.text)).join('\n');
		expect(everything).not.toContain('Số: /BC-VP');
		expect(everything).not.toContain('Đinh Văn Chinh');
		expect(everything).not.toContain('Lưu: VT, VP.');
	});

	it('counts the characters of each section', () => {
		const lengths = sectionLengths(report);
		expect(lengths['bai-hoc']).toBe(textOf(report, 'bai-hoc').length);
		expect(lengths['bai-hoc']).toBeGreaterThan(400);
		expect(lengths['ket-qua-lanh-dao']).toBe(0);
		expect(lengths[UNSORTED.id]).toBe(0);
	});
});

describe('sectionizeReport on other outlines', () => {
	// The shape mammoth gives a Word file typed without heading styles: bold paragraphs.
	const boldHtml = [
		'<p><strong>PHÒNG KINH TẾ</strong></p>',
		'<p><strong>BÁO CÁO</strong></p>',
		'<p>Phòng Kinh tế báo cáo như sau:</p>',
		'<p><strong>I. Công tác lãnh đạo, chỉ đạo</strong></p>',
		'<p>Phòng đã quán triệt các văn bản.</p>',
		'<p><strong>II - Kết quả đạt được</strong></p>',
		'<p>Kết quả chung của phòng.</p>',
		'<p><strong>1. Chuyển đổi số</strong></p>',
		'<ul><li>Số hóa 1.200 hồ sơ;</li><li>Triển khai <em>ký số</em> cho 100% công chức.</li></ul>',
		'<table><tr><td><p>Chỉ tiêu</p></td><td><p>Kết quả</p></td></tr><tr><td>Hồ sơ trực tuyến</td><td>85%</td></tr></table>',
		'<p><strong>VI. TỔ CHỨC THỰC HIỆN</strong></p>',
		'<p>Giao các bộ phận triển khai.</p>',
		'<p><strong>V. KIEN NGHI</strong></p>',
		'<p>Đề nghị bổ sung biên chế.</p>',
		'<table><tr><td><p><strong><em>Nơi nhận:</em></strong></p><p>- Lưu: VT.</p></td><td><p><strong>TRƯỞNG PHÒNG</strong></p></td></tr></table>'
	].join('');

	it('matches "II - Kết quả đạt được" and bold headings, keeps lists and table rows, and misses no passage', () => {
		const r = sectionizeReport(boldHtml, 'html');
		expect(ids(r)).toEqual([
			'lanh-dao-chi-dao',
			'ket-qua',
			'ket-qua-chuyen-doi-so',
			UNSORTED.id,
			'kien-nghi'
		]);
		const digital = r.passages.find((p) => p.sectionId === 'ket-qua-chuyen-doi-so')!;
		expect(digital.heading).toBe('1. Chuyển đổi số');
		expect(digital.blocks).toEqual([
			{ kind: 'item', text: 'Số hóa 1.200 hồ sơ;' },
			{ kind: 'item', text: 'Triển khai ký số cho 100% công chức.' },
			{ kind: 'row', text: 'Chỉ tiêu | Kết quả' },
			{ kind: 'row', text: 'Hồ sơ trực tuyến | 85%' }
		]);
		// A part the outline lacks is not dropped.
		expect(r.passages.find((p) => p.sectionId === UNSORTED.id)).toMatchObject({
			heading: 'VI. TỔ CHỨC THỰC HIỆN',
			blocks: [{ text: 'Giao các bộ phận triển khai.' }]
		});
		// Missing III and IV is fine; the title and opening sentence are in no section.
		expect(r.preamble.map((b) => b.text)).toEqual([
			'PHÒNG KINH TẾ',
			'BÁO CÁO',
			'Phòng Kinh tế báo cáo như sau:'
		]);
		expect(textOf(r, 'kien-nghi')).toBe('Đề nghị bổ sung biên chế.');
	});

	it('reads an outline numbered "1." to "5." when the report has no Roman numerals', () => {
		const html = [
			'<h1>1. Công tác lãnh đạo, chỉ đạo, điều hành</h1><p>Đã triển khai.</p>',
			'<h2>1.1. Đặc điểm tình hình</h2><p>Nhiều mặt tiến bộ.</p>',
			'<h1>2. Kết quả sau một năm</h1><p>Hoàn thành chỉ tiêu.</p>',
			'<h2>2.1. Tiếp công dân</h2><p>Tiếp 40 lượt.</p>',
			'<h2>2.2. Khó khăn</h2><p>Thiếu người.</p>',
			'<h1>3. Bài học kinh nghiệm</h1><p>Phải chủ động.</p>'
		].join('');
		const r = sectionizeReport(html, 'html');
		expect(ids(r)).toEqual([
			'lanh-dao-chi-dao',
			'ket-qua',
			'ket-qua-tiep-cong-dan',
			'ket-qua',
			'bai-hoc'
		]);
		// In a report numbered so, "2." whose words are of another part does not open part II.
		expect(
			ids(sectionizeReport('<h1>1. Lãnh đạo</h1><p>a</p><h2>2. Tuyên truyền</h2><p>b</p>', 'html'))
		).toEqual(['lanh-dao-chi-dao', 'ket-qua']);
		expect(textOf(r, 'lanh-dao-chi-dao')).toBe(
			'Đã triển khai.\n1.1. Đặc điểm tình hình\nNhiều mặt tiến bộ.'
		);
		// "2.2. Khó khăn" names no content: back to II's own text.
		expect(textOf(r, 'ket-qua')).toBe('Hoàn thành chỉ tiêu.\n2.2. Khó khăn\nThiếu người.');
	});

	it('matches diacritic-less, upper-case headings typed on a keyboard without Vietnamese input', () => {
		const text =
			'BAO CAO\n\nSo ket 01 nam\n\nI. CONG TAC LANH DAO, CHI DAO\n\nDa trien khai.\n\nII. KET QUA\n\n1. Chuyen doi so\n\nDa so hoa ho so.\n\nIII. BAI HOC KINH NGHIEM\n\nChu dong.\n\nIV. GIAI PHAP, PHUONG HUONG\n\nTiep tuc.';
		const r = sectionizeReport(text, 'text');
		expect(ids(r)).toEqual(['lanh-dao-chi-dao', 'ket-qua-chuyen-doi-so', 'bai-hoc', 'giai-phap']);
		expect(sectionLengths(r)['kien-nghi']).toBe(0);
	});

	it('finds the parts by their words when Word numbered them itself (the numerals are lost)', () => {
		const html =
			'<h1>Công tác lãnh đạo, chỉ đạo</h1><p>A.</p><h1>Kết quả đạt được</h1><p>B.</p><h2>Chuyển đổi số</h2><p>C.</p><h1>Kiến nghị</h1><p>D.</p>';
		expect(ids(sectionizeReport(html, 'html'))).toEqual([
			'lanh-dao-chi-dao',
			'ket-qua',
			'ket-qua-chuyen-doi-so',
			'kien-nghi'
		]);
	});

	it('keeps the whole body of a report with no recognisable heading under "Chưa xếp mục", without its title', () => {
		const r = sectionizeReport(
			'<p><strong>BÁO CÁO</strong></p><p><strong>Về công tác quý I</strong></p><p>Đơn vị đã làm tốt.</p><p>Còn khó khăn.</p>',
			'html'
		);
		expect(r.passages).toEqual([
			{
				sectionId: UNSORTED.id,
				heading: null,
				blocks: [
					{ kind: 'paragraph', text: 'Đơn vị đã làm tốt.' },
					{ kind: 'paragraph', text: 'Còn khó khăn.' }
				]
			}
		]);
	});

	it('decodes entities and reads bold only when the whole paragraph is bold', () => {
		expect(
			htmlBlocks('<p>A &amp; B &#7871; &lt;x&gt;</p><p><strong>Đậm</strong> và thường</p>')
		).toEqual([
			{ kind: 'paragraph', text: 'A & B ế <x>' },
			{ kind: 'paragraph', text: 'Đậm và thường' }
		]);
	});
});

describe('coverage', () => {
	it('gives each unit × section its length, 0 for nothing, and names who wrote nothing', () => {
		const a = sectionizeReport(
			'<p><strong>I. Lãnh đạo</strong></p><p>12345</p><p><strong>II. Kết quả</strong></p><p><strong>1. Chuyển đổi số</strong></p><p>abc</p>',
			'html'
		);
		const b = sectionizeReport(
			'<p><strong>I. Lãnh đạo</strong></p><p>xy</p><p><strong>VII. Khác</strong></p><p>zzzz</p>',
			'html'
		);
		const c = coverage([
			{ unit: 'A', report: a },
			{ unit: 'B', report: b },
			{ unit: 'C', report: null }
		]);
		expect(
			c.rows.map((r) => [
				r.unit,
				r.sent,
				r.cells['lanh-dao-chi-dao'],
				r.cells['ket-qua-chuyen-doi-so'],
				r.cells[UNSORTED.id]
			])
		).toEqual([
			['A', true, 5, 3, 0],
			['B', true, 2, 0, 4],
			['C', false, 0, 0, 0]
		]);
		expect(c.emptyBy['ket-qua-chuyen-doi-so']).toEqual(['B']);
		expect(c.emptyBy['lanh-dao-chi-dao']).toEqual([]);
		expect(c.emptyBy['bai-hoc']).toEqual(['A', 'B']);
		expect(c.sections.at(-1)).toBe(UNSORTED);
		const summary = coverageSummary(c, (u) => u);
		expect(summary).toContain('1 đơn vị chưa viết mục Chuyển đổi số: B.');
		// A wrote under a content of II, so part II is not a gap for A.
		expect(c.rows[0]!.empty['ket-qua']).toBe(false);
		expect(c.rows[1]!.empty['ket-qua']).toBe(true);
		expect(c.rows[1]!.empty[UNSORTED.id]).toBe(false);
		expect(summary).toContain('2 đơn vị chưa viết mục Bài học kinh nghiệm: A, B.');
		expect(summary.indexOf('1 đơn vị chưa viết mục Chuyển đổi số: B.')).toBeGreaterThan(
			summary.indexOf('2 đơn vị chưa viết mục Bài học kinh nghiệm: A, B.')
		);
		expect(summary.at(-1)).toBe('1 đơn vị chưa gửi báo cáo: C.');
	});
});
