// What the units are asked to send (document requests) and what the app read from a file. Shared
// by the server and the pages; the words the pages show live here too, once.

export const DOCUMENT_KINDS = ['report', 'speech', 'synthesis', 'plan', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
	report: 'Báo cáo',
	speech: 'Tham luận',
	synthesis: 'Báo cáo tổng hợp',
	plan: 'Kế hoạch',
	other: 'Khác'
};

/** The file types a unit may send, decided from the content (src/lib/server/submissions). */
export const FILE_KINDS = ['docx', 'pdf'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * What became of the text of a version: read (`text`), a scanned PDF with no text layer
 * (`scanned`: "Bản quét — không trích được chữ"), or the reader gave up (`failed`: time or memory
 * limit, a file it could not read although it looked whole).
 */
export const EXTRACTION_STATUSES = ['text', 'scanned', 'failed'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];
