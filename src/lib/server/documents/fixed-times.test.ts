import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyParagraph, nd30Document, nd30Section, packDocx } from './nd30';
import { withFixedTimes } from './fixed-times';

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

const docx = () => packDocx(nd30Document([nd30Section([bodyParagraph('Báo cáo sơ kết 01 năm')])], 'Báo cáo'));
async function xlsx() {
	const workbook = new ExcelJS.Workbook();
	workbook.addWorksheet('Dữ liệu').addRow(['Họ và tên', 'Nguyễn Văn An']);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

afterEach(() => vi.useRealTimers());

describe('withFixedTimes', () => {
	for (const [kind, build] of [
		['.docx', docx],
		['.xlsx', xlsx]
	] as const) {
		it(`makes a ${kind} built at two different times the same bytes, contents kept`, async () => {
			const early = await madeAt('2026-04-20T08:00:00Z', build);
			const late = await madeAt('2026-05-03T15:27:41Z', build);
			expect(Buffer.compare(early, late)).not.toBe(0);

			const [a, b] = await Promise.all([withFixedTimes(early, AT), withFixedTimes(late, AT)]);
			expect(Buffer.compare(a, b)).toBe(0);

			const original = await JSZip.loadAsync(early);
			const fixed = await JSZip.loadAsync(a);
			const names = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
			expect(names(fixed)).toEqual(names(original));
			for (const name of names(original).filter((n) => n !== 'docProps/core.xml')) {
				expect(await fixed.file(name)!.async('string'), name).toBe(await original.file(name)!.async('string'));
			}
			const core = await fixed.file('docProps/core.xml')!.async('string');
			expect(core).toMatch(/<dcterms:created[^>]*>2026-04-24T01:00:00Z<\/dcterms:created>/);
			expect(core).toMatch(/<dcterms:modified[^>]*>2026-04-24T01:00:00Z<\/dcterms:modified>/);
			for (const f of Object.values(fixed.files)) expect(f.date.getTime(), f.name).toBe(AT.getTime());
		});
	}
});
