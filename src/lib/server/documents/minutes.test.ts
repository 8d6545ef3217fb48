import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MinutesSection } from '$lib/domain/minutes';
import { assembleBoard } from '$lib/domain/attendance';
import { formatNd30Day } from '$lib/domain/dates';
import { buildMinutesDocx, type MinutesDocxInput } from './minutes';
import { boardPeople, docxParts, paragraphTexts } from './test-fixtures';

const GROUPS = [
	{ id: 10, name: 'Thường trực Đảng ủy' },
	{ id: 30, name: 'Trưởng thôn' }
];

const person = boardPeople(GROUPS);

const BOARD = assembleBoard(GROUPS, [
	person(10, 'Hoàng Văn Bình', {
		position: 'Bí thư Đảng ủy',
		arrivedAt: new Date('2026-04-24T07:41:00+07:00'),
		method: 'scan'
	}),
	person(30, 'Nguyễn Văn An', {
		position: 'Trưởng thôn',
		organisation: 'Thôn Đồng Tiến',
		arrivedAt: new Date('2026-04-24T07:50:00+07:00'),
		method: 'scan'
	}),
	person(30, 'Lê Thị Cúc', {
		position: 'Trưởng thôn',
		organisation: 'Thôn Tân Lập',
		reply: 'absent',
		absenceReason: 'Ốm'
	})
]);

const section = (
	key: MinutesSection['key'],
	heading: string,
	data: string,
	text: string | null = null
): MinutesSection => ({
	key,
	heading,
	data,
	text,
	missing: null
});

const SECTIONS: MinutesSection[] = [
	section('start', 'Thời gian bắt đầu', '08 giờ 05 phút, ngày 24 tháng 4 năm 2026.'),
	section('place', 'Địa điểm', 'Hội trường lớn UBND xã Bình Thành.'),
	section(
		'attendance',
		'Thành phần tham dự',
		'Có mặt 92/100 đại biểu được mời.\n- Thường trực Đảng ủy: 5/5.\n- Trưởng thôn: 20/22.\nVắng có lý do: bà Lê Thị Cúc, Trưởng thôn Tân Lập (ốm).'
	),
	section('chair', 'Chủ trì (chủ tọa)', 'Đồng chí Nguyễn Anh Tấn, Chủ tịch UBND xã.'),
	section(
		'secretary',
		'Thư ký (người ghi biên bản)',
		'Đồng chí Hoàng Thị Thu Hà, Công chức Văn phòng - Thống kê.'
	),
	section(
		'item:1',
		'1. Khai mạc hội nghị',
		'Đồng chí Nguyễn Anh Tấn, Chủ tịch UBND xã phát biểu khai mạc (05 phút).'
	),
	section(
		'item:2',
		'2. Báo cáo sơ kết 01 năm',
		'Đồng chí Đinh Văn Chinh, Chánh Văn phòng trình bày báo cáo (25 phút).',
		'Đồng chí Đinh Văn Chinh, Chánh Văn phòng HĐND và UBND xã trình bày báo cáo sơ kết (25 phút).\nBáo cáo nêu kết quả sau 01 năm vận hành chính quyền địa phương 02 cấp.'
	),
	section(
		'item:3',
		'3. Thảo luận',
		'Ý kiến phát biểu:\n- Ông Nguyễn Văn An, Trưởng thôn Đồng Tiến: đề nghị sớm nâng cấp đường liên thôn.\n- Bà Trần Thị Mai, Chủ tịch Hội Phụ nữ xã: đề nghị hỗ trợ chuyển đổi số cho hội viên.'
	),
	section(
		'conclusions',
		'Kết luận của chủ tọa',
		'1. Giao Văn phòng hoàn thiện báo cáo sơ kết.\n2. Giao công chức Địa chính - Xây dựng khảo sát đường liên thôn.\n3. Các thôn đẩy mạnh chuyển đổi số.'
	),
	section('end', 'Kết thúc', 'Hội nghị kết thúc vào 11 giờ 20 phút, ngày 24 tháng 4 năm 2026./.')
];

const INPUT: MinutesDocxInput = {
	conference: {
		title: 'Hội nghị sơ kết 01 năm thực hiện chính quyền địa phương 02 cấp',
		parentBody: null,
		issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
		chairName: 'Nguyễn Anh Tấn',
		secretaryName: 'Hoàng Thị Thu Hà',
		minutesNumber: '12/BB-UBND'
	},
	sections: SECTIONS,
	// 01:00 UTC: the Vietnam date must be printed, whatever the server's zone.
	date: new Date('2026-04-24T08:00:00+07:00'),
	recipients: ['Thường trực Đảng ủy', 'Chủ tịch, các Phó Chủ tịch UBND xã', 'Lưu: VT, Hồ sơ'],
	board: BOARD,
	final: true
};

