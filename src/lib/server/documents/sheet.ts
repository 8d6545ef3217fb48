// The look of every list the office downloads as .xlsx (delegates, attendance, the archive's data):
// a bold title on row 1, a grey header on row 2 frozen with filters, printed A4 landscape one page wide.
import type ExcelJS from 'exceljs';

export interface SheetColumn {
	header: string;
	width: number;
	/** Kept as text (a phone's leading 0, a hash that looks like a number). */
	text?: boolean;
}

/** A new sheet of `workbook` with its title and header written; rows go on from row 3. */
export function officeSheet(
	workbook: ExcelJS.Workbook,
	sheetName: string,
	title: string,
	columns: readonly SheetColumn[]
): ExcelJS.Worksheet {
	const sheet = workbook.addWorksheet(sheetName, {
		views: [{ state: 'frozen', ySplit: 2 }],
		pageSetup: {
			paperSize: 9,
			orientation: 'landscape',
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 0,
			printTitlesRow: '2:2'
		}
	});
	columns.forEach((c, i) => {
		sheet.getColumn(i + 1).width = c.width;
		if (c.text) sheet.getColumn(i + 1).numFmt = '@';
	});
	sheet.addRow([title]).font = { bold: true, size: 14 };
	const header = sheet.addRow(columns.map((c) => c.header));
	header.font = { bold: true };
	header.alignment = { vertical: 'middle', wrapText: true };
	header.eachCell(
		(cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } })
	);
	sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
	return sheet;
}
