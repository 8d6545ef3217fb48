// What an uploaded file really is, from its bytes (the name and the browser's type are the sender's
// word only). A unit's office machine sends whatever Word or a scanner produced: an old .doc, a
// password-protected copy, a file cut short by the network. Each gets its own message saying what
// to do; only a whole .docx or .pdf goes on to be stored and read.
import { fileTypeFromBuffer } from 'file-type';
import type { FileKind } from '$lib/domain/documents';
import { EMPTY_FILE_MESSAGE, tooLargeMessage } from '$lib/domain/upload';
import { AppError } from '../http/errors';
import {
	readZipDirectory,
	verifyZip,
	ZipRefusal,
	type ZipLimits,
	type ZipWording
} from '../zip-guard';

/** A refused upload: status 400 (empty, corrupt, encrypted, old .doc), 413 (over the limit), 415 (not .docx/.pdf); Vietnamese message saying what to do. */
export class UploadRefused extends AppError {
	constructor(
		readonly status: 400 | 413 | 415,
		message: string
	) {
		super(message);
	}
}

const RESEND = 'Vui lòng lưu lại dưới dạng .docx hoặc .pdf rồi gửi lại.';

export const REFUSALS = {
	empty: EMPTY_FILE_MESSAGE,
	oldWord:
		'Đây là tệp Word đời cũ (.doc). Vui lòng mở bằng Word, chọn Lưu thành (Save As) dạng .docx hoặc .pdf rồi gửi lại.',
	encrypted: 'Tệp bị đặt mật khẩu nên không đọc được. Vui lòng bỏ mật khẩu rồi gửi lại.',
	corrupt: 'Tệp bị hỏng, không mở được. Vui lòng lưu lại tệp rồi gửi lại.',
	/** The same words the upload form shows before sending (src/lib/domain/upload.ts). */
	tooLarge: tooLargeMessage,
	wrongType: (what: string) => `Chỉ nhận tệp .docx hoặc .pdf. Tệp này là ${what}. ${RESEND}`
} as const;

/** The words for the types a unit is likely to pick by mistake; any other is named by its extension. */
const TYPE_NAMES: Record<string, string> = {
	exe: 'một chương trình máy tính (.exe)',
	msi: 'một bộ cài đặt chương trình (.msi)',
	xlsx: 'một bảng tính Excel (.xlsx)',
	pptx: 'một bản trình chiếu PowerPoint (.pptx)',
	odt: 'một văn bản OpenOffice (.odt)',
	rtf: 'một văn bản RTF (.rtf)',
	zip: 'một tệp nén (.zip)',
	rar: 'một tệp nén (.rar)',
	'7z': 'một tệp nén (.7z)',
	jpg: 'một ảnh (.jpg)',
	png: 'một ảnh (.png)',
	heic: 'một ảnh chụp từ điện thoại (.heic)'
};

const describe = (ext: string | undefined) =>
	ext ? (TYPE_NAMES[ext] ?? `tệp .${ext}`) : 'một loại tệp không nhận ra được';

/**
 * A 60-page report unpacks to a few MB of XML; pictures are stored, not deflated, so they do not
 * count against the ratio. These bound what mammoth (which holds document.xml as a tree) is given.
 */
export const DOCX_LIMITS: ZipLimits = {
	maxEntries: 5000,
	maxEntryBytes: 32 * 1024 * 1024,
	maxTotalBytes: 128 * 1024 * 1024,
	maxRatio: 200,
	ratioFloorBytes: 1024 * 1024
};

const DOCX_WORDING: ZipWording = {
	subject: 'Tệp Word này',
	unreadable: REFUSALS.corrupt,
	resave: 'có thể đã hỏng. Vui lòng mở bằng Word và lưu lại dưới dạng .docx hoặc .pdf rồi gửi lại.',
	encrypted: REFUSALS.encrypted,
	tooLargeToBe: 'một báo cáo'
};

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
	magic.every((b, i) => bytes[at + i] === b);
