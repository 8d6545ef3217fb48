/**
 * The kỷ yếu (proceedings) as one .docx, from the model of src/lib/domain/proceedings.ts: a cover, a
 * title page, the contents, then each part from a new page.
 *
 * Page numbers: none on the cover and the title page (their own section, without a header); from
 * the contents on, every page carries its number in the top margin, counted from the cover, so the
 * contents is page 3. The contents' numbers are PAGEREF fields to a bookmark at each part heading
 * and each document title: the document asks to update its fields on opening (Word asks the
 * reader once), and LibreOffice works them out as it lays the pages out. Both print the number as
 * the header prints it, as no section starts its numbering again.
 */
import {
	AlignmentType,
	ExternalHyperlink,
	type FileChild,
	type IStylesOptions,
	Paragraph,
	TableRow,
	TextRun
} from 'docx';
import { formatNd30Day, formatTime, vnParts } from '$lib/domain/dates';
import { formatSpoken } from '$lib/domain/programme';
import {
	type ProceedingsVolume,
	type VolumeDocument,
	type VolumePart,
	type VolumeProgrammeRow
} from '$lib/domain/proceedings';
import { attendeesTable, listCell } from './attendance-list';
import { conclusionParagraphs } from './conclusion-notice';
import {
	DOCUMENT_TITLE_OUTLINE_LEVEL,
	contentStyles,
	PART_OUTLINE_LEVEL,
	htmlToDocx
} from './html-to-docx';
import { sectionParagraphs } from './minutes';
import {
	bookmarked,
	contents,
	contentsStyle,
	documentBookmark,
	partBookmark,
	partHeading
} from './proceedings-contents';
import {
	BODY_STYLE,
	FONT,
	PAGE,
	MARGINS,
	PARAGRAPH_GAP,
	SIZE,
	TEXT_WIDTH,
	bodyParagraph,
	centredLine,
	mm,
	nd30Document,
	nd30Section,
	packDocx,
	ruledTable,
	rule,
	approxTextWidth,
	upper
} from './nd30';

export const COVER_TITLE = 'KỶ YẾU HỘI NGHỊ';
export const MINUTES_MISSING_LINE = 'Thông báo kết luận và biên bản hội nghị chưa hoàn thành.';
export const SCANNED_NOTE = 'Bản quét, không trích được chữ — xem bản gốc tại liên kết trên.';
/** Where a programme item was not timed. */
const UNTIMED = '—';

const PART_STYLE = 'VolumePart';
const DOCUMENT_TITLE_STYLE = 'VolumeDocumentTitle';

/** The volume's own styles on top of ND30's: part headings, document titles, contents lines, and the documents' content. */
const volumeStyles: IStylesOptions = {
	...contentStyles,
	paragraphStyles: [
		...(contentStyles.paragraphStyles ?? []),
		{
			id: PART_STYLE,
			name: 'Kỷ yếu: phần',
			basedOn: 'Normal',
			next: BODY_STYLE,
			run: { font: FONT, size: 30, bold: true },
			paragraph: {
				outlineLevel: PART_OUTLINE_LEVEL,
				alignment: AlignmentType.CENTER,
				spacing: { after: 3 * PARAGRAPH_GAP },
				keepNext: true,
				keepLines: true
			}
		},
		{
			id: DOCUMENT_TITLE_STYLE,
			name: 'Kỷ yếu: tài liệu',
			basedOn: 'Normal',
			next: BODY_STYLE,
			run: { font: FONT, size: SIZE.docType, bold: true },
			paragraph: {
				outlineLevel: DOCUMENT_TITLE_OUTLINE_LEVEL,
				alignment: AlignmentType.CENTER,
				spacing: { before: PARAGRAPH_GAP, after: PARAGRAPH_GAP / 2 },
				keepNext: true,
				keepLines: true
			}
		},
		contentsStyle
	]
};

/** "Bình Thành, tháng 4 năm 2026": the cover's place and time. */
export function coverMonth(locality: string, startsAt: Date): string {
	const { month, year } = vnParts(startsAt);
	return `${locality}, tháng ${month} năm ${year}`;
}

/** "Gửi lúc 16:05 ngày 21/4/2026 · bản 2" */
export function submittedLine(d: Pick<VolumeDocument, 'submittedAt' | 'version'>): string {
	const at = new Date(d.submittedAt);
	return `Gửi lúc ${formatTime(at)} ngày ${formatNd30Day(at)} · bản ${d.version}`;
}

