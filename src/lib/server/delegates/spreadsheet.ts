import ExcelJS from 'exceljs';
import { z } from 'zod';
import { normalizePhone } from '$lib/domain/phone';
import { foldVietnamese, normalizeName } from '$lib/domain/vietnamese';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

/** A file that cannot be read as a delegate list; the message is Vietnamese and shown as a 400. */
export class SpreadsheetError extends Error {}

export interface SheetRow {
	/** Line number as the user sees it in Excel (1-based, empty lines counted). */
	line: number;
	cells: string[];
}

function isZip(bytes: Uint8Array) {
	return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Reads the first worksheet of an .xlsx or a .csv as rows of trimmed strings; empty rows are left out. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SheetRow[]> {
	if (bytes.byteLength > MAX_IMPORT_BYTES) throw new SpreadsheetError('Tệp quá lớn (tối đa 5 MB).');
	const ext = fileName.toLowerCase().split('.').pop();
	let rows: SheetRow[];
	if (ext === 'xlsx' && isZip(bytes)) rows = await readXlsx(bytes);
	else if (ext === 'csv' && !isZip(bytes)) rows = readCsv(bytes);
	else throw new SpreadsheetError('Chỉ nhận tệp Excel (.xlsx) hoặc .csv. Với tệp .xls cũ, hãy mở bằng Excel và lưu lại dưới dạng .xlsx.');
	if (rows.length > MAX_IMPORT_ROWS + 5) throw new SpreadsheetError(`Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')}).`);
	return rows;
}

function cellText(value: ExcelJS.CellValue): string {
	if (value == null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('result' in value) return cellText((value.result ?? '') as ExcelJS.CellValue);
		if ('text' in value) return String(value.text);
		if ('error' in value) return '';
	}
	return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch {
		throw new SpreadsheetError('Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx).');
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new SpreadsheetError('Tệp Excel không có trang tính nào.');
	const rows: SheetRow[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value).trim()));
		for (let i = 0; i < cells.length; i++) cells[i] ??= '';
		if (cells.some((c) => c !== '')) rows.push({ line, cells });
	});
	return rows;
}

function readCsv(bytes: Uint8Array): SheetRow[] {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new SpreadsheetError('Tệp .csv phải được lưu bằng mã UTF-8 (trong Excel: “CSV UTF-8”).');
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
	const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	const rows: SheetRow[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	const endRow = () => {
		cells.push(cell.trim());
		if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
		cells = [];
		cell = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
			else if (c === '"') quoted = false;
			else {
				if (c === '\n') line++;
				cell += c;
			}
		} else if (c === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
		} else if (c === delimiter) {
			cells.push(cell.trim());
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			endRow();
			line++;
			rowLine = line;
		} else cell += c;
	}
	if (cell !== '' || cells.length) endRow();
	return rows;
}

export type ImportField = 'fullName' | 'position' | 'organisation' | 'group' | 'phone' | 'email' | 'note';

const fold = (s: string) => foldVietnamese(s).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Header texts, folded (no diacritics, lower case, no punctuation), for each field. */
const HEADER_SYNONYMS: Record<ImportField, string[]> = {
	fullName: ['ho va ten', 'ho ten', 'ten dai bieu', 'dai bieu', 'ho va ten dai bieu'],
	position: ['chuc vu', 'chuc danh'],
	organisation: ['don vi', 'co quan', 'don vi cong tac', 'co quan don vi'],
	group: ['thanh phan', 'nhom', 'thanh phan moi'],
	phone: ['so dien thoai', 'dien thoai', 'sdt', 'di dong'],
	email: ['email', 'thu dien tu', 'e mail'],
	note: ['ghi chu']
};
const HEADER_FIELD = new Map(Object.entries(HEADER_SYNONYMS).flatMap(([field, names]) => names.map((n) => [n, field as ImportField])));
const IGNORED_HEADERS = new Set(['stt', 'tt', 'so tt']);

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

const emailSchema = z.email();
const LIMITS = { fullName: 120, position: 200, organisation: 200, note: 500 } as const;
const LABELS = { fullName: 'Họ và tên', position: 'Chức vụ', organisation: 'Đơn vị', note: 'Ghi chú' } as const;

/** Identity of a person for duplicates and matches: name, and phone or else organisation. */
const identity = (name: string, phone: string | null, organisation: string) =>
	`${fold(name)}|${phone ? `p:${phone}` : `o:${fold(organisation)}`}`;

function readPhone(raw: string): string | null | undefined {
	if (!raw) return null;
	// A phone typed as a number in Excel loses its leading 0.
	const text = /^[35789]\d{8}$/.test(raw) ? `0${raw}` : raw;
	return normalizePhone(text) ?? undefined;
}

