import ExcelJS from 'exceljs';
import { normalizePhone } from '$lib/domain/phone';
import { stripControlCharacters } from '$lib/domain/text';
import { foldVietnamese, normalizeName } from '$lib/domain/vietnamese';
import { RuleError } from '../errors';
import { delegateSchema } from './schemas';
import { UNREADABLE_XLSX, verifyZip, ZipRefusal } from './zip-guard';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

/** The header must be within this many non-empty rows (title rows above it are skipped). */
const HEADER_SEARCH_ROWS = 10;

export interface SheetRow {
	/** Row number as Excel shows it (1-based, empty rows counted). */
	line: number;
	cells: string[];
}

// ——— Reading ———

const tooManyRows = () =>
	new RuleError(`Tệp có quá nhiều dòng: mỗi lần chỉ nhập được tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} đại biểu.`);
/** Stops reading early: past this many non-empty rows there are too many data rows wherever the header is. */
const READ_LIMIT = MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS;

// Control characters (a NUL from a broken export) carry nothing and PostgreSQL refuses NUL: dropped.
const tidyCell = (text: string) => stripControlCharacters(text.replace(/\r\n?/g, '\n')).trim();

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
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
			throw new RuleError('Tệp này là Excel đời cũ (.xls) hoặc có đặt mật khẩu. Vui lòng mở bằng Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx.');
		}
		if (!startsWith(bytes, ZIP)) throw new RuleError('Tệp không phải là tệp Excel .xlsx hợp lệ. Vui lòng mở bằng Excel và lưu lại dưới dạng .xlsx.');
		rows = await readXlsx(bytes);
	} else if (ext === 'csv') {
		if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
			throw new RuleError('Tệp có đuôi .csv nhưng thực chất là tệp Excel. Vui lòng đổi đuôi thành .xlsx, hoặc lưu lại dạng “CSV UTF-8”.');
		}
		rows = readCsv(bytes);
	} else {
		throw new RuleError('Chỉ nhận tệp Excel (.xlsx) hoặc .csv. Với tệp .xls cũ, vui lòng mở bằng Excel và lưu lại dưới dạng .xlsx.');
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
		const cells = Array.from({ length: row.cellCount }, (_, i) => tidyCell(cellText(row.getCell(i + 1).value)));
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
		throw new RuleError('Tệp .csv phải được lưu bằng mã UTF-8. Trong Excel, chọn Lưu thành → “CSV UTF-8 (Comma delimited)”.');
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
	const score = (d: string) => Math.max(0, ...lines.map((l) => headerScore(l.split(d).map((c) => c.replaceAll('"', '')))));
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
	if (quoted) throw new RuleError(`Tệp .csv bị lỗi: dấu ngoặc kép (") mở ở dòng ${quoteLine} nhưng không được đóng.`);
	if (cell !== '' || cells.length) endRow();
	return rows;
}

// ——— Header ———

export type ImportField = 'fullName' | 'position' | 'organisation' | 'group' | 'phone' | 'email' | 'note';

const FIELD_LABELS: Record<ImportField, string> = {
	fullName: 'Họ và tên',
	position: 'Chức vụ',
	organisation: 'Đơn vị',
	group: 'Thành phần',
	phone: 'Số điện thoại',
	email: 'Email',
	note: 'Ghi chú'
};

/** Header texts, folded with foldHeader, for each field. */
const HEADER_SYNONYMS: Record<ImportField, string[]> = {
	fullName: ['ho va ten', 'ho ten', 'ten dai bieu', 'dai bieu', 'ho va ten dai bieu', 'ho ten dai bieu'],
	position: ['chuc vu', 'chuc danh', 'chuc vu chuc danh'],
	organisation: ['don vi', 'co quan', 'don vi cong tac', 'co quan don vi', 'co quan cong tac', 'noi cong tac'],
	group: ['thanh phan', 'nhom', 'thanh phan moi', 'thanh phan dai bieu', 'nhom dai bieu'],
	phone: ['so dien thoai', 'dien thoai', 'sdt', 'di dong', 'so dt', 'so di dong', 'dtdd', 'dien thoai di dong', 'so dien thoai di dong'],
	email: ['email', 'e mail', 'thu dien tu', 'dia chi email'],
	note: ['ghi chu']
};
const HEADER_FIELDS = new Map(
	(Object.entries(HEADER_SYNONYMS) as [ImportField, string[]][]).flatMap(([field, names]) => names.map((n) => [n, field] as const))
);

