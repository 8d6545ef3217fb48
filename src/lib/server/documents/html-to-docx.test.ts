import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSpeechDocx, buildUnitReportDocx } from '../demo/report-docx';
import { extractDocument } from '../submissions/intake';
import {
	CONTENT_HEADING_STYLES,
	DOCUMENT_TITLE_OUTLINE_LEVEL,
	contentStyles,
	htmlToDocx,
	plainParagraphs
} from './html-to-docx';
import { nd30Document, nd30Section, packDocx } from './nd30';
import { paragraphTexts } from './test-fixtures';

/** The parts of a .docx holding the converted HTML, as Word reads them. */
async function converted(html: string) {
	const zip = await JSZip.loadAsync(
		await packDocx(nd30Document([nd30Section(htmlToDocx(html))], 'Thử', contentStyles))
	);
	const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
	return {
		xml: await read('word/document.xml'),
		styles: await read('word/styles.xml'),
		numbering: await read('word/numbering.xml'),
		rels: await read('word/_rels/document.xml.rels')
	};
}

/** The text of each block of sanitised HTML (its paragraphs, headings, items and cells). */
const blockTexts = (html: string) =>
	[...html.matchAll(/<(p|h[1-6]|li)>([\s\S]*?)<\/\1>/g)]
		.map((m) =>
			m[2]!
				.replace(/<[^>]+>/g, '')
				.replace(/&amp;/g, '&')
				.trim()
		)
		.filter(Boolean);

