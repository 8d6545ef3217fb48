import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProceedingsVolume, VolumeDocument } from '$lib/domain/proceedings';
import {
	COVER_TITLE,
	MINUTES_MISSING_LINE,
	SCANNED_NOTE,
	buildProceedingsDocx
} from './proceedings';
import { partHeading, wordBookmark } from './proceedings-contents';
import { paragraphTexts, volumeFixture } from './test-fixtures';

async function partsOf(buffer: Buffer) {
	const zip = await JSZip.loadAsync(buffer);
	const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
	const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
	return {
		xml: await read('word/document.xml'),
		rels: await read('word/_rels/document.xml.rels'),
		settings: await read('word/settings.xml'),
		headers: await Promise.all(headerNames.map(read))
	};
}

/** The XML's text as printed: &amp; as &. */
const texts = (xml: string) => paragraphTexts(xml).map((t) => t.replaceAll('&amp;', '&'));

const documentsOf = (volume: ProceedingsVolume): VolumeDocument[] =>
	volume.parts.flatMap((p) => ('documents' in p ? p.documents : []));

describe('the kỷ yếu (.docx)', () => {
	const volume = volumeFixture();
	let parts: Awaited<ReturnType<typeof partsOf>>;
	let paras: string[];
	beforeAll(async () => {
		parts = await partsOf(await buildProceedingsDocx(volume));
		paras = texts(parts.xml);
	});

	it('opens with the cover: issuing body, KỶ YẾU HỘI NGHỊ, the title, the place, the month and year', () => {
		expect(paras.slice(0, 6)).toEqual([
			'ỦY BAN NHÂN DÂN',
			'XÃ BÌNH THÀNH',
			COVER_TITLE,
			'HỘI NGHỊ SƠ KẾT 01 NĂM THỰC HIỆN CHÍNH QUYỀN ĐỊA PHƯƠNG 02 CẤP',
			'Sơ kết 01 năm hoạt động của chính quyền địa phương 02 cấp',
			'Hội trường UBND xã Bình Thành'
		]);
		expect(paras[6]).toBe('Bình Thành, tháng 4 năm 2026');
		// Then the title page, with the time and the place.
		expect(paras).toContain('Thời gian: 08:00, ngày 24/4/2026');
	});

	it('prints the parts in order, each heading once after the contents, with the documents of each part in order', () => {
		const headings = volume.parts.map(partHeading);
		expect(headings).toEqual([
			'I. KẾ HOẠCH TỔ CHỨC HỘI NGHỊ',
			'II. CHƯƠNG TRÌNH HỘI NGHỊ',
			'III. BÁO CÁO',
			'IV. THAM LUẬN',
			'V. THÔNG BÁO KẾT LUẬN VÀ BIÊN BẢN HỘI NGHỊ',
			'PHỤ LỤC: DANH SÁCH ĐẠI BIỂU THAM DỰ'
		]);
		// After the contents, each in turn further on than the one before.
		let at = paras.indexOf('MỤC LỤC') + 1 + headings.length + documentsOf(volume).length;
		const printed = [
			'I. KẾ HOẠCH TỔ CHỨC HỘI NGHỊ',
			'Kế hoạch tổ chức hội nghị sơ kết',
			'II. CHƯƠNG TRÌNH HỘI NGHỊ',
			'III. BÁO CÁO',
			'Báo cáo tổng hợp',
			'Báo cáo của Công an xã',
			'Báo cáo của Trạm Y tế',
			'IV. THAM LUẬN',
			'Tham luận: Chuyển đổi số ở thôn',
			'V. THÔNG BÁO KẾT LUẬN VÀ BIÊN BẢN HỘI NGHỊ',
			'PHỤ LỤC: DANH SÁCH ĐẠI BIỂU THAM DỰ'
		];
		for (const text of printed) {
			const index = paras.indexOf(text, at);
			expect(index, text).toBeGreaterThanOrEqual(at);
			at = index + 1;
		}
		// Each part from a new page, each document too but the first of its part, under the part's heading.
		const breaks = [
			...parts.xml.matchAll(
				/<w:p><w:pPr><w:pStyle w:val="(VolumePart|VolumeDocumentTitle)"\/>(<w:pageBreakBefore\/>)?/g
			)
		].map((m) => `${m[1]}${m[2] ? ' new page' : ''}`);
		expect(breaks).toEqual([
			'VolumePart new page',
			'VolumeDocumentTitle',
			'VolumePart new page',
			'VolumePart new page',
			'VolumeDocumentTitle',
			'VolumeDocumentTitle new page',
			'VolumeDocumentTitle new page',
			'VolumePart new page',
			'VolumeDocumentTitle',
			'VolumePart new page',
			'VolumePart new page'
		]);
	});

	it('lists each part and document in the contents, with a PAGEREF to a bookmark at its heading', () => {
		const start = paras.indexOf('MỤC LỤC');
		expect(paras.slice(start + 1, start + 4)).toEqual([
			'I. KẾ HOẠCH TỔ CHỨC HỘI NGHỊ\t',
			'Kế hoạch tổ chức hội nghị sơ kết — Văn phòng HĐND và UBND xã\t',
			'II. CHƯƠNG TRÌNH HỘI NGHỊ\t'
		]);
		const refs = [
			...parts.xml.matchAll(/<w:instrText xml:space="preserve">PAGEREF (\S+) \\h<\/w:instrText>/g)
		].map((m) => m[1]);
		const marks = [...parts.xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]);
		expect(refs).toEqual([
			'phan_plan',
			'tai_lieu_10',
			'phan_programme',
			'phan_reports',
			'tai_lieu_11',
			'tai_lieu_12',
			'tai_lieu_13',
			'phan_speeches',
			'tai_lieu_20',
			'phan_minutes',
			'phan_attendance'
		]);
		expect(marks).toEqual(refs);
		// Word works the numbers out when the file is opened.
		expect(parts.settings).toContain('<w:updateFields/>');
	});

	it('gives each document its unit, the speaker of a tham luận, when it was sent, a link to the original, and its text', () => {
		const synthesis = paras.indexOf(
			'Báo cáo tổng hợp',
			paras.indexOf('III. BÁO CÁO', paras.indexOf('MỤC LỤC') + 15)
		);
		expect(paras.slice(synthesis, synthesis + 4)).toEqual([
			'Báo cáo tổng hợp',
			'UBND xã Bình Thành',
			'Gửi lúc 16:05 ngày 21/4/2026 · bản 2',
			'Bản gốc: bao-cao-11.docx'
		]);
		expect(paras[synthesis + 4]).toBe('Tổng hợp');
		const speech = paras.lastIndexOf('Tham luận: Chuyển đổi số ở thôn');
		expect(paras.slice(speech + 1, speech + 4)).toEqual([
			'Đoàn Thanh niên xã',
			'Trình bày: Đ/c Lê Văn Bình, Bí thư Đoàn',
			'Gửi lúc 16:05 ngày 21/4/2026 · bản 1'
		]);
		expect(paras).toContain('Dòng thứ nhất của bản PDF.');
		expect(paras).toContain('Dòng thứ hai của bản PDF.');
		for (const d of documentsOf(volume)) {
			const link = new RegExp(
				`<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(?:(?!</w:hyperlink>)[\\s\\S])*${d.fileName.replace(/\./g, '\\.')}`
			).exec(parts.xml);
			expect(link, d.fileName).not.toBeNull();
			expect(parts.rels).toContain(
				`Id="${link![1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${d.originalUrl}" TargetMode="External"`
			);
		}
	});

	it('says of a scan that its text is in the original behind the link', () => {
		const scan = paras.lastIndexOf('Báo cáo của Trạm Y tế');
		expect(paras.slice(scan + 3, scan + 5)).toEqual(['Bản gốc: tram-y-te.pdf', SCANNED_NOTE]);
	});

	it('prints the programme with planned and actual times, the conclusions numbered, the biên bản and the attendance', () => {
		expect(paras).toContain('08:04 (6 phút 40 giây)');
		expect(paras).toContain('08:05 (20 phút)');
		expect(paras).toContain('—');
		const notice = paras.indexOf('THÔNG BÁO KẾT LUẬN');
		expect(paras.slice(notice, notice + 4)).toEqual([
			'THÔNG BÁO KẾT LUẬN',
			'(Số 45/TB-UBND)',
			'1. Giao Văn phòng hoàn thiện báo cáo.',
			'2. Các thôn đẩy mạnh chuyển đổi số./.'
		]);
		expect(paras).toContain('Thời gian bắt đầu: 08 giờ 04 phút, ngày 24 tháng 4 năm 2026');
		expect(paras).toContain('Đ/c Nguyễn Anh Tấn khai mạc hội nghị.');
		expect(paras).toContain('Lãnh đạo UBND xã');
		const person = paras.indexOf(
			'Nguyễn Anh Tấn',
			paras.indexOf('PHỤ LỤC: DANH SÁCH ĐẠI BIỂU THAM DỰ', notice)
		);
		expect(paras.slice(person, person + 3)).toEqual([
			'Nguyễn Anh Tấn',
			'Chủ tịch, UBND xã',
			'07:42'
		]);
		expect(paras).toContain('Tổng số: 2 đại biểu; có mặt: 1.');
	});

	it('numbers the pages in the top margin from the contents on, and not the cover or the title page', () => {
		const sections = [...parts.xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
		expect(sections).toHaveLength(2);
		expect(sections[0]).not.toContain('headerReference');
		expect(sections[1]).toMatch(/<w:headerReference w:type="default"/);
		expect(sections[1]).not.toContain('<w:titlePg/>');
		expect(sections[1]).not.toMatch(/w:start=/);
		expect(parts.headers.some((h) => h.includes('PAGE'))).toBe(true);
	});

	it('says when the minutes are not finished', async () => {
		const unfinished = texts(
			(await partsOf(await buildProceedingsDocx(volumeFixture({ minutes: false })))).xml
		);
		const part = unfinished.lastIndexOf('V. THÔNG BÁO KẾT LUẬN VÀ BIÊN BẢN HỘI NGHỊ');
		expect(unfinished[part + 1]).toBe(MINUTES_MISSING_LINE);
		expect(unfinished).not.toContain('THÔNG BÁO KẾT LUẬN');
	});

	it('makes bookmark names Word accepts from the web anchors', () => {
		expect(wordBookmark('tai-lieu-12')).toBe('tai_lieu_12');
		expect(wordBookmark('1-x')).toBe('b_1_x');
		expect(wordBookmark(`tai-lieu-${'9'.repeat(60)}`)).toHaveLength(40);
	});
});
