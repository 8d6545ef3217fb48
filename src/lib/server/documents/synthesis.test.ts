import { describe, expect, it } from 'vitest';
import { sectionizeReport } from '../proceedings/report-blocks';
import { synthesisSections, type UnitReports } from '../proceedings/synthesis';
import { buildSynthesisDocx, NOBODY_WROTE, NOTHING_UNSORTED, reportSubject } from './synthesis';
import { docxParts, paragraphTexts } from './test-fixtures';

const CONFERENCE = {
	title:
		'Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính các cấp trên địa bàn xã Bình Thành',
	issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
	parentBody: null,
	locality: 'Bình Thành',
	signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
	signerTitle: 'CHỦ TỊCH',
	signerName: 'Nguyễn Anh Tấn'
};

const unit = (id: number, name: string, html: string | null): UnitReports => ({
	id,
	name,
	status: html === null ? 'missing' : 'read',
	report: html === null ? null : sectionizeReport(html, 'html')
});

const UNITS = [
	unit(
		1,
		'Văn phòng HĐND và UBND xã',
		'<p><strong>BÁO CÁO</strong></p><h1>I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO</h1><p>Văn phòng đã quán triệt.</p><h1>II. KẾT QUẢ</h1><h3>1.10. Chuyển đổi số</h3><ul><li>Số hóa 1.200 hồ sơ.</li></ul><h1>VI. TỔ CHỨC THỰC HIỆN</h1><p>Giao các bộ phận.</p>'
	),
	unit(
		2,
		'Phòng Kinh tế',
		'<p><strong>I. Lãnh đạo, chỉ đạo</strong></p><p>Phòng Kinh tế đã triển khai.</p><p><strong>V. Kiến nghị</strong></p><p>Đề nghị bổ sung biên chế.</p>'
	),
	unit(3, 'Công an xã', null)
];

async function draft() {
	const bytes = await buildSynthesisDocx({
		conference: CONFERENCE,
		sections: synthesisSections(UNITS),
		date: new Date('2026-04-23T08:00:00+07:00'),
		readFrom: ['Văn phòng HĐND và UBND xã', 'Phòng Kinh tế'],
		notSent: ['Công an xã']
	});
	const { xml } = await docxParts(bytes);
	return paragraphTexts(xml);
}

describe('buildSynthesisDocx', () => {
	it('opens with the commune header block, the place and date, and BÁO CÁO (DỰ THẢO) with its trích yếu', async () => {
		const p = await draft();
		expect(p.slice(0, 4)).toEqual([
			'ỦY BAN NHÂN DÂN',
			'XÃ BÌNH THÀNH',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc'
		]);
		expect(p).toContain('Bình Thành, ngày 23 tháng 4 năm 2026');
		const title = p.indexOf('BÁO CÁO (DỰ THẢO)');
		expect(p[title + 1]).toBe(
			'Sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính các cấp trên địa bàn xã Bình Thành'
		);
		expect(p.some((t) => t.includes('Chưa có báo cáo đọc được của: Công an xã.'))).toBe(true);
	});

	it('gathers each unit’s passages under its section, labelled by unit, in outline order', async () => {
		const p = await draft();
		const at = (t: string) => {
			const i = p.indexOf(t);
			expect(i, t).toBeGreaterThanOrEqual(0);
			return i;
		};
		const partI = at('I. CÔNG TÁC QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH');
		expect(p.slice(partI + 1, partI + 5)).toEqual([
			'Văn phòng HĐND và UBND xã:',
			'Văn phòng đã quán triệt.',
			'Phòng Kinh tế:',
			'Phòng Kinh tế đã triển khai.'
		]);
		const digital = at('7. Hạ tầng công nghệ, chuyển đổi số và số hóa hồ sơ, tài liệu');
		expect(p.slice(digital + 1, digital + 4)).toEqual([
			'Văn phòng HĐND và UBND xã:',
			'1.10. Chuyển đổi số',
			'- Số hóa 1.200 hồ sơ.'
		]);
		const partV = at('V. KIẾN NGHỊ, ĐỀ XUẤT');
		expect(p.slice(partV + 1, partV + 3)).toEqual(['Phòng Kinh tế:', 'Đề nghị bổ sung biên chế.']);
		expect(partI).toBeLessThan(digital);
		expect(digital).toBeLessThan(partV);
	});

	it('says so under a section no unit wrote, and puts "Chưa xếp mục" last with what matched nothing', async () => {
		const p = await draft();
		const lessons = p.indexOf('III. BÀI HỌC KINH NGHIỆM');
		expect(p[lessons + 1]).toBe(NOBODY_WROTE);
		// Part II's own text is empty, but its contents are below: no note under II itself.
		expect(p[p.indexOf('II. KẾT QUẢ SAU 01 NĂM VẬN HÀNH') + 1]).toBe(
			'1. Về công tác lãnh đạo, chỉ đạo, điều hành và tổ chức thực hiện'
		);
		const unsorted = p.indexOf('CHƯA XẾP MỤC');
		expect(unsorted).toBeGreaterThan(p.indexOf('V. KIẾN NGHỊ, ĐỀ XUẤT'));
		expect(p.slice(unsorted + 1, unsorted + 4)).toEqual([
			'Văn phòng HĐND và UBND xã:',
			'VI. TỔ CHỨC THỰC HIỆN',
			'Giao các bộ phận.'
		]);
		expect(p).not.toContain(NOTHING_UNSORTED);
		expect(p.at(-1)).toBe('Nguyễn Anh Tấn');
		// The title paragraph of a report is in no section.
		expect(p.filter((t) => t === 'BÁO CÁO')).toEqual([]);
	});

	it('makes the trích yếu from the conference title', () => {
		expect(reportSubject('Hội nghị tổng kết năm 2026')).toBe('Tổng kết năm 2026');
		expect(reportSubject('Sơ kết công tác quý I')).toBe('Sơ kết công tác quý I');
	});
});
