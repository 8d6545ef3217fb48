import { crc32, createInflateRaw } from 'node:zlib';

/**
 * Zip-bomb guard for uploaded Office files (.xlsx delegate lists, .docx reports). exceljs and
 * mammoth (both through JSZip) inflate every entry whole,
 * trusting the archive, so a 2 MB file that unpacks to 2 GiB costs the server a gigabyte before
 * it fails. This reads the archive's own directory first, refuses it from the declared sizes,
 * then inflates every entry with a hard cap on output bytes (declared sizes can lie), keeping
 * nothing but a byte count and a CRC. Only an archive that passes is handed to exceljs, whose
 * own inflate of the same bytes is then bounded by the verified sizes.
 *
 * The directory is read exactly as JSZip reads it (last end-of-central-directory signature,
 * central entries from its offset, data after each local header), and anything JSZip would read
 * differently (prepended bytes, zip64, trailing data) is refused, so both see the same entries.
 */

export interface ZipLimits {
	maxEntries: number;
	/** Uncompressed bytes of any one entry. */
	maxEntryBytes: number;
	/** Uncompressed bytes of all entries together. */
	maxTotalBytes: number;
	/** Uncompressed ÷ compressed size, checked for entries above ratioFloorBytes. */
	maxRatio: number;
	ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

/** A 10,000-row delegate list unpacks to about 4 MB; these leave room for wide, formatted sheets
 * while bounding what exceljs, which holds the whole workbook in memory, can be made to load. */
export const XLSX_LIMITS: ZipLimits = {
	maxEntries: 2000,
	maxEntryBytes: 16 * MiB,
	maxTotalBytes: 20 * MiB,
	// Sheet XML deflates 5–20×; a run of zeros deflates about 1000×.
	maxRatio: 200,
	ratioFloorBytes: 1 * MiB
};

/** Same text as spreadsheet.ts uses when exceljs cannot read the file. */
export const UNREADABLE_XLSX =
	'Không đọc được tệp Excel (tệp bị hỏng hoặc không phải .xlsx). Vui lòng mở bằng Excel và lưu lại, hoặc lưu dạng “CSV UTF-8”.';

/** How the refusals name the file and say what to do: the archive is the same, the reader differs. */
export interface ZipWording {
	/** "Tệp Excel này": starts every refusal but `unreadable`. */
	subject: string;
	/** The whole message for a broken archive. */
	unreadable: string;
	/** Ends the refusals: why it may have happened and what to do. */
	resave: string;
	/** The whole message for a password-protected archive. */
	encrypted: string;
	/** How a ZIP64 archive is called too large "to be a …". */
	tooLargeToBe: string;
}

export const XLSX_WORDING: ZipWording = {
	subject: 'Tệp Excel này',
	unreadable: UNREADABLE_XLSX,
	resave: 'có thể đã hỏng hoặc không phải danh sách đại biểu. Vui lòng mở bằng Excel và lưu lại.',
	encrypted:
		'Tệp Excel này có đặt mật khẩu hoặc mã hoá. Vui lòng mở bằng Excel, bỏ mật khẩu, rồi lưu lại dưới dạng .xlsx.',
	tooLargeToBe: 'một danh sách đại biểu'
};
const size = (bytes: number) =>
	bytes < MiB
		? `${Math.ceil(bytes / 1024).toLocaleString('vi-VN')} KB`
		: `${Math.ceil(bytes / MiB).toLocaleString('vi-VN')} MB`;

export type ZipRefusalKind = 'corrupt' | 'too-large' | 'ratio' | 'too-many' | 'unsupported';

/** The archive is refused; message is Vietnamese, for the secretariat. */
export class ZipRefusal extends Error {
	constructor(
		readonly kind: ZipRefusalKind,
		message: string
	) {
		super(message);
	}
}

const corrupt = (w: ZipWording) => new ZipRefusal('corrupt', w.unreadable);
const tooLarge = (w: ZipWording, bytes: number) =>
	new ZipRefusal('too-large', `${w.subject} bung ra quá lớn (${size(bytes)}) — ${w.resave}`);

export interface ZipEntry {
	name: string;
	method: number;
	flags: number;
	crc: number;
	compressedSize: number;
	uncompressedSize: number;
	localHeaderOffset: number;
	/** Where the entry's compressed bytes start, after its local header. */
	dataOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;

/**
 * Reads the central directory and refuses the archive from what it declares: entry count,
 * sizes, compression ratio, zip64, encryption, methods other than stored and deflate.
 * Pure and synchronous; inflates nothing.
 */
export function readZipDirectory(
	bytes: Uint8Array,
	limits: ZipLimits = XLSX_LIMITS,
	wording: ZipWording = XLSX_WORDING
): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => view.getUint16(at, true);
	const u32 = (at: number) => view.getUint32(at, true);

