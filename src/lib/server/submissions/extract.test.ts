import { describe, expect, it } from 'vitest';
import {
	docxOfPages,
	PDF_SENTENCE,
	pdfOfPages,
	REPORT_SENTENCE,
	scannedPdf
} from '../../../../tests/fixtures/documents.js';
import { extractDocument, runningExtractions } from './extract';

describe('extractDocument: the text of a report, read in a worker', () => {
	it('reads a .docx into headings, lists, tables and emphasis, and its plain text', async () => {
		const { status, html, text } = await extractDocument({
			kind: 'docx',
			bytes: await docxOfPages(2)
		});
		expect(status).toBe('text');
		expect(html).toContain(
			'<h1>Phần 1. Kết quả thực hiện</h1><h2>1.1. Công tác lãnh đạo, chỉ đạo</h2>'
		);
		expect(html).toContain('<h1>Phần 2. Kết quả thực hiện</h1>');
		expect(html).toContain('<p><strong>Nội dung chính: </strong><em>trang 1 của báo cáo.</em></p>');
		expect(html).toContain(
			'<ul><li>Quyết định số 01/QĐ-VP</li><li>Thông báo số 03/TB-VP</li></ul>'
		);
		expect(html).toMatch(/<table><tr><td><p>Chỉ tiêu<\/p><\/td><td><p>Kết quả<\/p><\/td><\/tr>/);
		expect(text).toContain(`${REPORT_SENTENCE} (Trang 2, đoạn 6.)`);
		expect(text).not.toContain('<');
		expect(runningExtractions()).toBe(0);
	});

	it('reads a PDF page by page into paragraphs', async () => {
		const { status, html, text } = await extractDocument({
			kind: 'pdf',
			bytes: pdfOfPages(3, { linesPerPage: 4 })
		});
		expect(status).toBe('text');
		expect(html.match(/<section>/g)).toHaveLength(3);
		expect(html).toContain(`<section><p>Trang 2: Ket qua thuc hien.</p><p>1) ${PDF_SENTENCE}</p>`);
		expect(text.split('\n\n')).toHaveLength(3 * 5);
		expect(text).toContain(`4) ${PDF_SENTENCE}`);
	});

	it('marks a PDF with pictures and no text layer as scanned, with no text', async () => {
		expect(await extractDocument({ kind: 'pdf', bytes: scannedPdf(3) })).toEqual({
			status: 'scanned',
			text: '',
			html: ''
		});
	});

	it('gives failed, not a throw, for bytes the reader cannot open', async () => {
		const broken = pdfOfPages(1);
		broken.fill(0x20, 20, broken.byteLength - 40);
		expect(await extractDocument({ kind: 'pdf', bytes: broken })).toEqual({
			status: 'failed',
			text: '',
			html: ''
		});
		expect(
			await extractDocument({ kind: 'docx', bytes: new TextEncoder().encode('PK not a zip') })
		).toEqual({ status: 'failed', text: '', html: '' });
		expect(runningExtractions()).toBe(0);
	});

	it('gives failed when the time limit passes, and the worker is gone', async () => {
		const started = performance.now();
		const pending = extractDocument(
			{ kind: 'pdf', bytes: pdfOfPages(60) },
			{ timeoutMs: 50, maxMemoryMb: 512 }
		);
		await new Promise((r) => setTimeout(r, 10));
		expect(runningExtractions()).toBe(1);
		expect(await pending).toEqual({ status: 'failed', text: '', html: '' });
		expect(performance.now() - started).toBeLessThan(1500);
		expect(runningExtractions()).toBe(0);
		// And the next file reads as usual.
		expect((await extractDocument({ kind: 'pdf', bytes: pdfOfPages(1) })).status).toBe('text');
	});

	it('gives failed when the worker runs out of memory, and this process carries on', async () => {
		expect(
			await extractDocument(
				{ kind: 'docx', bytes: await docxOfPages(60) },
				{ timeoutMs: 20_000, maxMemoryMb: 4 }
			)
		).toEqual({
			status: 'failed',
			text: '',
			html: ''
		});
		expect(runningExtractions()).toBe(0);
	});
});