/** The w:p elements that carry a style. */
const styledParagraphs = (xml: string, style: string) =>
	[...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
		.filter((p) => p[0].includes(`<w:pStyle w:val="${style}"/>`))
		.map((p) => paragraphTexts(p[0]).join(''));

describe('a real unit report (seed 004, read by the app as it stores it)', () => {
	let html: string;
	let docx: Awaited<ReturnType<typeof converted>>;
	beforeAll(async () => {
		const bytes = await buildUnitReportDocx(
			readFileSync('src/lib/server/demo/seed-004-report.txt', 'utf8')
		);
		const extracted = await extractDocument({ kind: 'docx', bytes });
		expect(extracted.status).toBe('text');
		html = extracted.html;
		docx = await converted(html);
	});

	it('keeps every paragraph and heading of the stored HTML, in order', () => {
		const expected = blockTexts(html);
		expect(expected.length).toBeGreaterThan(30);
		const printed = paragraphTexts(docx.xml);
		let at = 0;
		for (const text of expected) {
			const found = printed.indexOf(text, at);
			expect(found, text).toBeGreaterThanOrEqual(at);
			at = found + 1;
		}
	});

	it("prints the report's I.–V. and 1., 1.1. as its own headings, below the volume's document title in the outline", () => {
		const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
		expect(h1[0]).toMatch(/^I\. /);
		expect(styledParagraphs(docx.xml, 'DocHeading1')).toEqual(h1);
		expect(styledParagraphs(docx.xml, 'DocHeading2').length).toBe(
			[...html.matchAll(/<h2>/g)].length
		);
		// Not Word's Heading 1–6: those are the volume's own.
		expect(docx.xml).not.toMatch(/w:pStyle w:val="Heading\d"/);
		const level = (id: string) =>
			Number(
				new RegExp(`w:styleId="${id}"[\\s\\S]*?<w:outlineLvl w:val="(\\d)"/>`).exec(
					docx.styles
				)?.[1]
			);
		expect(level('DocHeading1')).toBe(DOCUMENT_TITLE_OUTLINE_LEVEL + 1);
		expect(level('DocHeading2')).toBe(DOCUMENT_TITLE_OUTLINE_LEVEL + 2);
	});

	it('prints the header block that opens the report without rules, centred, and the tables after it ruled', () => {
		const tables = [...docx.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
		expect(tables.length).toBeGreaterThan(1);
		expect(paragraphTexts(tables[0]!)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(tables[0]).not.toContain('w:val="single"');
		expect(tables[0]).toMatch(/<w:jc w:val="center"\/>[\s\S]*?UBND XÃ BÌNH THÀNH/);
		for (const table of tables.slice(1)) expect(table).toContain('<w:top w:val="single"');
	});

	it('keeps bold and italic runs and sets no font but Times New Roman', () => {
		expect(docx.xml).toMatch(
			/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">sau đây gọi tắt là Văn phòng<\/w:t>/
		);
		const fonts = new Set(
			[...(docx.xml + docx.styles).matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1])
		);
		expect([...fonts]).toEqual(['Times New Roman']);
		for (const id of CONTENT_HEADING_STYLES) expect(docx.styles).toContain(`w:styleId="${id}"`);
	});
});

describe('a tham luận with a table of figures (read by the app)', () => {
	it('becomes a ruled table with its header row repeated on each page', async () => {
		const bytes = await buildSpeechDocx(
			{
				issuerLines: ['BCH ĐOÀN XÃ BÌNH THÀNH'],
				title: 'Chuyển đổi số ở thôn',
				parts: [
					{
						heading: '1. Kết quả',
						paragraphs: ['Đã có **1.250** tài khoản.'],
						table: {
							header: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
							rows: [['Tài khoản định danh', '1.000', '1.250']]
						}
					}
				],
				signer: { title: 'BÍ THƯ', name: 'Lê Văn Bình' }
			},
			new Date('2026-04-20T08:00:00+07:00')
		);
		const { html } = await extractDocument({ kind: 'docx', bytes });
		expect(html).toContain('<thead>');
		const { xml } = await converted(html);
		const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
		const figures = tables.find((t) => t.includes('Tài khoản định danh'))!;
		const rows = [...figures.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
		expect(rows[0]).toContain('<w:tblHeader/>');
		expect(paragraphTexts(rows[0]!)).toEqual(['Chỉ tiêu', 'Kế hoạch', 'Thực hiện']);
		expect(paragraphTexts(rows[1]!)).toEqual(['Tài khoản định danh', '1.000', '1.250']);
		expect(figures).toMatch(/<w:top w:val="single"/);
		expect(figures).toContain('<w:tblW w:type="pct" w:w="100%"/>');
	});
});

describe('what the allow-list lets through', () => {
	it('numbers nested lists, each level its own, and bullets the unordered ones', async () => {
		const { xml, numbering } = await converted(
			'<ol><li>Một<ul><li>Ý a</li><li>Ý b</li></ul></li><li>Hai</li></ol>'
		);
		const items = [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
			.map((p) => ({
				text: paragraphTexts(p[0]).join(''),
				level: /<w:ilvl w:val="(\d)"\/>/.exec(p[0])?.[1]
			}))
			.filter((p) => p.text);
		expect(items).toEqual([
			{ text: 'Một', level: '0' },
			{ text: 'Ý a', level: '1' },
			{ text: 'Ý b', level: '1' },
			{ text: 'Hai', level: '0' }
		]);
		expect(numbering).toMatch(
			/<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/>/
		);
		expect(numbering).toMatch(
			/<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/><w:numFmt w:val="bullet"\/>/
		);
	});

	it('keeps underline, superscript, line breaks, colspan and links (as hyperlinks to the same address)', async () => {
		const { xml, rels } = await converted(
			'<p><u>gạch</u> m<sup>2</sup><br />dòng sau <a href="https://dichvucong.gov.vn/" rel="noopener noreferrer" target="_blank">Cổng dịch vụ công</a></p>' +
				'<table><tr><th colspan="2">Gộp hai cột</th></tr><tr><td>a</td><td>b</td></tr></table>'
		);
		expect(xml).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">gạch/);
		expect(xml).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">2/);
		expect(xml).toMatch(/<w:br\/><w:t xml:space="preserve">dòng sau/);
		expect(xml).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*?Gộp hai cột/);
		const link = /<w:hyperlink [^>]*r:id="([^"]+)"[\s\S]*?Cổng dịch vụ công/.exec(xml);
		expect(link).not.toBeNull();
		expect(rels).toContain(`Id="${link![1]}"`);
		expect(rels).toMatch(/Target="https:\/\/dichvucong\.gov\.vn\/" TargetMode="External"/);
	});

	it('keeps the text of broken or unexpected markup', async () => {
		const { xml } = await converted(
			'<p>Mở <strong>đầu<table><tr><td>ô lạc</p></li></ul>tiếp &amp; cuối <h6>Mục sâu</h6><blink>nhấp nháy</blink><p>kết'
		);
		// paragraphTexts reads the XML as written: &amp; is its &.
		const text = paragraphTexts(xml).join(' ').replaceAll('&amp;', '&');
		for (const piece of ['Mở', 'đầu', 'ô lạc', 'tiếp & cuối', 'Mục sâu', 'nhấp nháy', 'kết'])
			expect(text).toContain(piece);
		expect(htmlToDocx('')).toEqual([]);
	});

	it('has a plain-text fallback that keeps each block and decodes entities', () => {
		expect(
			plainParagraphs(
				'<h1>Tiêu đề</h1><p>Một &amp; hai&nbsp;ba<br>bốn &#7889;</p><table><tr><td>ô</td><td>cột</td></tr></table><p>dở <b'
			)
		).toEqual(['Tiêu đề', 'Một & hai ba', 'bốn ố', 'ô cột', 'dở']);
	});
});
