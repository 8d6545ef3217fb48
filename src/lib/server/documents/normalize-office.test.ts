import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Bookmark, ExternalHyperlink, ImageRun, InternalHyperlink, Paragraph, TextRun } from 'docx';
import QRCode from 'qrcode';
import { bodyParagraph, nd30Document, nd30Section, packDocx } from './nd30';
import { normalizeOffice } from './normalize-office';

const AT = new Date('2026-04-24T01:00:00Z');

/** What a builder makes when the clock reads `now`. */
async function madeAt<T>(now: string, build: () => Promise<T>): Promise<T> {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(now));
	try {
		return await build();
	} finally {
		vi.useRealTimers();
	}
}

const docx = () =>
	packDocx(nd30Document([nd30Section([bodyParagraph('Báo cáo sơ kết 01 năm')])], 'Báo cáo'));
async function xlsx() {
	const workbook = new ExcelJS.Workbook();
	workbook.addWorksheet('Dữ liệu').addRow(['Họ và tên', 'Nguyễn Văn An']);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

afterEach(() => vi.useRealTimers());

describe('normalizeOffice', () => {
	for (const [kind, build] of [
		['.docx', docx],
		['.xlsx', xlsx]
	] as const) {
		it(`makes a ${kind} built at two different times the same bytes, contents kept`, async () => {
			const early = await madeAt('2026-04-20T08:00:00Z', build);
			const late = await madeAt('2026-05-03T15:27:41Z', build);
			expect(Buffer.compare(early, late)).not.toBe(0);

			const [a, b] = await Promise.all([normalizeOffice(early, AT), normalizeOffice(late, AT)]);
			expect(Buffer.compare(a, b)).toBe(0);

			const original = await JSZip.loadAsync(early);
			const fixed = await JSZip.loadAsync(a);
			const names = (zip: JSZip) =>
				Object.values(zip.files)
					.filter((f) => !f.dir)
					.map((f) => f.name);
			expect(names(fixed)).toEqual(names(original));
			for (const name of names(original).filter((n) => n !== 'docProps/core.xml')) {
				expect(await fixed.file(name)!.async('string'), name).toBe(
					await original.file(name)!.async('string')
				);
			}
			const core = await fixed.file('docProps/core.xml')!.async('string');
			expect(core).toMatch(/<dcterms:created[^>]*>2026-04-24T01:00:00Z<\/dcterms:created>/);
			expect(core).toMatch(/<dcterms:modified[^>]*>2026-04-24T01:00:00Z<\/dcterms:modified>/);
			for (const f of Object.values(fixed.files))
				expect(f.date.getTime(), f.name).toBe(AT.getTime());
		});
	}
});

/** A document with what docx numbers per process or at random: a picture, a web link, a bookmark. */
async function linkedDocx() {
	const qr = await QRCode.toBuffer('http://127.0.0.1/d/abc', { width: 120 });
	return packDocx(
		nd30Document([
			nd30Section([
				new Paragraph({
					children: [new Bookmark({ id: 'phan-1', children: [new TextRun('I. Báo cáo')] })]
				}),
				new Paragraph({
					children: [
						new ImageRun({ type: 'png', data: qr, transformation: { width: 60, height: 60 } })
					]
				}),
				new Paragraph({
					children: [
						new ExternalHyperlink({
							link: 'http://127.0.0.1/f/7/token',
							children: [new TextRun('Bản gốc')]
						})
					]
				}),
				new Paragraph({
					children: [
						new InternalHyperlink({ anchor: 'phan-1', children: [new TextRun('Về mục I')] })
					]
				})
			])
		])
	);
}

describe('normalizeOffice and the ids docx makes', () => {
	it('makes two builds in one process the same bytes, every link still pointing where it did', async () => {
		const first = await linkedDocx();
		const second = await linkedDocx();
		const xml = async (bytes: Uint8Array, name: string) =>
			(await JSZip.loadAsync(bytes)).file(name)!.async('string');
		expect(await xml(second, 'word/document.xml')).not.toBe(await xml(first, 'word/document.xml'));

		const [a, b] = await Promise.all([normalizeOffice(first, AT), normalizeOffice(second, AT)]);
		expect(Buffer.compare(a, b)).toBe(0);

		const doc = await xml(a, 'word/document.xml');
		const rels = await xml(a, 'word/_rels/document.xml.rels');
		const target = (id: string) =>
			new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*\\bTarget="([^"]*)"`).exec(rels)?.[1] ??
			new RegExp(`<Relationship\\b[^>]*\\bTarget="([^"]*)"[^>]*\\bId="${id}"`).exec(rels)?.[1];
		const link = /<w:hyperlink\b[^>]*\br:id="([^"]+)"/.exec(doc)![1]!;
		expect(target(link)).toBe('http://127.0.0.1/f/7/token');
		const picture = /<a:blip\b[^>]*\br:embed="([^"]+)"/.exec(doc)![1]!;
		expect(target(picture)).toMatch(/^media\/.+\.png$/);
		expect(doc).toMatch(/<wp:docPr\b[^>]*\bid="1"/);
		const start = /<w:bookmarkStart\b[^>]*\bw:id="(\d+)"/.exec(doc)![1];
		expect(/<w:bookmarkEnd\b[^>]*\bw:id="(\d+)"/.exec(doc)![1]).toBe(start);
		expect(doc).toContain('w:anchor="phan-1"');
	});
});