const latin1 = (bytes: Uint8Array) =>
	Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
/** CFB directory entries name their streams in UTF-16LE. */
const hasStreamNamed = (bytes: Uint8Array, name: string) =>
	Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
		Buffer.from(name, 'utf16le')
	);

/**
 * The kind of a whole uploaded file, or an UploadRefused saying why not. Reads the bytes only:
 * nothing is stored and nothing is parsed beyond the container (zip directory, PDF header and
 * trailer); the text is read later, off the request's thread.
 */
export async function sniffDocument(bytes: Uint8Array): Promise<FileKind> {
	if (bytes.byteLength === 0) throw new UploadRefused(400, REFUSALS.empty);

	// Compound File Binary: old Office files, and also every password-protected .docx (Word wraps
	// the encrypted package in a CFB with an EncryptionInfo stream).
	if (startsWith(bytes, CFB_MAGIC)) {
		if (hasStreamNamed(bytes, 'EncryptionInfo') || hasStreamNamed(bytes, 'EncryptedPackage')) {
			throw new UploadRefused(400, REFUSALS.encrypted);
		}
		if (hasStreamNamed(bytes, 'WordDocument')) throw new UploadRefused(400, REFUSALS.oldWord);
		throw new UploadRefused(415, REFUSALS.wrongType('một tệp Office đời cũ (.xls, .ppt)'));
	}

	// PDF readers accept the header anywhere in the first kilobyte.
	const head = latin1(bytes.subarray(0, 1024));
	if (head.includes('%PDF-')) return checkPdf(bytes);

	if (startsWith(bytes, ZIP_MAGIC)) return checkDocx(bytes);

	const detected = await fileTypeFromBuffer(bytes);
	throw new UploadRefused(415, REFUSALS.wrongType(describe(detected?.ext)));
}

function checkPdf(bytes: Uint8Array): FileKind {
	// A file cut short (a dropped upload, a copy off a full USB stick) has lost its end: the
	// cross-reference table and %%EOF. Readers "repair" such files into blank or partial pages.
	const tail = latin1(bytes.subarray(Math.max(0, bytes.byteLength - 2048)));
	if (!tail.includes('%%EOF') || !tail.includes('startxref'))
		throw new UploadRefused(400, REFUSALS.corrupt);
	if (namesEncryption(bytes)) throw new UploadRefused(400, REFUSALS.encrypted);
	return 'pdf';
}

/**
 * Whether the trailer (or a cross-reference stream's dictionary) names an encryption dictionary:
 * `/Encrypt 5 0 R` or `/Encrypt << … >>`. Searched in the bytes, not a 20 MB string of them.
 */
function namesEncryption(bytes: Uint8Array): boolean {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (let at = buffer.indexOf('/Encrypt'); at >= 0; at = buffer.indexOf('/Encrypt', at + 1)) {
		if (/^\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(latin1(bytes.subarray(at, at + 40)))) return true;
	}
	return false;
}

async function checkDocx(bytes: Uint8Array): Promise<FileKind> {
	let names: string[];
	try {
		// The directory alone first (cheap), so an .xlsx or a plain .zip is told what it is
		// rather than checked as a Word file.
		names = readZipDirectory(bytes, DOCX_LIMITS, DOCX_WORDING).map((e) => e.name);
	} catch (err) {
		throw refusalOf(err);
	}
	if (!names.includes('word/document.xml') || !names.includes('[Content_Types].xml')) {
		const detected = await fileTypeFromBuffer(bytes);
		throw new UploadRefused(415, REFUSALS.wrongType(describe(detected?.ext ?? 'zip')));
	}
	try {
		// Every entry inflated with a cap: a zip bomb is refused here, before mammoth sees it.
		await verifyZip(bytes, DOCX_LIMITS, DOCX_WORDING);
	} catch (err) {
		throw refusalOf(err);
	}
	return 'docx';
}

function refusalOf(err: unknown): UploadRefused {
	if (err instanceof ZipRefusal) return new UploadRefused(400, err.message);
	throw err;
}
