/**
 * Decree 30/2020/NĐ-CP building blocks (Phụ lục I of the decree; docs/architecture.md, Documents): page, fonts, the header block,
 * the document title, body paragraphs and page numbers (the signature block and Nơi nhận are in
 * nd30-signature.ts). Shared by every generated administrative document (giấy mời, biên bản,
 * danh sách, kỷ yếu).
 *
 * Units: font sizes are half-points (26 = 13 pt), lengths are twips (567 = 1 cm).
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	type FileChild,
	Header,
	LineRuleType,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	Table,
	TableBorders,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	WidthType,
	type IBorderOptions,
	type IPropertiesOptions,
	type ISectionOptions,
	type IStylesOptions,
	type ParagraphChild
} from 'docx';
import { formatPlaceDate } from '$lib/domain/dates';

export const FONT = 'Times New Roman';
export const CM = 567;
export const mm = (millimetres: number) => Math.round((millimetres * CM) / 10);

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;
/** ND30 defaults: top 20, bottom 20, left 30, right 15 mm. */
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;
/** The width between the margins: 165 mm. */
export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

/** Half-points. The header uses ND30's 12 / 13 / 13 set (Quốc hiệu / Tiêu ngữ / date). */
export const SIZE = {
	body: 28,
	issuer: 24,
	nationalName: 24,
	motto: 26,
	number: 26,
	placeDate: 26,
	docType: 28,
	subject: 28,
	signer: 28,
	recipientsLabel: 24,
	recipients: 22,
	pageNumber: 28,
	small: 20
} as const;

/** 6 pt: ND30's minimum between body paragraphs. */
export const PARAGRAPH_GAP = 120;

export const BODY_STYLE = 'Nd30Body';

/** Every run Times New Roman, black, 14 pt; body paragraphs justified with a 1 cm first-line indent. */
export const nd30Styles: IStylesOptions = {
	default: {
		document: {
			run: { font: FONT, size: SIZE.body, color: '000000', language: { value: 'vi-VN' } },
			paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }
		}
	},
	paragraphStyles: [
		{
			id: BODY_STYLE,
			name: 'ND30 Body',
			basedOn: 'Normal',
			quickFormat: true,
			paragraph: {
				alignment: AlignmentType.JUSTIFIED,
				indent: { firstLine: CM },
				spacing: { after: PARAGRAPH_GAP }
			}
		}
	]
};

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A table of data across the text width, ruled with thin single lines (danh sách, kịch bản): fixed
 * column widths, so Word does not re-flow the columns to their content.
 */
export function ruledTable(columnWidths: number[], rows: TableRow[]): Table {
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths,
		layout: TableLayoutType.FIXED,
		borders: {
			top: RULE,
			bottom: RULE,
			left: RULE,
			right: RULE,
			insideHorizontal: RULE,
			insideVertical: RULE
		},
		rows
	});
}
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/**
 * A layout table without borders or cell padding, so that paragraph indents inside a cell are
 * measured from the cell's edge. Rows are never split across pages (a signature stays whole).
 * `rows[r][c]` is the content of cell c of row r.
 */
export function borderlessTable(columnWidths: number[], rows: (Paragraph | Table)[][][]): Table {
	return new Table({
		width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		columnWidths,
		layout: TableLayoutType.FIXED,
		borders: TableBorders.NONE,
		margins: { top: 0, bottom: 0, left: 0, right: 0 },
		rows: rows.map(
			(cells) =>
				new TableRow({
					cantSplit: true,
					children: cells.map(
						(children, c) =>
							new TableCell({
								width: { size: columnWidths[c] ?? 0, type: WidthType.DXA },
								borders: NO_CELL_BORDERS,
								// A cell must hold a paragraph, even an empty one.
								children: children.length > 0 ? children : [new Paragraph({})]
							})
					)
				})
		)
	});
}

/**
 * Rough width of a line of Times New Roman in twips, for sizing rules. Capitals are ~0.7 em,
 * small letters ~0.5 em, spaces 0.25 em — within a few percent for the header lines.
 */
