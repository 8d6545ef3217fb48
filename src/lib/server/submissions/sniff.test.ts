import { describe, expect, it } from 'vitest';
import {
	cfbFile,
	docxOfPages,
	encryptedDocx,
	encryptedPdf,
	lyingZipBombDocx,
	oldWordDoc,
	pdfOfPages,
	renamedExe,
	scannedPdf,
	truncatedDocx,
	truncatedPdf,
	xlsxFile,
	zipBombDocx
} from '../../../../tests/fixtures/documents.js';
import { deflated, zip } from '../../../../tests/fixtures/zip.js';
import { REFUSALS, sniffDocument, UploadRefused } from './sniff';

async function refusal(bytes: Uint8Array): Promise<UploadRefused> {
	const error = await sniffDocument(bytes).then(
		(kind) => new Error(`accepted as ${kind}`),
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(UploadRefused);
	return error as UploadRefused;
}

describe('sniffDocument: the kind from the bytes', () => {
	it('takes a real .docx and real PDFs, with or without a text layer', async () => {
		expect(await sniffDocument(await docxOfPages(3))).toBe('docx');
		expect(await sniffDocument(pdfOfPages(3))).toBe('pdf');
		expect(await sniffDocument(scannedPdf(2))).toBe('pdf');
	});

	it('refuses an empty file (400)', async () => {
		const r = await refusal(new Uint8Array(0));
		expect([r.status, r.message]).toEqual([400, REFUSALS.empty]);
	});

	it('refuses an old Word .doc, asking for .docx or .pdf (400)', async () => {
		const r = await refusal(oldWordDoc());
		expect(r.status).toBe(400);
		expect(r.message).toBe(
			'Đây là tệp Word đời cũ (.doc). Vui lòng mở bằng Word, chọn Lưu thành (Save As) dạng .docx hoặc .pdf rồi gửi lại.'
		);
	});

	it('refuses a password-protected .docx and an encrypted PDF (400)', async () => {
		for (const bytes of [encryptedDocx(), encryptedPdf()]) {
			const r = await refusal(bytes);
			expect([r.status, r.message]).toEqual([
				400,
				'Tệp bị đặt mật khẩu nên không đọc được. Vui lòng bỏ mật khẩu rồi gửi lại.'
			]);
		}
	});

	it('refuses a renamed .exe, an Excel workbook, a plain zip and text, naming what they are (415)', async () => {
		const exe = await refusal(renamedExe());
		expect([exe.status, exe.message]).toEqual([
			415,
			'Chỉ nhận tệp .docx hoặc .pdf. Tệp này là một chương trình máy tính (.exe). Vui lòng lưu lại dưới dạng .docx hoặc .pdf rồi gửi lại.'
		]);
		const xlsx = await refusal(await xlsxFile());
		expect([xlsx.status, xlsx.message]).toEqual([
			415,
			expect.stringContaining('Tệp này là một bảng tính Excel (.xlsx).')
		]);
		const plainZip = await refusal(zip([deflated('anh.txt', Buffer.from('xin chào'))]));
		expect([plainZip.status, plainZip.message]).toEqual([
			415,
			expect.stringContaining('Tệp này là một tệp nén (.zip).')
		]);
		const text = await refusal(Buffer.from('BÁO CÁO sơ kết\nVăn phòng HĐND và UBND xã'));
		expect([text.status, text.message]).toEqual([
			415,
			expect.stringContaining('Tệp này là một loại tệp không nhận ra được.')
		]);
		const oldExcel = await refusal(cfbFile({ Workbook: Buffer.alloc(4096) }));
		expect([oldExcel.status, oldExcel.message]).toEqual([
			415,
			expect.stringContaining('tệp Office đời cũ')
		]);
	});

	it('refuses a .docx and a PDF cut short (400)', async () => {
		for (const bytes of [await truncatedDocx(), truncatedPdf()]) {
			const r = await refusal(bytes);
			expect([r.status, r.message]).toEqual([400, REFUSALS.corrupt]);
		}
	});

	it('refuses a zip bomb dressed as a .docx, honest or lying about its size, without unpacking it (400)', async () => {
		const honest = zipBombDocx();
		expect(honest.byteLength).toBeLessThan(2 * 1024 * 1024);
		const started = performance.now();
		const r = await refusal(honest);
		expect(r.status).toBe(400);
		expect(r.message).toBe(
			'Tệp Word này bung ra quá lớn (1.024 MB) — có thể đã hỏng. Vui lòng mở bằng Word và lưu lại dưới dạng .docx hoặc .pdf rồi gửi lại.'
		);
		const liar = await refusal(lyingZipBombDocx());
		expect(liar.status).toBe(400);
		expect(liar.message).toContain(
			'Tệp Word này bung ra lớn hơn kích thước ghi bên trong (“word/document.xml” ghi 4 KB)'
		);
		// Inflating 1 GiB would take seconds; the caps stop both long before.
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