	// JSZip takes the last signature in the file, so this does too.
	let eocd = -1;
	for (let i = bytes.byteLength - 4; i >= 0; i--) {
		if (u32(i) === EOCD_SIG) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0 || eocd + EOCD_SIZE > bytes.byteLength) throw corrupt(wording);
	const [disk, cdDisk, recordsHere, records] = [
		u16(eocd + 4),
		u16(eocd + 6),
		u16(eocd + 8),
		u16(eocd + 10)
	];
	const [cdSize, cdOffset, commentLength] = [u32(eocd + 12), u32(eocd + 16), u16(eocd + 20)];
	if (
		records === 0xffff ||
		recordsHere === 0xffff ||
		cdSize === 0xffffffff ||
		cdOffset === 0xffffffff ||
		disk === 0xffff
	) {
		throw unsupported(wording, 'ZIP64');
	}
	if (eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR_SIG) throw unsupported(wording, 'ZIP64');
	// One disk, no bytes before the archive or after its comment: otherwise JSZip shifts offsets.
	if (disk !== 0 || cdDisk !== 0 || recordsHere !== records) throw corrupt(wording);
	if (cdOffset + cdSize !== eocd || eocd + EOCD_SIZE + commentLength !== bytes.byteLength)
		throw corrupt(wording);
	if (records > limits.maxEntries) {
		throw new ZipRefusal(
			'too-many',
			`${wording.subject} chứa quá nhiều thành phần bên trong (${records.toLocaleString('vi-VN')}, tối đa ${limits.maxEntries.toLocaleString('vi-VN')}) — ${wording.resave}`
		);
	}

	const entries: ZipEntry[] = [];
	let total = 0;
	let at = cdOffset;
	for (let n = 0; n < records; n++) {
		if (at + CENTRAL_SIZE > eocd || u32(at) !== CENTRAL_SIG) throw corrupt(wording);
		const flags = u16(at + 8);
		const method = u16(at + 10);
		const crc = u32(at + 16);
		const compressedSize = u32(at + 20);
		const uncompressedSize = u32(at + 24);
		const nameLength = u16(at + 28);
		const extraLength = u16(at + 30);
		const entryCommentLength = u16(at + 32);
		const localHeaderOffset = u32(at + 42);
		const next = at + CENTRAL_SIZE + nameLength + extraLength + entryCommentLength;
		if (next > eocd) throw corrupt(wording);
		const name = new TextDecoder().decode(
			bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength)
		);
		at = next;

		if (
			compressedSize === 0xffffffff ||
			uncompressedSize === 0xffffffff ||
			localHeaderOffset === 0xffffffff
		)
			throw unsupported(wording, 'ZIP64');
		if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
			throw new ZipRefusal('unsupported', wording.encrypted);
		}
		if (method !== STORED && method !== DEFLATED) {
			throw new ZipRefusal(
				'unsupported',
				`${wording.subject} dùng kiểu nén không được hỗ trợ (${method}) — ${wording.resave}`
			);
		}
		if (method === STORED && compressedSize !== uncompressedSize) throw corrupt(wording);

