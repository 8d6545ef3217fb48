import { foldVietnamese } from '$lib/domain/vietnamese';
import { noStore } from './headers';

export const MIME = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8',
	pdf: 'application/pdf'
} as const;

/**
 * Content-Disposition for a file name with Vietnamese letters: an ASCII fallback for old
 * clients and the exact name in RFC 5987 `filename*`.
 */
export function contentDisposition(fileName: string): string {
	const ascii = foldVietnamese(fileName)
		.replace(/[^a-z0-9._-]+/gi, '-')
		.replace(/-+/g, '-');
	const encoded = encodeURIComponent(fileName.normalize('NFC')).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file kept in the database, as a download route answers it with fileResponse(). */
export interface StoredFile {
	fileName: string;
	type: string;
	bytes: Uint8Array;
}

export function fileResponse(body: Uint8Array | string, fileName: string, type: string): Response {
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'content-type': type,
			'content-disposition': contentDisposition(fileName),
			...noStore
		}
	});
}
