import { normalizePhone } from '$lib/domain/phone';
import { foldVietnamese, normalizeName } from '$lib/domain/vietnamese';
import { delegateSchema } from './delegate-schema';
import {
	FIELD_LABELS,
	findHeader,
	headerField,
	type ImportField,
	type SheetRow
} from './sheet-header';

export type { ImportField } from './sheet-header';

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

/**
 * A guard apostrophe our CSV export puts before = + - @ is not part of the value, nor the ="…"
 * that keeps a phone's leading 0 in Excel (./export-sheet.ts).
 */
const unguard = (text: string) =>
	text
		.replace(/^'(?=[=+\-@\t\r])/, '')
		.replace(/^="(\+?\d+)"$/, '$1')
		.trim();

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
	if (!group)
		return { reason: `Thành phần “${groupName}” chưa có trong hội nghị.`, unknownGroup: groupName };
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
	return {
		columns: {},
		headerProblems: [],
		toAdd: [],
		matches: [],
		problems: [],
		unknownGroups: [],
		ignoredColumns: []
	};
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
			headerProblems.push(
				`Có hai cột cùng là “${FIELD_LABELS[field]}”: “${preview.columns[field]}” và “${text}”. Vui lòng chỉ giữ lại một cột.`
			);
		} else {
			preview.columns[field] = text;
			columnOf[field] = col;
		}
	});
	if (columnOf.fullName === undefined) {
		headerProblems.unshift(
			'Không tìm thấy cột “Họ và tên”. Dòng tiêu đề cần có cột “Họ và tên” (hoặc “Họ tên”, “Tên đại biểu”).'
		);
	}
	if (columnOf.group === undefined) {
		headerProblems.push(
			'Không tìm thấy cột “Thành phần” (nhóm đại biểu, ví dụ “Trưởng xóm trên địa bàn xã”).'
		);
	}
	if (headerProblems.length) return { ...emptyPreview(), headerProblems };

	const groups: Groups = new Map(ctx.groups.map((g) => [foldVietnamese(g.name), g]));
	const existingByName = new Map<
		string,
		{ id: number; phone: string | null; organisation: string }[]
	>();
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
			preview.problems.push(
				fullName
					? { line: sheetRow.line, reason: result.reason, fullName }
					: { line: sheetRow.line, reason: result.reason }
			);
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
			preview.problems.push({
				line: row.line,
				reason: `Trùng với dòng ${earlier ?? claimedBy}.`,
				fullName: row.fullName
			});
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