/** The issuing body as on the volume's cover: the parent body, then the issuer in bold, and a short rule. */
function issuerParagraphs(c: ProceedingsVolume['conference']): Paragraph[] {
	const lines = c.issuerLines.map(upper);
	return [
		...(c.parentBody ? [centredLine(upper(c.parentBody), { size: SIZE.body })] : []),
		...lines.map((line) => centredLine(line, { size: SIZE.body, bold: true })),
		rule(0.4 * Math.max(0, ...lines.map((line) => approxTextWidth(line, SIZE.body))), TEXT_WIDTH)
	];
}

/** The height between the margins, for placing the cover's last line at the foot of the page. */
const TEXT_HEIGHT = PAGE.height - MARGINS.top - MARGINS.bottom;

function coverPages(c: ProceedingsVolume['conference']): FileChild[] {
	const startsAt = new Date(c.startsAt);
	const subject = c.subject.trim();
	const title = c.title.trim();
	const foot = (pageBreakBefore: boolean) =>
		new Paragraph({
			alignment: AlignmentType.CENTER,
			// The month line sits low on the page, under everything the page holds above it.
			spacing: { before: Math.round(TEXT_HEIGHT * 0.3) },
			pageBreakBefore,
			children: [
				new TextRun({ text: coverMonth(c.locality, startsAt), bold: true, size: SIZE.body })
			]
		});
	const titleLines = (size: number) => [
		centredLine(upper(title), { size, bold: true, spacingAfter: PARAGRAPH_GAP }),
		...(subject && subject.toLocaleLowerCase('vi') !== title.toLocaleLowerCase('vi')
			? [centredLine(subject, { size: SIZE.body, italics: true })]
			: [])
	];
	const cover = [
		...issuerParagraphs(c),
		centredLine(COVER_TITLE, {
			size: 44,
			bold: true,
			spacingBefore: Math.round(TEXT_HEIGHT * 0.22),
			spacingAfter: 3 * PARAGRAPH_GAP
		}),
		...titleLines(32),
		centredLine(c.place.trim(), { size: SIZE.body, spacingBefore: 4 * PARAGRAPH_GAP }),
		foot(false)
	];
	const titlePage = [
		new Paragraph({ pageBreakBefore: true }),
		...issuerParagraphs(c),
		centredLine(COVER_TITLE, {
			size: 32,
			bold: true,
			spacingBefore: Math.round(TEXT_HEIGHT * 0.18),
			spacingAfter: 2 * PARAGRAPH_GAP
		}),
		...titleLines(SIZE.docType),
		centredLine(`Thời gian: ${formatTime(startsAt)}, ngày ${formatNd30Day(startsAt)}`, {
			size: SIZE.body,
			spacingBefore: 4 * PARAGRAPH_GAP
		}),
		centredLine(`Địa điểm: ${c.place.trim()}`, { size: SIZE.body }),
		foot(false)
	];
	return [...cover, ...titlePage];
}

const noteLine = (text: string, o: { italics?: boolean; spacingAfter?: number } = {}) =>
	new Paragraph({
		alignment: AlignmentType.CENTER,
		spacing: { after: o.spacingAfter ?? 0 },
		keepNext: true,
		children: [new TextRun({ text, italics: o.italics, size: SIZE.recipientsLabel + 2 })]
	});

/** A document's text, one body paragraph per line of the extracted text. */
function textParagraphs(text: string): Paragraph[] {
	return text
		.split(/\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => bodyParagraph(line));
}

function documentBlock(d: VolumeDocument, pageBreakBefore: boolean, out: FileChild[]): void {
	out.push(bookmarked(DOCUMENT_TITLE_STYLE, d.title, documentBookmark(d), pageBreakBefore));
	if (d.unitName.trim()) out.push(noteLine(d.unitName.trim(), { italics: false }));
	if (d.speaker?.trim()) out.push(noteLine(`Trình bày: ${d.speaker.trim()}`));
	out.push(noteLine(submittedLine(d), { italics: true }));
	out.push(
		new Paragraph({
			alignment: AlignmentType.CENTER,
			keepNext: true,
			children: [
				new TextRun({ text: 'Bản gốc: ', italics: true, size: SIZE.recipientsLabel + 2 }),
				new ExternalHyperlink({
					link: d.originalUrl,
					children: [
						new TextRun({
							text: d.fileName,
							style: 'Hyperlink',
							italics: true,
							size: SIZE.recipientsLabel + 2
						})
					]
				})
			]
		})
	);
	out.push(rule(mm(40), TEXT_WIDTH, 2 * PARAGRAPH_GAP));
	const content = d.content;
	// Appended one by one: a long report's hundreds of blocks are not spread onto the call stack.
	const blocks =
		content.kind === 'html'
			? htmlToDocx(content.html)
			: content.kind === 'text'
				? textParagraphs(content.text)
				: [bodyParagraph([new TextRun({ text: SCANNED_NOTE, italics: true })])];
	for (const block of blocks) out.push(block);
}