export function previewImport(rows: SheetRow[], ctx: ImportContext): ImportPreview {
	const empty = (headerProblems: string[]): ImportPreview => ({
		columns: {},
		headerProblems,
		toAdd: [],
		matches: [],
		problems: [],
		unknownGroups: [],
		ignoredColumns: []
	});
	// The header is the first row naming the name column; a title row above it is skipped.
	const headerIndex = rows.findIndex((r) => r.cells.some((c) => HEADER_FIELD.get(fold(c)) === 'fullName'));
	if (headerIndex === -1) {
		return empty(['Không tìm thấy cột “Họ và tên”. Dòng tiêu đề cần có các cột “Họ và tên” và “Thành phần”.']);
	}
	const header = rows[headerIndex]!;
	const columns: Partial<Record<ImportField, string>> = {};
	const index: Partial<Record<ImportField, number>> = {};
	const ignoredColumns: string[] = [];
	const headerProblems: string[] = [];
	header.cells.forEach((text, col) => {
		if (!text) return;
		const field = HEADER_FIELD.get(fold(text));
		if (!field) {
			if (!IGNORED_HEADERS.has(fold(text))) ignoredColumns.push(text);
			return;
		}
		if (index[field] !== undefined) headerProblems.push(`Cột “${text}” bị lặp lại (đã có cột “${columns[field]}”).`);
		columns[field] = text;
		index[field] = col;
	});
	if (index.group === undefined) headerProblems.push('Thiếu cột “Thành phần” (nhóm đại biểu, ví dụ “Trưởng xóm trên địa bàn xã”).');
	if (headerProblems.length) return empty(headerProblems);

	const groups = new Map(ctx.groups.map((g) => [fold(g.name), g]));
	const existing = new Map(ctx.existing.map((d) => [identity(d.fullName, d.phone, d.organisation), d.id]));
	const seen = new Map<string, number>();
	const unknown = new Map<string, { name: string; lines: number[] }>();
	const preview: ImportPreview = { ...empty([]), columns, ignoredColumns };
	const get = (row: SheetRow, field: ImportField) => {
		const col = index[field];
		return col === undefined ? '' : (row.cells[col] ?? '').normalize('NFC').trim();
	};

	for (const row of rows.slice(headerIndex + 1)) {
		const fullName = normalizeName(get(row, 'fullName'));
		const problem = (reason: string) => preview.problems.push({ line: row.line, reason, ...(fullName ? { fullName } : {}) });
		if (!fullName) {
			problem('Thiếu họ và tên.');
			continue;
		}
		const values = { fullName, position: get(row, 'position'), organisation: get(row, 'organisation'), note: get(row, 'note') };
		const tooLong = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).find((f) => values[f].length > LIMITS[f]);
		if (tooLong) {
			problem(`${LABELS[tooLong]} quá dài (tối đa ${LIMITS[tooLong]} ký tự).`);
			continue;
		}
		const groupName = normalizeName(get(row, 'group'));
		if (!groupName) {
			problem('Thiếu thành phần.');
			continue;
		}
		const group = groups.get(fold(groupName));
		if (!group) {
			const key = fold(groupName);
			const entry = unknown.get(key) ?? { name: groupName, lines: [] };
			entry.lines.push(row.line);
			unknown.set(key, entry);
			problem(`Thành phần “${groupName}” chưa có trong hội nghị.`);
			continue;
		}
		const rawPhone = get(row, 'phone');
		const phone = readPhone(rawPhone);
		if (phone === undefined) {
			problem(`Số điện thoại không đúng: “${rawPhone}”.`);
			continue;
		}
		const rawEmail = get(row, 'email');
		if (rawEmail && !emailSchema.safeParse(rawEmail).success) {
			problem(`Email không đúng: “${rawEmail}”.`);
			continue;
		}
		const key = identity(fullName, phone, values.organisation);
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			problem(`Trùng với dòng ${earlier}.`);
			continue;
		}
		seen.set(key, row.line);
		const parsed: ImportRow = {
			line: row.line,
			...values,
			note: values.note || null,
			groupName: group.name,
			groupId: group.id,
			phone,
			email: rawEmail || null
		};
		const delegateId = existing.get(key);
		if (delegateId !== undefined) preview.matches.push({ ...parsed, delegateId });
		else preview.toAdd.push(parsed);
	}
	preview.unknownGroups = [...unknown.values()];
	return preview;
}

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

const EXPORT_HEADERS = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần', 'Số điện thoại', 'Email', 'Liên kết cá nhân', 'Trả lời', 'Lý do vắng', 'Ghi chú'];
const exportCells = (r: ExportRow, i: number) => [
	String(i + 1),
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
	const sheet = workbook.addWorksheet('Đại biểu', { views: [{ state: 'frozen', ySplit: 2 }] });
	sheet.addRow([title]).font = { bold: true, size: 13 };
	const header = sheet.addRow(EXPORT_HEADERS);
	header.font = { bold: true };
	header.alignment = { vertical: 'middle', wrapText: true };
	rows.forEach((r, i) => {
		const row = sheet.addRow(exportCells(r, i).map((v, col) => (col === 0 ? i + 1 : v)));
		row.getCell(6).numFmt = '@'; // the phone stays text, with its leading 0
		row.getCell(8).value = { text: r.link, hyperlink: r.link };
		row.getCell(8).font = { color: { argb: 'FF1D4ED8' }, underline: true };
	});
	[6, 28, 26, 30, 34, 14, 24, 48, 14, 28, 24].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell Excel would run as a formula gets a leading apostrophe (CSV injection). */
function csvCell(value: string, col: number): string {
	const safe = col !== 5 && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a BOM so Excel shows Vietnamese letters; CRLF line ends. */
export function delegatesToCsv(rows: ExportRow[]): string {
	const lines = [EXPORT_HEADERS, ...rows.map(exportCells)].map((cells) => cells.map(csvCell).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