const parts = docxParts;
const textOf = (xml: string) =>
	[...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
const paragraphs = paragraphTexts;

describe('biên bản (.docx)', () => {
	let xml: string;
	let headers: string;
	let text: string;
	let paras: string[];
	beforeAll(async () => {
		({ xml, headers } = await parts(await buildMinutesDocx(INPUT)));
		text = textOf(xml);
		paras = paragraphs(xml);
	});

	it('heads with the issuing body, Số: …/BB-UBND and the Quốc hiệu, and no place-date line', () => {
		expect(paras).toContain('Số: 12/BB-UBND');
		expect(text.indexOf('XÃ BÌNH THÀNH')).toBeLessThan(text.indexOf('Số: 12/BB-UBND'));
		expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(text).not.toMatch(/Bình Thành, ngày/);
		expect(paras.filter((p) => /^(Bình Thành, )?ngày \d+ tháng/.test(p))).toEqual([]);
	});

	it('leaves room for the number when the biên bản has none', async () => {
		const blank = await parts(
			await buildMinutesDocx({ ...INPUT, conference: { ...INPUT.conference, minutesNumber: '' } })
		);
		expect(paragraphs(blank.xml)).toContain('Số:       /BB-UBND');
		expect(textOf(blank.xml)).toContain('(Kèm theo Biên bản số       /BB-UBND ngày 24/4/2026)');
	});

	it('titles it BIÊN BẢN with the meeting’s name, bold', () => {
		const title = paras.indexOf('BIÊN BẢN');
		expect(title).toBeGreaterThan(paras.indexOf('Số: 12/BB-UBND'));
		expect(paras[title + 1]).toBe(INPUT.conference.title);
		expect(xml).toMatch(/<w:b\/>[\s\S]{0,200}>BIÊN BẢN</);
	});

	it('prints every field of mẫu 1.9 in order, the labels bold before their text', () => {
		const labels = [
			'Thời gian bắt đầu: 08 giờ 05 phút, ngày 24 tháng 4 năm 2026.',
			'Địa điểm: Hội trường lớn UBND xã Bình Thành.',
			'Thành phần tham dự:',
			'Chủ trì (chủ tọa): Đồng chí Nguyễn Anh Tấn, Chủ tịch UBND xã.',
			'Thư ký (người ghi biên bản): Đồng chí Hoàng Thị Thu Hà, Công chức Văn phòng - Thống kê.',
			'Nội dung (theo diễn biến cuộc họp):',
			'1. Khai mạc hội nghị',
			'2. Báo cáo sơ kết 01 năm',
			'3. Thảo luận',
			'Kết luận của chủ tọa:',
			'Hội nghị kết thúc vào 11 giờ 20 phút, ngày 24 tháng 4 năm 2026./.'
		];
		const at = labels.map((l) => paras.indexOf(l));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
		expect(paras.filter((p) => p === 'Nội dung (theo diễn biến cuộc họp):')).toHaveLength(1);
		// "Kết thúc" is the end section's heading: the sentence stands alone.
		expect(paras).not.toContain('Kết thúc:');
		const run = (t: string) =>
			[...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g)]
				.map((m) => m[0])
				.find((r) => r.includes(`>${t}<`))!;
		expect(run('Thời gian bắt đầu:')).toContain('<w:b/>');
		expect(run(' 08 giờ 05 phút, ngày 24 tháng 4 năm 2026.')).not.toContain('<w:b/>');
		expect(run('1. Khai mạc hội nghị')).toContain('<w:b/>');
	});

	it('prints the attendance and each item’s lines as their own paragraphs, the secretary’s text over the data', () => {
		const attendance = paras.indexOf('Thành phần tham dự:');
		expect(paras.slice(attendance + 1, attendance + 5)).toEqual([
			'Có mặt 92/100 đại biểu được mời.',
			'- Thường trực Đảng ủy: 5/5.',
			'- Trưởng thôn: 20/22.',
			'Vắng có lý do: bà Lê Thị Cúc, Trưởng thôn Tân Lập (ốm).'
		]);
		const report = paras.indexOf('2. Báo cáo sơ kết 01 năm');
		expect(paras[report + 1]).toBe(
			'Đồng chí Đinh Văn Chinh, Chánh Văn phòng HĐND và UBND xã trình bày báo cáo sơ kết (25 phút).'
		);
		expect(paras[report + 2]).toBe(
			'Báo cáo nêu kết quả sau 01 năm vận hành chính quyền địa phương 02 cấp.'
		);
		expect(text).not.toContain('Chánh Văn phòng trình bày báo cáo (25 phút)');
		const floor = paras.indexOf('3. Thảo luận');
		expect(paras[floor + 2]).toBe(
			'- Ông Nguyễn Văn An, Trưởng thôn Đồng Tiến: đề nghị sớm nâng cấp đường liên thôn.'
		);
		expect(paras[floor + 3]).toBe(
			'- Bà Trần Thị Mai, Chủ tịch Hội Phụ nữ xã: đề nghị hỗ trợ chuyển đổi số cho hội viên.'
		);
		const conclusions = paras.indexOf('Kết luận của chủ tọa:');
		expect(paras[conclusions + 3]).toBe('3. Các thôn đẩy mạnh chuyển đổi số.');
	});

	it('leaves a dotted line to fill by hand where the app has nothing, never invented content', async () => {
		const sections = SECTIONS.map((s) =>
			s.key === 'start' || s.key === 'item:1' ? { ...s, data: '', text: null } : s
		);
		const blank = paragraphs((await parts(await buildMinutesDocx({ ...INPUT, sections }))).xml);
		expect(blank).toContain('Thời gian bắt đầu: ……………………');
		expect(blank).toContain('1. Khai mạc hội nghị ……………………');
		// A text the secretary emptied on purpose is blank too.
		const emptied = SECTIONS.map((s) => (s.key === 'place' ? { ...s, text: '' } : s));
		expect(
			paragraphs((await parts(await buildMinutesDocx({ ...INPUT, sections: emptied }))).xml)
		).toContain('Địa điểm: ……………………');
	});

	it('signs THƯ KÝ on the left and CHỦ TỌA on the right with the names under them, then Nơi nhận', () => {
		const row = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)]
			.map((m) => m[0])
			.find((r) => r.includes('>THƯ KÝ<'))!;
		const cells = [...row.matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]));
		expect(cells).toEqual([
			['THƯ KÝ', 'Hoàng Thị Thu Hà'],
			['CHỦ TỌA', 'Nguyễn Anh Tấn']
		]);
		expect(text.indexOf('Hội nghị kết thúc vào')).toBeLessThan(text.indexOf('THƯ KÝ'));
		const recipients = paras.indexOf('Nơi nhận:');
		expect(recipients).toBeGreaterThan(paras.indexOf('CHỦ TỌA'));
		expect(paras.slice(recipients + 1, recipients + 4)).toEqual([
			'- Thường trực Đảng ủy;',
			'- Chủ tịch, các Phó Chủ tịch UBND xã;',
			'- Lưu: VT, Hồ sơ.'
		]);
	});

	it('ends Nơi nhận with the archive line even when it was not given', async () => {
		const own = paragraphs(
			(await parts(await buildMinutesDocx({ ...INPUT, recipients: ['Thường trực Đảng ủy'] }))).xml
		);
		expect(own.slice(own.indexOf('Nơi nhận:') + 1).slice(0, 2)).toEqual([
			'- Thường trực Đảng ủy;',
			'- Lưu: VT, Hồ sơ.'
		]);
	});

	it('attaches the danh sách as an appendix in its own section, from a new page numbered on its own', () => {
		const sections = xml.split('<w:sectPr').slice(1);
		expect(sections).toHaveLength(2);
		const [body, appendix] = xml.split(/<w:sectPr[\s\S]*?<\/w:sectPr>/);
		expect(body).not.toContain('Phụ lục');
		expect(paragraphs(appendix!).slice(0, 3)).toEqual([
			'Phụ lục',
			'DANH SÁCH ĐẠI BIỂU THAM DỰ',
			'(Kèm theo Biên bản số 12/BB-UBND ngày 24/4/2026)'
		]);
		expect(appendix).toContain('Hoàng Văn Bình');
		expect(appendix).toContain('Thôn Đồng Tiến');
		expect(appendix).toContain('07:41');
		// The second section starts a new page (the default break) and restarts its numbers.
		expect(sections[1]).not.toMatch(/<w:type w:val="continuous"/);
		expect(sections[1]).toMatch(/<w:pgNumType w:start="1"/);
		expect(sections[0]).not.toMatch(/<w:pgNumType w:start/);
		expect(sections.every((s) => s.includes('<w:titlePg'))).toBe(true);
	});

	it('numbers pages from the second page, in Times New Roman on A4', () => {
		expect(headers).toContain('PAGE');
		expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
	});

	it('marks a draft DỰ THẢO at the top of the first page, and a final one not', async () => {
		expect(headers).not.toContain('DỰ THẢO');
		expect(text).not.toContain('DỰ THẢO');
		const draft = await parts(await buildMinutesDocx({ ...INPUT, final: false }));
		expect(draft.headers).toContain('DỰ THẢO');
		// Only in the body's first-page header, not on the appendix nor on later pages.
		expect(draft.headers.match(/DỰ THẢO/g)).toHaveLength(1);
	});

	it('writes ND30 numeric days with their leading zeros', () => {
		expect(formatNd30Day(new Date('2026-02-05T08:00:00+07:00'))).toBe('05/02/2026');
		expect(formatNd30Day(new Date('2026-04-24T00:30:00+07:00'))).toBe('24/4/2026');
	});
});

describe('biên bản fonts', () => {
	it('sets Times New Roman as the document font', async () => {
		const styles = await (
			await JSZip.loadAsync(await buildMinutesDocx(INPUT))
		)
			.file('word/styles.xml')!
			.async('string');
		expect(styles).toContain('w:ascii="Times New Roman"');
	});
});