		// Declared sizes first: refuses an honest bomb without inflating a byte.
		total += uncompressedSize;
		if (uncompressedSize > limits.maxEntryBytes || total > limits.maxTotalBytes)
			throw tooLarge(wording, uncompressedSize > limits.maxEntryBytes ? uncompressedSize : total);
		if (
			uncompressedSize > limits.ratioFloorBytes &&
			uncompressedSize / Math.max(compressedSize, 1) > limits.maxRatio
		) {
			throw new ZipRefusal(
				'ratio',
				`${wording.subject} nén bất thường (một phần bên trong bung ra gấp ${Math.round(uncompressedSize / Math.max(compressedSize, 1)).toLocaleString('vi-VN')} lần) — ${wording.resave}`
			);
		}

		if (localHeaderOffset + LOCAL_SIZE > cdOffset || u32(localHeaderOffset) !== LOCAL_SIG)
			throw corrupt(wording);
		const dataOffset =
			localHeaderOffset + LOCAL_SIZE + u16(localHeaderOffset + 26) + u16(localHeaderOffset + 28);
		if (dataOffset + compressedSize > cdOffset) throw corrupt(wording);
		entries.push({
			name,
			method,
			flags,
			crc,
			compressedSize,
			uncompressedSize,
			localHeaderOffset,
			dataOffset
		});
	}
	// JSZip keeps reading central entries while their signature matches; none may be left over.
	if (at !== eocd) throw corrupt(wording);
	return entries;
}

function unsupported(w: ZipWording, what: string) {
	return new ZipRefusal(
		'unsupported',
		`${w.subject} dùng định dạng ${what}, quá lớn để là ${w.tooLargeToBe} — ${w.resave}`
	);
}

/**
 * Inflates raw deflate data, keeping only a byte count and CRC-32, and stops as soon as the
 * output passes `limit`: memory stays at one zlib window and a chunk whatever the data claims.
 */
export function inflateBounded(
	data: Uint8Array,
	limit: number
): Promise<{ bytes: number; crc: number } | 'over-limit'> {
	return new Promise((resolve, reject) => {
		const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
		let bytes = 0;
		let crc = 0;
		let settled = false;
		const settle = (fn: () => void) => {
			if (settled) return;
			settled = true;
			fn();
		};
		inflater.on('data', (chunk: Buffer) => {
			if (settled) return;
			bytes += chunk.byteLength;
			if (bytes > limit) {
				settle(() => resolve('over-limit'));
				inflater.destroy();
				return;
			}
			crc = crc32(chunk, crc);
		});
		inflater.on('end', () => settle(() => resolve({ bytes, crc })));
		inflater.on('error', (err) => settle(() => reject(err)));
		inflater.end(data);
	});
}

/**
 * Refuses the archive unless every entry is within the limits, both as declared and as actually
 * inflated, and matches its declared size and CRC. Entries are checked one at a time, so the
 * memory used is a few hundred kilobytes for any upload.
 */
export async function verifyZip(
	bytes: Uint8Array,
	limits: ZipLimits = XLSX_LIMITS,
	wording: ZipWording = XLSX_WORDING
): Promise<ZipEntry[]> {
	const entries = readZipDirectory(bytes, limits, wording);
	for (const entry of entries) {
		const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
		let result: { bytes: number; crc: number } | 'over-limit';
		if (entry.method === STORED) result = { bytes: data.byteLength, crc: crc32(data) };
		else {
			try {
				// The cap is the declared size (already under the limits): more output is a lie.
				result = await inflateBounded(data, entry.uncompressedSize);
			} catch {
				throw corrupt(wording);
			}
		}
		if (result === 'over-limit') {
			throw new ZipRefusal(
				'too-large',
				`${wording.subject} bung ra lớn hơn kích thước ghi bên trong (“${entry.name}” ghi ${size(entry.uncompressedSize)}) — ${wording.resave}`
			);
		}
		if (result.bytes !== entry.uncompressedSize || result.crc >>> 0 !== entry.crc)
			throw corrupt(wording);
	}
	return entries;
}