const PROGRAMME_COLUMNS = [
	{ header: 'STT', width: mm(13) },
	{ header: 'Thời gian dự kiến', width: mm(28) },
	{ header: 'Thực tế', width: mm(28) },
	{ header: 'Nội dung', width: 0 },
	{ header: 'Người trình bày', width: mm(40) }
];
PROGRAMME_COLUMNS[3]!.width = TEXT_WIDTH - PROGRAMME_COLUMNS.reduce((sum, c) => sum + c.width, 0);

/** "08:00 (7 phút)"; the actual one "08:12 (6 phút 40 giây)", "—" when not timed. */
function programmeTimes(row: VolumeProgrammeRow): [string, string] {
	const planned = `${formatTime(new Date(row.plannedStart))} (${formatSpoken(row.plannedSeconds * 1000)})`;
	if (row.actualStart === null) return [planned, UNTIMED];
	const spoken = row.spokenMs === null ? '' : ` (${formatSpoken(row.spokenMs)})`;
	return [planned, `${formatTime(new Date(row.actualStart))}${spoken}`];
}

function programmeTable(rows: readonly VolumeProgrammeRow[]): FileChild[] {
	const widths = PROGRAMME_COLUMNS.map((c) => c.width);
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: PROGRAMME_COLUMNS.map((c) =>
			listCell(c.header, { bold: true, center: true, width: c.width })
		)
	});
	const body = rows.map((row, i) => {
		const [planned, actual] = programmeTimes(row);
		return new TableRow({
			cantSplit: true,
			children: [
				listCell(String(i + 1), { center: true, width: widths[0]! }),
				listCell(planned, { center: true, width: widths[1]! }),
				listCell(actual, { center: true, width: widths[2]! }),
				listCell(row.title, { width: widths[3]! }),
				listCell(row.presenter, { width: widths[4]! })
			]
		});
	});
	return [ruledTable(widths, [header, ...body])];
}

const subHeading = (text: string, number: string) => [
	centredLine(text, {
		size: SIZE.docType,
		bold: true,
		spacingBefore: 2 * PARAGRAPH_GAP,
		keepNext: true
	}),
	...(number.trim()
		? [
				centredLine(`(Số ${number.trim()})`, {
					size: SIZE.body,
					italics: true,
					keepNext: true,
					spacingAfter: PARAGRAPH_GAP
				})
			]
		: [])
];

function partBody(part: VolumePart, out: FileChild[]): void {
	switch (part.key) {
		case 'plan':
		case 'reports':
		case 'speeches':
			// The part's first document starts under the part's heading; the next ones from a new page.
			part.documents.forEach((d, i) => documentBlock(d, i > 0, out));
			return;
		case 'programme':
			out.push(...programmeTable(part.rows));
			return;
		case 'minutes': {
			const m = part.minutes;
			if (m === null) {
				out.push(bodyParagraph([new TextRun({ text: MINUTES_MISSING_LINE, italics: true })]));
				return;
			}
			if (m.conclusions.length > 0)
				out.push(
					...subHeading('THÔNG BÁO KẾT LUẬN', m.conclusionNumber),
					...conclusionParagraphs(m.conclusions)
				);
			out.push(
				...subHeading('BIÊN BẢN HỘI NGHỊ', m.minutesNumber),
				...sectionParagraphs(m.sections)
			);
			return;
		}
		case 'attendance': {
			const people = part.groups.flatMap((g) => g.people);
			const present = people.filter((p) => p.arrivedAt !== null).length;
			out.push(
				attendeesTable(part.groups),
				new Paragraph({
					spacing: { before: 160 },
					children: [
						new TextRun({
							text: `Tổng số: ${people.length} đại biểu; có mặt: ${present}.`,
							italics: true
						})
					]
				})
			);
			return;
		}
	}
}

/** The kỷ yếu as one .docx: cover, title page, contents, the parts in order (see the domain model). */
export async function buildProceedingsDocx(volume: ProceedingsVolume): Promise<Buffer> {
	const body: FileChild[] = contents(volume.parts);
	for (const part of volume.parts) {
		body.push(bookmarked(PART_STYLE, partHeading(part), partBookmark(part), true));
		partBody(part, body);
	}
	const c = volume.conference;
	return packDocx(
		nd30Document(
			[nd30Section(coverPages(c)), nd30Section(body, { pageNumbers: true, numberFirstPage: true })],
			`Kỷ yếu - ${c.title}`,
			volumeStyles,
			{ updateFields: true }
		)
	);
}
