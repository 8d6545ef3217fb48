import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { suggestedProgramme, type AgendaEntry } from '$lib/domain/programme';
import { DEMO_CONFERENCE, DEMO_SPEECHES, DEMO_UNITS } from '../demo/binh-thanh';
import {
	buildChairScriptDocx,
	type ChairScriptConference,
	type ChairScriptHeading
} from './chair-script';

const HEADING: ChairScriptHeading = {
	parentBody: null,
	issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
	locality: 'Bình Thành',
	// 01:00 UTC: the Vietnam date and times must be printed, whatever the server's zone.
	date: new Date('2026-04-24T08:00:00+07:00')
};

const CONFERENCE: ChairScriptConference = {
	title: 'Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính các cấp',
	place: 'Hội trường lớn UBND xã Bình Thành',
	startsAt: new Date('2026-04-24T08:00:00+07:00'),
	endsAt: new Date('2026-04-24T11:30:00+07:00'),
	chairName: DEMO_CONFERENCE.chairName,
	chairTitle: DEMO_CONFERENCE.chairTitle
};

const OFFICE = 'Văn phòng HĐND và UBND xã';
const CHAIR = `Đồng chí ${DEMO_CONFERENCE.chairName}, ${DEMO_CONFERENCE.chairTitle}`;
const SPEAKERS = DEMO_SPEECHES.map((s) => ({ name: s.unitName, speechTopic: s.topic }));
const REPORT =
	'Báo cáo sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính và hoạt động của chính quyền địa phương 02 cấp';

// The suggested programme with the demo's units, as the secretariat then edits it: one tham luận
// read by a named person, and the chair's own notes for the conclusions.
const ITEMS: AgendaEntry[] = suggestedProgramme(DEMO_CONFERENCE, DEMO_UNITS, DEMO_SPEECHES).map(
	(item) =>
		item.unitName === 'Công an xã'
			? { ...item, presenter: 'Đồng chí Hoàng Văn Dũng' }
			: item.kind === 'conclusion'
				? {
						...item,
						chairNotes:
							'Nêu 03 nhiệm vụ trọng tâm quý II.\nGiao Văn phòng tổng hợp ý kiến, gửi trước ngày 30/4.'
					}
				: item
);

async function documentXml(buffer: Buffer): Promise<string> {
	return (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
}

const runsText = (xml: string) =>
	[...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The text of each table row, cells joined by " | ", paragraphs in a cell by " / ". */
function tableRows(xml: string): string[] {
	return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)]
		.map((row) =>
			[...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)]
				.map((c) =>
					[...c[0].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
						.map((p) => runsText(p[0]))
						.filter(Boolean)
						.join(' / ')
				)
				.join(' | ')
		)
		.filter((r) => r.length > 0);
}

/** The text of every paragraph, in order; outside the tables unless asked (the header is one). */
function paragraphs(xml: string, { tables = false } = {}): string[] {
	return [
		...(tables ? xml : xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).matchAll(
			/<w:p\b[\s\S]*?<\/w:p>/g
		)
	]
		.map((p) => runsText(p[0]))
		.filter(Boolean);
}