/** "Số điện thoại (*)", "SỐ ĐIỆN THOẠI", "So dien thoai" → "so dien thoai". */
const foldHeader = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim();
const headerField = (text: string) => HEADER_FIELDS.get(foldHeader(text));

/** How many fields a row names as a header; 0 unless it names the name column. */
function headerScore(cells: string[]): number {
	const fields = new Set(cells.map(headerField));
	if (!fields.has('fullName')) return 0;
	return fields.size - (fields.has(undefined) ? 1 : 0);
}

/**
 * Index of the header row: among the first rows, the one naming the most fields, so a title row
 * such as "Đại biểu" (even merged across the columns) loses to the real header. -1 when none
 * names the name column.
 */
function findHeader(rows: SheetRow[]): number {
	let best = -1;
	let bestScore = 0;
	rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
		const score = headerScore(row.cells);
		if (score > bestScore) [best, bestScore] = [i, score];
	});
	return best;
}

// ——— Preview ———

export interface ImportContext {
	groups: { id: number; name: string }[];
	existing: { id: number; fullName: string; phone: string | null; organisation: string }[];
}
export interface ImportRow {
	line: number;
	fullName: string;
	position: string;
	organisation: string;
	groupName: string;
	groupId: number | null;
	phone: string | null;
	email: string | null;
	note: string | null;
}
export interface ImportProblem {
	line: number;
	reason: string;
	fullName?: string;
}
export interface ImportPreview {
	columns: Partial<Record<ImportField, string>>;
	headerProblems: string[];
	toAdd: ImportRow[];
	matches: (ImportRow & { delegateId: number })[];
	problems: ImportProblem[];
	unknownGroups: { name: string; lines: number[] }[];
	ignoredColumns: string[];
}

/** The delegate form's rules (./schemas.ts), worded for a row of a list. */
const importRowSchema = delegateSchema({
	tooLong: (label, max, length) => `${label} quá dài (${length} ký tự, tối đa ${max}).`,
	phone: (typed) => `Số điện thoại không đúng: “${typed}” (ví dụ đúng: 0912 345 678).`,
	email: (typed) => `Email không đúng: “${typed}”.`
});
/** A row with several problems reports the first of these. */
const PROBLEM_ORDER = ['phone', 'email', 'fullName', 'position', 'organisation', 'note', 'groupId'];

/** A guard apostrophe our CSV export puts before = + - @ is not part of the value. */
const unguard = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '').trim();

/** Excel turns a phone typed as a number into 912345678; give it back its leading 0. */
function restorePhone(text: string): string {
	const restored = /^[35789]\d{8}$|^2\d{9}$/.test(text) ? `0${text}` : text;
	return restored !== text && normalizePhone(restored) ? restored : text;
}

type Groups = Map<string, { id: number; name: string }>;
type RowResult = { row: ImportRow } | { reason: string; unknownGroup?: string };