export function approxTextWidth(text: string, size: number): number {
	let em = 0;
	for (const ch of text) em += ch === ' ' ? 0.25 : ch !== ch.toLocaleLowerCase('vi') ? 0.7 : 0.5;
	return Math.round(em * size * 10);
}

/** A centred horizontal rule `length` twips long inside a box `within` twips wide (a cell or the page). */
export function rule(length: number, within: number, spacingAfter = 0): Paragraph {
	const side = Math.max(0, Math.round((within - Math.min(length, within)) / 2));
	return new Paragraph({
		indent: { left: side, right: side, firstLine: 0 },
		border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
		// An empty 5 pt paragraph: only its bottom border shows, just clear of the descenders above.
		spacing: { before: 0, after: spacingAfter, line: 100, lineRule: LineRuleType.EXACT },
		run: { size: 2 }
	});
}

export interface LineOptions {
	size: number;
	bold?: boolean;
	italics?: boolean;
	spacingBefore?: number;
	spacingAfter?: number;
	keepNext?: boolean;
}

/** One centred line in a single run (so it can be found whole in the XML). */
export function centredLine(text: string, o: LineOptions): Paragraph {
	return new Paragraph({
		alignment: AlignmentType.CENTER,
		spacing: { before: o.spacingBefore ?? 0, after: o.spacingAfter ?? 0 },
		keepNext: o.keepNext,
		children: [new TextRun({ text, size: o.size, bold: o.bold, italics: o.italics })]
	});
}

/** Upper case the Vietnamese way ("đ" → "Đ"). */
export const upper = (s: string) => s.toLocaleUpperCase('vi');

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const HEADER_LEFT = mm(65);
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;

export interface HeaderIssuer {
	/** Cơ quan chủ quản, printed above the issuer; usually none for a UBND xã. */
	parentBody?: string | null;
	/** The issuing body, e.g. ["ỦY BAN NHÂN DÂN", "XÃ BÌNH THÀNH"]. */
	issuerLines: string[];
	/** Số and ký hiệu, e.g. "05/GM-UBND" (printed after "Số: "); none for an unnumbered list. */
	number?: string;
}

/**
 * The header's options. The place-date line needs both the locality and the date; a biên bản (mẫu
 * 1.9) gives neither, as its time is in the body.
 */
export type HeaderBlockOptions = HeaderIssuer &
	({ locality: string; date: Date } | { locality?: undefined; date?: undefined });