describe('kịch bản điều hành (.docx)', () => {
	it('lists the programme in order with the planned times from the start, what and who', async () => {
		const rows = tableRows(
			await documentXml(await buildChairScriptDocx(HEADING, CONFERENCE, ITEMS))
		);
		const start = rows.indexOf('Thời gian | Nội dung | Người thực hiện');
		expect(start).toBeGreaterThanOrEqual(0);
		expect(rows.slice(start)).toEqual([
			'Thời gian | Nội dung | Người thực hiện',
			`08:00 – 08:30 | Đón tiếp đại biểu, điểm danh | ${OFFICE}`,
			`08:30 – 08:35 | Khai mạc / Tuyên bố lý do, giới thiệu đại biểu | Chánh Văn phòng – ${OFFICE}`,
			`08:35 – 08:40 | Khai mạc / Phát biểu khai mạc hội nghị | ${CHAIR}`,
			`08:40 – 09:00 | Báo cáo / ${REPORT} | Lãnh đạo phòng – Phòng Văn hóa - Xã hội`,
			`09:00 – 09:07 | Tham luận số 1 / ${SPEAKERS[0]!.speechTopic} | ${SPEAKERS[0]!.name}`,
			`09:07 – 09:14 | Tham luận số 2 / ${SPEAKERS[1]!.speechTopic} | ${SPEAKERS[1]!.name}`,
			`09:14 – 09:21 | Tham luận số 3 / ${SPEAKERS[2]!.speechTopic} | ${SPEAKERS[2]!.name}`,
			`09:21 – 09:28 | Tham luận số 4 / ${SPEAKERS[3]!.speechTopic} | ${SPEAKERS[3]!.name}`,
			`09:28 – 09:35 | Tham luận số 5 / ${SPEAKERS[4]!.speechTopic} | Đồng chí Hoàng Văn Dũng – Công an xã`,
			`09:35 – 09:42 | Tham luận số 6 / ${SPEAKERS[5]!.speechTopic} | ${SPEAKERS[5]!.name}`,
			// "Giải lao" is said once, not as label and title.
			'09:42 – 09:52 | Giải lao | ',
			'09:52 – 10:22 | Thảo luận / Thảo luận, ý kiến của đại biểu | Các đại biểu',
			`10:22 – 10:37 | Kết luận / Phát biểu kết luận hội nghị | ${CHAIR}`,
			`10:37 – 10:42 | Bế mạc hội nghị | Chánh Văn phòng – ${OFFICE}`
		]);
	});

	it('introduces each tham luận by its number, unit and topic with the 07-minute limit, and thanks the unit', async () => {
		const text = paragraphs(
			await documentXml(await buildChairScriptDocx(HEADING, CONFERENCE, ITEMS))
		);
		SPEAKERS.forEach((u, i) => {
			const heading = text.indexOf(
				`${i + 5}. Tham luận số ${i + 1}: ${u.speechTopic} (${['09:00 – 09:07', '09:07 – 09:14', '09:14 – 09:21', '09:21 – 09:28', '09:28 – 09:35', '09:35 – 09:42'][i]})`
			);
			expect(heading, u.name).toBeGreaterThan(0);
			const speaker =
				u.name === 'Công an xã'
					? 'đồng chí Hoàng Văn Dũng, đại diện Công an xã'
					: `đại diện ${u.name}`;
			const open = text.slice(heading).find((p) => p.startsWith('Mở đầu: '))!;
			expect(open).toBe(
				`Mở đầu: Tiếp theo chương trình, xin trân trọng kính mời ${speaker} trình bày tham luận số ${i + 1} với chủ đề: “${u.speechTopic}”. Đề nghị đồng chí trình bày không quá 07 phút.`
			);
			expect(text.slice(heading).find((p) => p.startsWith('Kết thúc: '))).toBe(
				`Kết thúc: Xin cảm ơn đại diện ${u.name} đã có bài tham luận.`
			);
		});
	});

	it('gives the chair’s words for the other items in order, and the chair’s own notes', async () => {
		const text = paragraphs(
			await documentXml(await buildChairScriptDocx(HEADING, CONFERENCE, ITEMS))
		);
		const order = [
			'1. Đón tiếp đại biểu, điểm danh (08:00 – 08:30)',
			`Mở đầu: Xin trân trọng kính mời Chánh Văn phòng, ${OFFICE} tuyên bố lý do, giới thiệu đại biểu.`,
			`Mở đầu: Xin trân trọng kính mời đồng chí ${DEMO_CONFERENCE.chairName}, ${DEMO_CONFERENCE.chairTitle} phát biểu khai mạc hội nghị.`,
			`Mở đầu: Xin trân trọng kính mời Lãnh đạo phòng, Phòng Văn hóa - Xã hội trình bày báo cáo sơ kết 01 năm`,
			'11. Giải lao (09:42 – 09:52)',
			'Mở đầu: Hội nghị nghỉ giải lao 10 phút. Đề nghị các đồng chí đại biểu trở lại hội trường đúng giờ.',
			'Kết thúc: Hội nghị tiếp tục làm việc.',
			'12. Thảo luận: Thảo luận, ý kiến của đại biểu (09:52 – 10:22)',
			'13. Kết luận: Phát biểu kết luận hội nghị (10:22 – 10:37)',
			`Mở đầu: Xin trân trọng kính mời đồng chí ${DEMO_CONFERENCE.chairName}, ${DEMO_CONFERENCE.chairTitle} phát biểu kết luận hội nghị.`,
			'Ghi chú: Nêu 03 nhiệm vụ trọng tâm quý II.',
			'Giao Văn phòng tổng hợp ý kiến, gửi trước ngày 30/4.',
			'14. Bế mạc hội nghị (10:37 – 10:42)'
		];
		const at = order.map((line) => text.findIndex((p) => p.startsWith(line)));
		expect(
			at.every((i) => i >= 0),
			order.filter((_, k) => at[k]! < 0).join('\n')
		).toBe(true);
		expect(at).toEqual([...at].sort((a, b) => a - b));
		expect(
			text.filter((p) => p === 'Ghi chú: Nhắc thời gian trình bày không quá 07 phút.')
		).toHaveLength(SPEAKERS.length);
	});

	it('carries the Decree-30 header, the title, time and place, and closes with the total and the end', async () => {
		const xml = await documentXml(await buildChairScriptDocx(HEADING, CONFERENCE, ITEMS));
		const all = paragraphs(xml, { tables: true }).join('\n');
		for (const expected of [
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Bình Thành, ngày 24 tháng 4 năm 2026',
			'KỊCH BẢN ĐIỀU HÀNH',
			CONFERENCE.title,
			'Thời gian: 08 giờ 00 phút, Thứ Sáu, ngày 24 tháng 4 năm 2026',
			`Địa điểm: ${CONFERENCE.place}`,
			`Chủ trì: Đồng chí ${DEMO_CONFERENCE.chairName} - ${DEMO_CONFERENCE.chairTitle}`
		]) {
			expect(all).toContain(expected);
		}
		expect(all).not.toContain('Số:');
		expect(all.indexOf('KỊCH BẢN ĐIỀU HÀNH')).toBeLessThan(all.indexOf('II. LỜI ĐIỀU HÀNH'));
		expect(all.indexOf('CỘNG HÒA')).toBeLessThan(all.indexOf('KỊCH BẢN ĐIỀU HÀNH'));
		expect(paragraphs(xml).at(-1)).toBe(
			'Tổng thời gian dự kiến: 2 giờ 42 phút; dự kiến kết thúc lúc 10:42.'
		);
	});

	it('warns when the programme runs past the end announced in the giấy mời', async () => {
		const text = paragraphs(
			await documentXml(
				await buildChairScriptDocx(
					HEADING,
					{ ...CONFERENCE, endsAt: new Date('2026-04-24T10:30:00+07:00') },
					ITEMS
				)
			)
		);
		expect(text.at(-1)).toBe(
			'Tổng thời gian dự kiến: 2 giờ 42 phút; dự kiến kết thúc lúc 10:42, muộn 12 phút so với giờ kết thúc trong giấy mời (10:30).'
		);
	});

	it('still makes a document for a conference with no agenda yet', async () => {
		const xml = await documentXml(await buildChairScriptDocx(HEADING, CONFERENCE, []));
		expect(tableRows(xml)).toContain('Chưa có nội dung trong chương trình.');
		expect(paragraphs(xml)).not.toContain('II. LỜI ĐIỀU HÀNH');
		expect(paragraphs(xml).at(-1)).toBe(
			'Tổng thời gian dự kiến: 0 phút; dự kiến kết thúc lúc 08:00.'
		);
	});
});