/** Checks one row on its own; the first problem found is the one reported. */
function parseRow(line: number, get: (field: ImportField) => string, groups: Groups): RowResult {
	const fullName = normalizeName(get('fullName'));
	if (!fullName) return { reason: 'Thiếu họ và tên.' };
	const groupName = normalizeName(get('group'));
	if (!groupName) return { reason: 'Thiếu thành phần.' };
	const group = groups.get(foldVietnamese(groupName));
	if (!group) return { reason: `Thành phần “${groupName}” chưa có trong hội nghị.`, unknownGroup: groupName };
	const parsed = importRowSchema.safeParse({
		fullName,
		// Spaces inside a cell are folded, as in a name: lists are typed by many hands.
		position: normalizeName(get('position')),
		organisation: normalizeName(get('organisation')),
		groupId: group.id,
		phone: restorePhone(get('phone')),
		email: get('email'),
		note: get('note')
	});
	if (!parsed.success) {
		const rank = (path: PropertyKey[]) => PROBLEM_ORDER.indexOf(String(path[0]));
		const [first] = [...parsed.error.issues].sort((a, b) => rank(a.path) - rank(b.path));
		return { reason: first!.message };
	}
	return { row: { line, ...parsed.data, groupName: group.name, groupId: group.id } };
}

function emptyPreview(): ImportPreview {
	return { columns: {}, headerProblems: [], toAdd: [], matches: [], problems: [], unknownGroups: [], ignoredColumns: [] };
}

export function previewImport(rows: SheetRow[], ctx: ImportContext): ImportPreview {
	const preview = emptyPreview();
	const found = findHeader(rows);
	// No row names the name column: the first row was meant as the header.
	const headerIndex = Math.max(found, 0);
	const header = rows[headerIndex];
	if (!header) return { ...preview, headerProblems: ['Tệp không có dòng nào có dữ liệu.'] };

	const columnOf: Partial<Record<ImportField, number>> = {};
	const headerProblems: string[] = [];
	header.cells.forEach((text, col) => {
		if (!text) return;
		const field = headerField(text);
		if (!field) preview.ignoredColumns.push(text);
		else if (preview.columns[field] !== undefined) {
			headerProblems.push(`Có hai cột cùng là “${FIELD_LABELS[field]}”: “${preview.columns[field]}” và “${text}”. Vui lòng chỉ giữ lại một cột.`);
		} else {
			preview.columns[field] = text;
			columnOf[field] = col;
		}
	});
	if (columnOf.fullName === undefined) {
		headerProblems.unshift('Không tìm thấy cột “Họ và tên”. Dòng tiêu đề cần có cột “Họ và tên” (hoặc “Họ tên”, “Tên đại biểu”).');
	}
	if (columnOf.group === undefined) {
		headerProblems.push('Không tìm thấy cột “Thành phần” (nhóm đại biểu, ví dụ “Trưởng xóm trên địa bàn xã”).');
	}
	if (headerProblems.length) return { ...emptyPreview(), headerProblems };

	const groups: Groups = new Map(ctx.groups.map((g) => [foldVietnamese(g.name), g]));
	const existingByName = new Map<string, { id: number; phone: string | null; organisation: string }[]>();
	for (const d of ctx.existing) {
		const key = foldVietnamese(d.fullName);
		const entry = { id: d.id, phone: d.phone, organisation: foldVietnamese(d.organisation) };
		const namesakes = existingByName.get(key);
		if (namesakes) namesakes.push(entry);
		else existingByName.set(key, [entry]);
	}
	const seen = new Map<string, number>(); // identity in the file → first line
	const claimed = new Map<number, number>(); // existing delegate → line that updates it
	const unknown = new Map<string, { name: string; lines: number[] }>();

	for (const sheetRow of rows.slice(headerIndex + 1)) {
		const get = (field: ImportField) => {
			const col = columnOf[field];
			return col === undefined ? '' : unguard((sheetRow.cells[col] ?? '').normalize('NFC'));
		};
		const result = parseRow(sheetRow.line, get, groups);
		if ('reason' in result) {
			const fullName = normalizeName(get('fullName'));
			preview.problems.push(fullName ? { line: sheetRow.line, reason: result.reason, fullName } : { line: sheetRow.line, reason: result.reason });
			if (result.unknownGroup) {
				const key = foldVietnamese(result.unknownGroup);
				const entry = unknown.get(key) ?? { name: result.unknownGroup, lines: [] };
				entry.lines.push(sheetRow.line);
				unknown.set(key, entry);
			}
			continue;
		}
		const { row } = result;
		const name = foldVietnamese(row.fullName);
		const organisation = foldVietnamese(row.organisation);
		// The same person twice: same name and phone, or, with no phone on either, same unit.
		const identity = `${name}\n${row.phone ? `p:${row.phone}` : `o:${organisation}`}`;
		const earlier = seen.get(identity);
		const candidates = existingByName.get(name) ?? [];
		const match =
			candidates.find((d) => row.phone && d.phone === row.phone) ??
			candidates.find((d) => !(row.phone && d.phone) && d.organisation === organisation);
		const claimedBy = match && claimed.get(match.id);
		if (earlier !== undefined || claimedBy !== undefined) {
			preview.problems.push({ line: row.line, reason: `Trùng với dòng ${earlier ?? claimedBy}.`, fullName: row.fullName });
			continue;
		}
		seen.set(identity, row.line);
		if (match) {
			claimed.set(match.id, row.line);
			preview.matches.push({ ...row, delegateId: match.id });
		} else preview.toAdd.push(row);
	}
	preview.unknownGroups = [...unknown.values()];
	return preview;
}

