// The door for an uploaded report or tham luận: reads the request's body within the size limit,
// hashes it on the way, decides from the bytes whether it is a whole .docx or .pdf, and reads its
// text off the request's thread. Nothing is stored here: store.ts records what intake accepted.
import { createHash } from 'node:crypto';
import type { FileKind } from '$lib/domain/documents';
import { config } from '../config';
import { REFUSALS, sniffDocument, UploadRefused } from './sniff';

export { UploadRefused } from './sniff';
export { extractDocument, type Extracted } from './extract';

export interface AcceptedFile {
	fileName: string;
	kind: FileKind;
	bytes: Uint8Array;
	size: number;
	sha256: string;
}

/** 20 MB unless HOINGHI_UPLOAD_MAX_MB. */
export function uploadLimitBytes(): number {
	return Math.round(config.uploadMaxMb * 1024 * 1024);
}

/**
 * The body's bytes, refused with 413 as soon as they pass maxBytes: the rest is never read (the
 * stream is cancelled), and what was read is kept once, as chunks joined at the end.
 */
export async function readBodyWithin(
	body: ReadableStream<Uint8Array> | null,
	maxBytes: number
): Promise<{ bytes: Uint8Array; sha256: string }> {
	const hash = createHash('sha256');
	const chunks: Uint8Array[] = [];
	let size = 0;
	if (body) {
		const reader = body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > maxBytes) {
				await reader.cancel().catch(() => {});
				throw new UploadRefused(413, REFUSALS.tooLarge(maxBytes));
			}
			hash.update(value);
			chunks.push(value);
		}
	}
	// One copy into a buffer of its own (not Node's shared pool), so bytes.buffer is the file alone.
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return { bytes, sha256: hash.digest('hex') };
}

const NAME_MAX = 200;

/**
 * The name to keep and show: the sender's last path segment without control characters, cut to a
 * length the pages can show; the kind's extension when nothing usable is left.
 */
export function cleanFileName(fileName: string, kind: FileKind): string {
	const last = fileName.split(/[/\\]/).pop() ?? '';
	const clean = last
		// eslint-disable-next-line no-control-regex -- naming the control characters is the point
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.trim()
		.normalize('NFC');
	if (!clean || clean === '.' || clean === '..') return `tai-lieu.${kind}`;
	if (clean.length <= NAME_MAX) return clean;
	// Cut the name, not its extension.
	const ext = /\.[^.]{1,10}$/.exec(clean)?.[0] ?? '';
	return clean.slice(0, NAME_MAX - ext.length) + ext;
}

/** Reads a streamed body up to the limit (refusing as soon as it passes, before keeping more), hashing as it streams; type from the content. */
export async function acceptUpload(
	body: ReadableStream<Uint8Array> | null,
	fileName: string,
	maxBytes: number = uploadLimitBytes()
): Promise<AcceptedFile> {
	const { bytes, sha256 } = await readBodyWithin(body, maxBytes);
	const kind = await sniffDocument(bytes);
	return { fileName: cleanFileName(fileName, kind), kind, bytes, size: bytes.byteLength, sha256 };
}
