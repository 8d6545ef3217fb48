import { foldVietnamese } from '$lib/domain/vietnamese';

// Which row of a list is its header, and which column is which field: used when reading a .csv
// (to tell its delimiter) and when previewing an import.

/** The header must be within this many non-empty rows (title rows above it are skipped). */
export const HEADER_SEARCH_ROWS = 10;

export interface SheetRow {
	/** Row number as Excel shows it (1-based, empty rows counted). */
	line: number;
	cells: string[];
}

export type ImportField =
	'fullName' | 'position' | 'organisation' | 'group' | 'phone' | 'email' | 'note';

export const FIELD_LABELS: Record<ImportField, string> = {
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
	fullName: [
		'ho va ten',
		'ho ten',
		'ten dai bieu',
		'dai bieu',
		'ho va ten dai bieu',
		'ho ten dai bieu'
	],
	position: ['chuc vu', 'chuc danh', 'chuc vu chuc danh'],
	organisation: [
		'don vi',
		'co quan',
		'don vi cong tac',
		'co quan don vi',
		'co quan cong tac',
		'noi cong tac'
	],
	group: ['thanh phan', 'nhom', 'thanh phan moi', 'thanh phan dai bieu', 'nhom dai bieu'],
	phone: [
		'so dien thoai',
		'dien thoai',
		'sdt',
		'di dong',
		'so dt',
		'so di dong',
		'dtdd',
		'dien thoai di dong',
		'so dien thoai di dong'
	],
	email: ['email', 'e mail', 'thu dien tu', 'dia chi email'],
	note: ['ghi chu']
};
const HEADER_FIELDS = new Map(
	(Object.entries(HEADER_SYNONYMS) as [ImportField, string[]][]).flatMap(([field, names]) =>
		names.map((n) => [n, field] as const)
	)
);

/** "Số điện thoại (*)", "SỐ ĐIỆN THOẠI", "So dien thoai" → "so dien thoai". */
const foldHeader = (text: string) =>
	foldVietnamese(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
export const headerField = (text: string) => HEADER_FIELDS.get(foldHeader(text));

/** How many fields a row names as a header; 0 unless it names the name column. */
export function headerScore(cells: string[]): number {
	const fields = new Set(cells.map(headerField));
	if (!fields.has('fullName')) return 0;
	return fields.size - (fields.has(undefined) ? 1 : 0);
}

/**
 * Index of the header row: among the first rows, the one naming the most fields, so a title row
 * such as "Đại biểu" (even merged across the columns) loses to the real header. -1 when none
 * names the name column.
 */
export function findHeader(rows: SheetRow[]): number {
	let best = -1;
	let bestScore = 0;
	rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
		const score = headerScore(row.cells);
		if (score > bestScore) [best, bestScore] = [i, score];
	});
	return best;
}