/** ND30 header: issuer and number on the left, Quốc hiệu, Tiêu ngữ and place-date on the right. */
export function headerBlock(o: HeaderBlockOptions): Table {
	const issuer = o.issuerLines.map(upper);
	const issuerRuleLength =
		0.4 * Math.max(0, ...issuer.map((line) => approxTextWidth(line, SIZE.issuer)));
	const left: Paragraph[] = [
		...(o.parentBody ? [centredLine(upper(o.parentBody), { size: SIZE.issuer })] : []),
		...issuer.map((line) => centredLine(line, { size: SIZE.issuer, bold: true })),
		rule(issuerRuleLength, HEADER_LEFT)
	];
	const right: Paragraph[] = [
		centredLine(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
		centredLine(MOTTO, { size: SIZE.motto, bold: true }),
		rule(approxTextWidth(MOTTO, SIZE.motto), HEADER_RIGHT)
	];
	const gap = { spacingBefore: PARAGRAPH_GAP };
	return borderlessTable(
		[HEADER_LEFT, HEADER_RIGHT],
		[
			[left, right],
			[
				o.number === undefined
					? []
					: [centredLine(`Số: ${o.number}`, { size: SIZE.number, ...gap })],
				o.date === undefined
					? []
					: [
							centredLine(formatPlaceDate(o.locality, o.date), {
								size: SIZE.placeDate,
								italics: true,
								...gap
							})
						]
			]
		]
	);
}

/** Document type (GIẤY MỜI, BIÊN BẢN…) centred bold UPPER, the optional trích yếu, then a short rule. */
export function documentTitle(type: string, subject?: string): Paragraph[] {
	const heading = { size: SIZE.docType, bold: true, keepNext: true };
	const lastLine = subject || upper(type);
	const ruleLength = Math.max(
		mm(15),
		0.4 * Math.min(approxTextWidth(lastLine, SIZE.subject), TEXT_WIDTH)
	);
	return [
		centredLine(upper(type), { ...heading, spacingBefore: 2 * PARAGRAPH_GAP }),
		...(subject ? [centredLine(subject, { ...heading, size: SIZE.subject })] : []),
		rule(ruleLength, TEXT_WIDTH, 2 * PARAGRAPH_GAP)
	];
}

/** A body paragraph: justified, first-line indent, 6 pt after (the BODY_STYLE). */
export function bodyParagraph(content: string | ParagraphChild[]): Paragraph {
	return new Paragraph({
		style: BODY_STYLE,
		children: typeof content === 'string' ? [new TextRun(content)] : content
	});
}

/**
 * ND30 page numbers: Arabic, centred in the top margin, none on the first page (needs `titlePage`).
 * `firstPage`: what the first page's top margin holds instead (a draft's "DỰ THẢO").
 */
export function pageNumberHeaders(firstPage: Paragraph[] = []): { first: Header; default: Header } {
	return {
		first: new Header({ children: firstPage.length > 0 ? firstPage : [new Paragraph({})] }),
		default: new Header({
			children: [
				new Paragraph({
					alignment: AlignmentType.CENTER,
					children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })]
				})
			]
		})
	};
}

/**
 * A section on A4 with ND30 margins; `pageNumbers` for documents that run over one page.
 * docx writes a section break into the section's last paragraph, or adds a full-height empty one
 * after a closing table (which Word needs anyway), which can spill onto a blank page: a fresh
 * hairline paragraph takes that role instead, and keeps shared paragraphs out of it.
 */
export interface Nd30SectionOptions {
	pageNumbers?: boolean;
	/** With pageNumbers: start again from 1 (an appendix numbers its pages on its own). */
	restartNumbering?: boolean;
	/** With pageNumbers: the first page's header instead of an empty one. */
	firstPageHeader?: Paragraph[];
	/** With pageNumbers: the first page numbered too (a section that goes on from an earlier one, as the kỷ yếu's after its cover). */
	numberFirstPage?: boolean;
}

export function nd30Section(
	children: readonly FileChild[],
	{
		pageNumbers = false,
		restartNumbering = false,
		firstPageHeader = [],
		numberFirstPage = false
	}: Nd30SectionOptions = {}
): ISectionOptions {
	const headers = pageNumberHeaders(firstPageHeader);
	const sectionEnd = new Paragraph({
		spacing: { line: 20, lineRule: LineRuleType.EXACT },
		run: { size: 2 }
	});
	return {
		properties: {
			page: {
				size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
				margin: { ...MARGINS, header: CM, footer: CM },
				...(pageNumbers && restartNumbering ? { pageNumbers: { start: 1 } } : {})
			},
			...(pageNumbers && !numberFirstPage ? { titlePage: true } : {})
		},
		...(pageNumbers ? { headers: numberFirstPage ? { default: headers.default } : headers } : {}),
		children: [...children, sectionEnd]
	};
}

/**
 * `styles`: nd30Styles, or a set built on it (a report with Word headings adds theirs).
 * `features`: `updateFields` for a document whose fields (a contents' page numbers) Word must work out on opening.
 */
export function nd30Document(
	sections: ISectionOptions[],
	title?: string,
	styles: IStylesOptions = nd30Styles,
	features?: IPropertiesOptions['features']
): Document {
	return new Document({
		title,
		creator: 'Hội nghị',
		styles,
		sections,
		...(features ? { features } : {})
	});
}

export function packDocx(doc: Document): Promise<Buffer> {
	return Packer.toBuffer(doc);
}
