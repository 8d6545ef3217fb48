import ExcelJS from 'exceljs';
import { officeSheet } from '../documents/sheet';

// The delegate list as the office downloads it (.xlsx and .csv); both re-import as the same delegates.

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
	// Text format on the whole phone column, so phones typed in later keep their leading 0 too.
	const sheet = officeSheet(
		workbook,
		'Đại biểu',
		title,
		EXPORT_COLUMNS.map((c, i) => ({ ...c, text: i === PHONE_COLUMN }))
	);
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

/**
 * A phone is written ="0912345678": Excel opens a CSV's digits as a number and drops the leading 0,
 * but evaluates this formula to the text 0912345678, and so does LibreOffice Calc (it evaluates
 * formulas when it opens a CSV, its default). We chose it over a leading tab, which both also keep
 * as text, because the tab stays in the cell and travels with every copy into Zalo or a phone's
 * dialler. Only digits (and a leading +) are ever written so: the formula can carry nothing else.
 */
const PHONE_AS_TEXT = /^\+?\d{3,15}$/;

/** A cell Excel would run as a formula gets a leading apostrophe (CSV injection). */
function csvCell(value: string | number, col: number): string {
	const text = String(value);
	if (col === PHONE_COLUMN && PHONE_AS_TEXT.test(text)) return `="${text}"`;
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** UTF-8 with a BOM so Excel shows Vietnamese letters; CRLF line ends. */
export function delegatesToCsv(rows: ExportRow[]): string {
	const lines = [EXPORT_COLUMNS.map((c) => c.header), ...rows.map(exportCells)].map((cells) =>
		cells.map(csvCell).join(',')
	);
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
