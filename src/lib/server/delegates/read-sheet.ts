import ExcelJS from 'exceljs';
import { stripControlCharacters } from '$lib/domain/text';
import { RuleError } from '../http/errors';
import { findHeader, HEADER_SEARCH_ROWS, headerScore, type SheetRow } from './sheet-header';
import { UNREADABLE_XLSX, verifyZip, ZipRefusal } from '../zip-guard';

export type { SheetRow } from './sheet-header';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

const tooManyRows = () =>
	new RuleError(
		`Tệp có quá nhiều dòng: mỗi lần chỉ nhập được tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} đại biểu.`
	);
/** Stops reading early: past this many non-empty rows there are too many data rows wherever the header is. */
const READ_LIMIT = MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS;

// Control characters (a NUL from a broken export) carry nothing and PostgreSQL refuses NUL: dropped.
const tidyCell = (text: string) => stripControlCharacters(text.replace(/\r\n?/g, '\n')).trim();

const startsWith = (bytes: Uint8Array, signature: number[]) =>
	signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b]; // "PK": every .xlsx is a zip
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls, and password-protected .xlsx

/**
 * Reads the first worksheet of an .xlsx, or a .csv, as rows of trimmed strings. Empty rows are
 * left out but keep their place in the line numbers. A file that is not a readable list is a
 * RuleError with the Vietnamese reason.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SheetRow[]> {
	if (bytes.byteLength > MAX_IMPORT_BYTES) throw new RuleError('Tệp quá lớn (tối đa 5 MB).');
	const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
	let rows: SheetRow[];
	if (ext === 'xlsx') {
		if (startsWith(bytes, OLE)) {
			throw new RuleError(
				'Tệp này là Excel đời cũ (.xls) hoặc có đặt mật khẩu. Vui lòng mở bằng Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx.'
			);
		}
		if (!startsWith(bytes, ZIP))
			throw new RuleError(
				'Tệp không phải là tệp Excel .xlsx hợp lệ. Vui lòng mở bằng Excel và lưu lại dưới dạng .xlsx.'
			);
		rows = await readXlsx(bytes);
	} else if (ext === 'csv') {
		if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
			throw new RuleError(
				'Tệp có đuôi .csv nhưng thực chất là tệp Excel. Vui lòng đổi đuôi thành .xlsx, hoặc lưu lại dạng “CSV UTF-8”.'
			);
		}
		rows = readCsv(bytes);
	} else {
		throw new RuleError(
			'Chỉ nhận tệp Excel (.xlsx) hoặc .csv. Với tệp .xls cũ, vui lòng mở bằng Excel và lưu lại dưới dạng .xlsx.'
		);
	}
	if (!rows.length) throw new RuleError('Tệp không có dòng nào có dữ liệu.');
	const header = findHeader(rows);
	if (rows.length - (header === -1 ? 1 : header + 1) > MAX_IMPORT_ROWS) throw tooManyRows();
	return rows;
}

function cellText(value: ExcelJS.CellValue): string {
	if (value == null) return '';
	// Excel dates are stored as wall-clock time in UTC; Vietnamese write them day first.
	if (value instanceof Date) {
		const pad = (n: number) => String(n).padStart(2, '0');
		return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
	}
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	// A hyperlink's text is itself rich text when the link was styled.
	if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
	if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
	return ''; // an error value such as #N/A
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
	// Before exceljs inflates anything: it trusts the archive, so a zip bomb would cost gigabytes.
	try {
		await verifyZip(bytes);
	} catch (err) {
		if (err instanceof ZipRefusal) throw new RuleError(err.message);
		throw err;
	}
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes.slice().buffer);
	} catch {
		throw new RuleError(UNREADABLE_XLSX);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new RuleError('Tệp Excel không có trang tính nào.');
	const rows: SheetRow[] = [];
	// Cells inside a merged range read as the range's value, so a "Thành phần" cell merged down
	// over several delegates applies to each of them.
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const cells = Array.from({ length: row.cellCount }, (_, i) =>
			tidyCell(cellText(row.getCell(i + 1).value))
		);
		if (!cells.some((c) => c !== '')) return;
		if (rows.push({ line, cells }) > READ_LIMIT) throw tooManyRows();
	});
	return rows;
}

function readCsv(bytes: Uint8Array): SheetRow[] {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
	} catch {
		throw new RuleError(
			'Tệp .csv phải được lưu bằng mã UTF-8. Trong Excel, chọn Lưu thành → “CSV UTF-8 (Comma delimited)”.'
		);
	}
	return parseCsv(text, sniffDelimiter(text));
}

/**
 * Comma, or semicolon (Excel's list separator with Vietnamese regional settings): whichever splits
 * a line among the first few into a recognisable header; otherwise the more frequent one.
 */
function sniffDelimiter(text: string): ',' | ';' {
	const lines = text
		.slice(0, 64 * 1024)
		.split(/\r\n|\n|\r/)
		.filter((l) => l.trim())
		.slice(0, HEADER_SEARCH_ROWS);
	const score = (d: string) =>
		Math.max(0, ...lines.map((l) => headerScore(l.split(d).map((c) => c.replaceAll('"', '')))));
	const [comma, semicolon] = [score(','), score(';')];
	if (comma !== semicolon) return semicolon > comma ? ';' : ',';
	const first = lines[0] ?? '';
	return first.split(';').length > first.split(',').length ? ';' : ',';
}

/** RFC 4180. Line numbers count records, as Excel numbers rows when it opens the file. */
function parseCsv(text: string, delimiter: string): SheetRow[] {
	const rows: SheetRow[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let quoteLine = 0;
	let line = 1;
	const endCell = () => {
		cells.push(tidyCell(cell));
		cell = '';
	};
	const endRow = () => {
		endCell();
		if (cells.some((c) => c !== '') && rows.push({ line, cells }) > READ_LIMIT) throw tooManyRows();
		cells = [];
		line++;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c !== '"') cell += c;
			else if (text[i + 1] === '"') {
				cell += '"';
				i++;
			} else quoted = false;
		} else if (c === '"' && cell.trim() === '') {
			quoted = true;
			quoteLine = line;
			cell = '';
		} else if (c === delimiter) endCell();
		else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			endRow();
		} else cell += c;
	}
	if (quoted)
		throw new RuleError(
			`Tệp .csv bị lỗi: dấu ngoặc kép (") mở ở dòng ${quoteLine} nhưng không được đóng.`
		);
	if (cell !== '' || cells.length) endRow();
	return rows;
}
