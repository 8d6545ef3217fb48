// What the upload form says in the browser, before and after a file is sent: the checks it can
// make on a chosen file (the server checks the content again) and the receipt's words.
import type { ExtractionStatus } from './documents';
import { formatMomentInText, receiptCode } from './submissions';

/** The receipt both upload endpoints answer (`{ receipt }`): the stored version without its bytes. */
export interface UploadReceipt {
	submissionId: number;
	version: number;
	/** False when the same file had been sent before: no new version. */
	created: boolean;
	late: boolean;
	/** ISO time. */
	submittedAt: string;
	sha256: string;
	size: number;
	fileName: string;
	extraction: ExtractionStatus;
	/** The text as the app read it, sanitised HTML. */
	html: string;
	code: string;
}

export const ACCEPTED_EXTENSIONS = '.docx,.pdf';
export const WRONG_KIND_MESSAGE =
	'Chỉ nhận tệp .docx hoặc .pdf. Vui lòng lưu lại dưới dạng .docx hoặc .pdf rồi gửi.';

/** "Tệp lớn hơn 20 MB…": the words for a file over the limit, in the browser and in the answer of a 413. */
export function tooLargeMessage(maxBytes: number): string {
	const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
	return `Tệp lớn hơn ${mb.toLocaleString('vi-VN')} MB. Vui lòng nén ảnh trong tài liệu hoặc chia thành nhiều tệp.`;
}

/** An empty file, seen by the browser or by the server. */
export const EMPTY_FILE_MESSAGE = 'Tệp rỗng, không có nội dung. Vui lòng chọn lại tệp báo cáo.';

/** What is wrong with a chosen file that the browser can already see, or null. */
export function chosenFileProblem(
	file: { name: string; size: number },
	maxBytes: number
): string | null {
	if (!/\.(docx|pdf)$/i.test(file.name)) return WRONG_KIND_MESSAGE;
	if (file.size === 0) return EMPTY_FILE_MESSAGE;
	if (file.size > maxBytes) return tooLargeMessage(maxBytes);
	return null;
}

/** "Đã nhận lúc 16:05 ngày 21/4/2026 · mã 3F9A2C". */
export function receiptLine(receipt: Pick<UploadReceipt, 'submittedAt' | 'sha256'>): string {
	return `Đã nhận lúc ${formatMomentInText(new Date(receipt.submittedAt))} · mã ${receiptCode(receipt.sha256)}`;
}

/** Said when the same file comes again. */
export function sameFileText(version: number): string {
	return `Tệp này đã được gửi trước đó (bản ${version}), không tạo bản mới.`;
}

/** What a page says instead of the text when none could be read. */
export const EXTRACTION_NOTES: Record<Exclude<ExtractionStatus, 'text'>, string> = {
	scanned: 'Bản quét — không trích được chữ. Tệp đã được lưu nguyên vẹn.',
	failed: 'Không đọc được chữ trong tệp, nhưng tệp đã được lưu nguyên vẹn. Văn phòng sẽ mở tệp gốc.'
};
