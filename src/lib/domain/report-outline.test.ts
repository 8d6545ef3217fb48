import { describe, expect, it } from 'vitest';
import { matchContent, matchPart, parseHeading, REPORT_OUTLINE, UNSORTED } from './report-outline';
import { isHeadingBlock } from './report-sections';

describe('the outline', () => {
	it('has the five parts of seed 004 and the nine contents of the plan under II, with unique ids', () => {
		expect(
			REPORT_OUTLINE.filter((s) => s.level === 1).map((s) => `${s.numeral}. ${s.title}`)
		).toEqual([
			'I. CÔNG TÁC QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH',
			'II. KẾT QUẢ SAU 01 NĂM VẬN HÀNH',
			'III. BÀI HỌC KINH NGHIỆM',
			'IV. GIẢI PHÁP, PHƯƠNG HƯỚNG GIAI ĐOẠN 2026–2030',
			'V. KIẾN NGHỊ, ĐỀ XUẤT'
		]);
		const contents = REPORT_OUTLINE.filter((s) => s.level === 2);
		expect(contents.map((s) => s.numeral)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
		expect(contents[6]!.title).toBe('Hạ tầng công nghệ, chuyển đổi số và số hóa hồ sơ, tài liệu');
		// The contents sit right after II, before III.
		expect(REPORT_OUTLINE.map((s) => s.numeral).join(' ')).toBe('I II 1 2 3 4 5 6 7 8 9 III IV V');
		expect(new Set([...REPORT_OUTLINE, UNSORTED].map((s) => s.id)).size).toBe(
			REPORT_OUTLINE.length + 1
		);
	});
});

describe('heading matching', () => {
	it('reads Roman and arabic numbers with their separators', () => {
		expect(parseHeading('II. KẾT QUẢ SAU 01 NĂM VẬN HÀNH')).toEqual({
			number: { kind: 'roman', value: 2 },
			words: 'KẾT QUẢ SAU 01 NĂM VẬN HÀNH'
		});
		expect(parseHeading('II - Kết quả đạt được')).toEqual({
			number: { kind: 'roman', value: 2 },
			words: 'Kết quả đạt được'
		});
		expect(parseHeading('IV.GIẢI PHÁP').number).toEqual({ kind: 'roman', value: 4 });
		expect(parseHeading('2. Kết quả thực hiện')).toEqual({
			number: { kind: 'arabic', parts: [2] },
			words: 'Kết quả thực hiện'
		});
		expect(parseHeading('1.10. Chuyển đổi số').number).toEqual({ kind: 'arabic', parts: [1, 10] });
		expect(parseHeading('1.2 Sắp xếp tổ chức bộ máy').number).toEqual({
			kind: 'arabic',
			parts: [1, 2]
		});
		expect(parseHeading('Văn phòng đã thực hiện').number).toBeNull();
		expect(parseHeading('20 năm qua').number).toBeNull();
	});

	it('matches a part by its numeral and by its words, diacritics and case aside', () => {
		expect(matchPart(2, 'KẾT QUẢ SAU 01 NĂM VẬN HÀNH')?.id).toBe('ket-qua');
		expect(matchPart(2, 'ket qua sau 01 nam van hanh')?.id).toBe('ket-qua');
		expect(matchPart(2, 'Những nội dung khác')?.id).toBe('ket-qua');
		expect(matchPart(5, 'KIEN NGHI, DE XUAT')?.id).toBe('kien-nghi');
		// Seed 004 writes "QUẢN TRIỆT" for "quán triệt": folded, the words still match.
		expect(matchPart(1, 'CÔNG TÁC QUẢN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH')?.id).toBe(
			'lanh-dao-chi-dao'
		);
	});

	it('lets clear words win over a numeral that disagrees, and only clear words', () => {
		// A report that skipped part I numbers its results "I.".
		expect(matchPart(1, 'KẾT QUẢ ĐẠT ĐƯỢC')?.id).toBe('ket-qua');
		expect(matchPart(3, 'Kiến nghị, đề xuất')?.id).toBe('kien-nghi');
		// Words of both: the numeral decides.
		expect(matchPart(1, 'Lãnh đạo, chỉ đạo và kết quả triển khai')?.id).toBe('lanh-dao-chi-dao');
		// Past the outline: nothing, unless the words name a part.
		expect(matchPart(6, 'TỔ CHỨC THỰC HIỆN')).toBeNull();
		expect(matchPart(6, 'BÀI HỌC KINH NGHIỆM')?.id).toBe('bai-hoc');
	});

	it('names the contents of part II by their words', () => {
		expect(matchContent('Chuyển đổi số')?.id).toBe('ket-qua-chuyen-doi-so');
		expect(matchContent('Văn thư, lưu trữ, số hóa')?.id).toBe('ket-qua-chuyen-doi-so');
		expect(matchContent('Phân quyền, phân cấp, ủy quyền')?.id).toBe('ket-qua-phan-cap');
		expect(matchContent('tiep cong dan')?.id).toBe('ket-qua-tiep-cong-dan');
		expect(matchContent('Ưu điểm')).toBeNull();
	});

	it('sees headings as tags, bold or capital paragraphs, and short numbered lines', () => {
		expect(isHeadingBlock({ kind: 'heading', text: 'Kết quả', level: 2 })).toBe(true);
		expect(isHeadingBlock({ kind: 'paragraph', text: 'II. Kết quả đạt được', bold: true })).toBe(
			true
		);
		expect(isHeadingBlock({ kind: 'paragraph', text: 'III. BÀI HỌC KINH NGHIỆM' })).toBe(true);
		expect(isHeadingBlock({ kind: 'paragraph', text: '1.10. Chuyển đổi số' })).toBe(true);
		expect(
			isHeadingBlock({ kind: 'paragraph', text: '1. Văn phòng đã tham mưu ban hành kế hoạch.' })
		).toBe(false);
		expect(isHeadingBlock({ kind: 'item', text: 'II. Kết quả' })).toBe(false);
	});
});
