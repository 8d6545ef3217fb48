// The kỷ yếu as LibreOffice prints it: its contents' page numbers against the pages their headings
// land on. It runs soffice and pdftotext (scripts/test-prerequisites.js installs them), so it has a
// file of its own, which CI runs once, with the whole suite (.ci/run).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProceedingsDocx } from './proceedings';
import { partHeading } from './proceedings-contents';
import { longReportHtml, volumeDocument, volumeFixture } from './test-fixtures';

const run = promisify(execFile);

/** A .docx as LibreOffice prints it: the text of each page of the PDF, laid out. */
async function printedPages(docx: Buffer): Promise<string[]> {
	const dir = await mkdtemp(join(tmpdir(), 'ky-yeu-'));
	try {
		const file = join(dir, 'ky-yeu.docx');
		await writeFile(file, docx);
		// Its own profile and HOME: runs side by side do not share (and lock) one.
		await run(
			'soffice',
			[
				`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
				'--headless',
				'--convert-to',
				'pdf',
				'--outdir',
				dir,
				file
			],
			{
				env: { ...process.env, HOME: dir },
				timeout: 150_000
			}
		);
		const { stdout } = await run('pdftotext', ['-layout', join(dir, 'ky-yeu.pdf'), '-'], {
			maxBuffer: 64 * 1024 * 1024
		});
		return stdout.split('\f').slice(0, -1);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

const lines = (page: string) =>
	page
		.split('\n')
		.map((l) => l.replace(/\s+/g, ' ').trim())
		.filter(Boolean);

describe('the contents as LibreOffice prints the volume', () => {
	// Reports of several pages each, so a wrong count shows.
	const reports = [
		volumeDocument(11, {
			kind: 'synthesis',
			title: 'Báo cáo tổng hợp',
			unitName: 'UBND xã',
			content: { kind: 'html', html: longReportHtml(4, 'Tổng hợp') }
		}),
		volumeDocument(12, {
			title: 'Báo cáo Công an xã',
			unitName: 'Công an xã',
			content: { kind: 'html', html: longReportHtml(3, 'Công an') }
		}),
		volumeDocument(13, {
			title: 'Báo cáo Trạm Y tế',
			unitName: 'Trạm Y tế',
			content: { kind: 'scanned' }
		}),
		volumeDocument(14, {
			title: 'Báo cáo Văn phòng',
			unitName: 'Văn phòng',
			content: { kind: 'html', html: longReportHtml(2, 'Văn phòng') }
		})
	];
	const volume = volumeFixture({ reports });
	let pages: string[];
	beforeAll(async () => {
		pages = (await printedPages(await buildProceedingsDocx(volume))).map((p) => p);
	}, 180_000);

	it('prints no number on the cover and the title page, then each page its own number at the top', () => {
		expect(pages.length).toBeGreaterThan(15);
		expect(lines(pages[0]!)[0]).toBe('ỦY BAN NHÂN DÂN');
		expect(lines(pages[1]!)[0]).toBe('ỦY BAN NHÂN DÂN');
		pages
			.slice(2)
			.forEach((page, i) => expect(lines(page)[0], `page ${i + 3}`).toBe(String(i + 3)));
	});

	it('gives each entry of the contents the number of the page its heading is printed on', () => {
		const entries = lines(pages[2]!)
			.map((l) => /^(.+?)\s*\.{4,}\s*(\d+)$/.exec(l))
			.filter((m) => m !== null)
			.map((m) => ({ text: m[1]!, page: Number(m[2]) }));
		const expected = volume.parts.flatMap((p) => [
			{ text: partHeading(p), heading: partHeading(p) },
			...('documents' in p
				? p.documents.map((d) => ({ text: `${d.title} — ${d.unitName}`, heading: d.title }))
				: [])
		]);
		expect(entries.map((e) => e.text)).toEqual(expected.map((e) => e.text));
		expected.forEach(({ heading }, i) => {
			const printedOn = pages.findIndex((page, p) => p > 2 && lines(page).includes(heading)) + 1;
			expect(entries[i]!.page, heading).toBe(printedOn);
		});
		// The long reports take several pages: the numbers are not just one apart.
		const pageOf = (text: string) => entries.find((e) => e.text.startsWith(text))!.page;
		expect(pageOf('Báo cáo Công an xã') - pageOf('Báo cáo tổng hợp')).toBeGreaterThanOrEqual(4);
	});
});