// ——— Export ———

export interface ExportRow {
	groupName: string;
	fullName: string;
	position: string;
	organisation: string;
	phone: string | null;
	email: string | null;
	link: string;
	reply: string;
	absenceReason: string | null;
	note: string | null;
}

const EXPORT_COLUMNS = [
	{ header: 'STT', width: 6 },
	{ header: 'Họ và tên', width: 28 },
	{ header: 'Chức vụ', width: 26 },
	{ header: 'Đơn vị', width: 30 },
	{ header: 'Thành phần', width: 32 },
	{ header: 'Số điện thoại', width: 15 },
	{ header: 'Email', width: 26 },
	{ header: 'Liên kết cá nhân', width: 50 },
	{ header: 'Trả lời', width: 16 },
	{ header: 'Lý do vắng', width: 28 },
	{ header: 'Ghi chú', width: 28 }
];
const PHONE_COLUMN = 5;
const LINK_COLUMN = 7;

const exportCells = (r: ExportRow, i: number) => [
	i + 1,
	r.fullName,
	r.position,
	r.organisation,
	r.groupName,
	r.phone ?? '',
	r.email ?? '',
	r.link,
	r.reply,
	r.absenceReason ?? '',
	r.note ?? ''
];

export async function delegatesToXlsx(rows: ExportRow[], title: string): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Đại biểu', {
		views: [{ state: 'frozen', ySplit: 2 }],
		pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' }
	});
	EXPORT_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
	// Text format on the whole column, so phones typed in later keep their leading 0 too.
	sheet.getColumn(PHONE_COLUMN + 1).numFmt = '@';
	sheet.addRow([title]).font = { bold: true, size: 14 };
	const header = sheet.addRow(EXPORT_COLUMNS.map((c) => c.header));
	header.font = { bold: true };
	header.alignment = { vertical: 'middle', wrapText: true };
	header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } }));
	sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: EXPORT_COLUMNS.length } };
	rows.forEach((r, i) => {
		const row = sheet.addRow(exportCells(r, i).map((v) => (v === '' ? null : v)));
		if (r.link) {
			const link = row.getCell(LINK_COLUMN + 1);
			link.value = { text: r.link, hyperlink: r.link };
			link.font = { color: { argb: 'FF1D4ED8' }, underline: true };
		}
	});
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell Excel would run as a formula gets a leading apostrophe (CSV injection). */
function csvCell(value: string | number, col: number): string {
	const text = String(value);
	const safe = col !== PHONE_COLUMN && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** UTF-8 with a BOM so Excel shows Vietnamese letters; CRLF line ends. */
export function delegatesToCsv(rows: ExportRow[]): string {
	const lines = [EXPORT_COLUMNS.map((c) => c.header), ...rows.map(exportCells)].map((cells) => cells.map(csvCell).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
