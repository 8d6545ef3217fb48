import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { docxOfPages, pdfOfPages, renamedExe } from '../../../../tests/fixtures/documents.js';
import { acceptUpload, cleanFileName, UploadRefused, uploadLimitBytes } from './intake';

const MiB = 1024 * 1024;

/** A body that hands out `total` bytes in `chunk`-sized pieces on demand, counting what was pulled. */
function countingBody(total: number, chunk = 64 * 1024, first?: Uint8Array) {
	const counter = { pulled: 0, cancelled: false };
	const body = new ReadableStream<Uint8Array>(
		{
			pull(controller) {
				if (counter.pulled >= total) return controller.close();
				const size = Math.min(chunk, total - counter.pulled);
				const piece = new Uint8Array(size);
				if (first && counter.pulled === 0) piece.set(first.subarray(0, size));
				counter.pulled += size;
				controller.enqueue(piece);
			},
			cancel() {
				counter.cancelled = true;
			}
		},
		{ highWaterMark: 0 }
	);
	return { body, counter };
}

/** A body streaming the bytes in small pieces, as a slow phone's upload arrives. */
const streamOf = (bytes: Uint8Array, chunk = 16 * 1024) =>
	new ReadableStream<Uint8Array>({
		start(controller) {
			for (let at = 0; at < bytes.byteLength; at += chunk)
				controller.enqueue(bytes.slice(at, at + chunk));
			controller.close();
		}
	});

afterEach(() => {
	delete process.env.HOINGHI_UPLOAD_MAX_MB;
});

describe('acceptUpload', () => {
	it('accepts a streamed .docx and PDF by their content, whatever their names, with size and sha256', async () => {
		const docx = await docxOfPages(2);
		const accepted = await acceptUpload(streamOf(docx), 'Báo cáo Văn phòng.pdf');
		expect(accepted).toEqual({
			fileName: 'Báo cáo Văn phòng.pdf',
			kind: 'docx',
			bytes: docx,
			size: docx.byteLength,
			sha256: createHash('sha256').update(docx).digest('hex')
		});
		const pdf = pdfOfPages(2);
		expect((await acceptUpload(streamOf(pdf), 'scan')).kind).toBe('pdf');
	});

	it('refuses a body over the limit with 413 as soon as it passes, reading little more than the limit', async () => {
		const limit = 2 * MiB;
		const { body, counter } = countingBody(50 * MiB);
		const error = await acceptUpload(body, 'lon.pdf', limit).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UploadRefused);
		expect((error as UploadRefused).status).toBe(413);
		expect((error as UploadRefused).message).toBe(
			'Tệp lớn hơn 2 MB. Vui lòng nén ảnh trong tài liệu hoặc chia thành nhiều tệp.'
		);
		expect(counter.pulled).toBeGreaterThan(limit);
		expect(counter.pulled).toBeLessThanOrEqual(limit + 64 * 1024);
		expect(counter.cancelled).toBe(true);
	});

	it('takes a file of exactly the limit', async () => {
		const pdf = pdfOfPages(1);
		expect((await acceptUpload(streamOf(pdf), 'a.pdf', pdf.byteLength)).size).toBe(pdf.byteLength);
	});

	it('refuses no body or an empty one (400), and a renamed program (415) from its bytes', async () => {
		for (const body of [null, streamOf(new Uint8Array(0))]) {
			const error = (await acceptUpload(body, 'bao-cao.docx').catch(
				(e: unknown) => e
			)) as UploadRefused;
			expect([error.status, error.message]).toEqual([
				400,
				'Tệp rỗng, không có nội dung. Vui lòng chọn lại tệp báo cáo.'
			]);
		}
		const exe = (await acceptUpload(streamOf(renamedExe()), 'bao-cao.docx').catch(
			(e: unknown) => e
		)) as UploadRefused;
		expect(exe.status).toBe(415);
	});

	it('reads the limit from HOINGHI_UPLOAD_MAX_MB, 20 MB without it', async () => {
		expect(uploadLimitBytes()).toBe(20 * MiB);
		process.env.HOINGHI_UPLOAD_MAX_MB = '1';
		expect(uploadLimitBytes()).toBe(MiB);
		const { body } = countingBody(3 * MiB);
		const error = (await acceptUpload(body, 'x.pdf').catch((e: unknown) => e)) as UploadRefused;
		expect([error.status, error.message]).toEqual([
			413,
			'Tệp lớn hơn 1 MB. Vui lòng nén ảnh trong tài liệu hoặc chia thành nhiều tệp.'
		]);
		process.env.HOINGHI_UPLOAD_MAX_MB = 'nhiều';
		expect(uploadLimitBytes()).toBe(20 * MiB);
	});
});

describe('cleanFileName', () => {
	it('keeps the last path segment without control characters, or names the file by its kind', () => {
		expect(cleanFileName('C:\\Users\\VP\\Desktop\\Báo cáo.docx', 'docx')).toBe('Báo cáo.docx');
		expect(cleanFileName('../../etc/passwd', 'pdf')).toBe('passwd');
		expect(cleanFileName('bao\u0000cao\n.pdf', 'pdf')).toBe('baocao.pdf');
		expect(cleanFileName('  ', 'pdf')).toBe('tai-lieu.pdf');
		expect(cleanFileName('..', 'docx')).toBe('tai-lieu.docx');
		expect(cleanFileName(`${'a'.repeat(300)}.docx`, 'docx')).toBe(`${'a'.repeat(195)}.docx`);
	});
});
