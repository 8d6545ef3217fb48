import { describe, expect, it } from 'vitest';
import {
	chosenFileProblem,
	receiptLine,
	sameFileText,
	tooLargeMessage,
	WRONG_KIND_MESSAGE
} from './upload';

const MB = 1024 * 1024;

describe('the upload form in the browser', () => {
	it('takes a .docx or .pdf under the limit, whatever the case of its extension', () => {
		expect(chosenFileProblem({ name: 'Bao cao.DOCX', size: 5 * MB }, 20 * MB)).toBeNull();
		expect(chosenFileProblem({ name: 'tham-luan.pdf', size: 20 * MB }, 20 * MB)).toBeNull();
	});

	it('says what to do for an old .doc, another kind, an empty file or one over the limit', () => {
		expect(chosenFileProblem({ name: 'bao-cao.doc', size: 100 }, 20 * MB)).toBe(WRONG_KIND_MESSAGE);
		expect(chosenFileProblem({ name: 'anh.jpg', size: 100 }, 20 * MB)).toBe(WRONG_KIND_MESSAGE);
		expect(chosenFileProblem({ name: 'a.docx', size: 0 }, 20 * MB)).toMatch(/^Tệp rỗng/);
		expect(chosenFileProblem({ name: 'a.pdf', size: 20 * MB + 1 }, 20 * MB)).toBe(
			tooLargeMessage(20 * MB)
		);
		expect(tooLargeMessage(20 * MB)).toMatch(/^Tệp lớn hơn 20 MB\./);
	});

	it('words the receipt in Vietnam time with the code from the sha256', () => {
		expect(
			receiptLine({ submittedAt: '2026-04-21T09:05:00.000Z', sha256: '3f9a2c' + '0'.repeat(58) })
		).toBe('Đã nhận lúc 16:05 ngày 21/4/2026 · mã 3F9A2C');
		expect(sameFileText(2)).toBe('Tệp này đã được gửi trước đó (bản 2), không tạo bản mới.');
	});
});
