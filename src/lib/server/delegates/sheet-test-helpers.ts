import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { RuleError } from '../http/errors';
import { previewImport, type ImportContext } from './import-preview';
import { readSpreadsheet } from './read-sheet';

// What the spreadsheet tests (reading, import preview, export) share: files made on the fly, the
// fixture folder and a conference's two groups.

export const fixture = (name: string) =>
	new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
export const XOM = 'Trưởng xóm trên địa bàn xã';
export const CONG_CHUC = 'Các công chức chuyên môn';
export const ctx: ImportContext = {
	groups: [
		{ id: 8, name: CONG_CHUC },
		{ id: 9, name: XOM }
	],
	existing: []
};

export type Cell = ExcelJS.CellValue;
export async function xlsx(
	rows: Cell[][],
	build?: (sheet: ExcelJS.Worksheet) => void
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Danh sách');
	for (const row of rows) sheet.addRow(row);
	build?.(sheet);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
export const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));
export const preview = async (bytes: Uint8Array, name: string, c = ctx) =>
	previewImport(await readSpreadsheet(bytes, name), c);
export const refusal = async (bytes: Uint8Array, name: string) => {
	const error = await readSpreadsheet(bytes, name).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(RuleError);
	return (error as RuleError).message;
};
