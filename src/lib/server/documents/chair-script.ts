/**
 * Kịch bản điều hành: the chair's script. The programme as a table (planned time, what, who), then
 * for each item what the chair says to open and to close it and their own notes, and the planned
 * total. Decree-30 page, header and fonts (./nd30.ts).
 */
import {
	AlignmentType,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType
} from 'docx';
import {
	AGENDA_KIND_LABELS,
	chairLines,
	formatDuration,
	formatSpan,
	presenterLine,
	schedule,
	type AgendaEntry
} from '$lib/domain/programme';
import { formatMeetingTime, formatTime } from '$lib/domain/dates';
import {
	BODY_STYLE,
	PARAGRAPH_GAP,
	TEXT_WIDTH,
	bodyParagraph,
	documentTitle,
	headerBlock,
	mm,
	nd30Document,
	nd30Section,
	packDocx,
	ruledTable,
	type HeaderBlockOptions
} from './nd30';

/** The ND30 header, with the issuer from the conference and dated the meeting's day; no number unless the office gives one. */
export type ChairScriptHeading = HeaderBlockOptions;

/** What the script needs of the conference (a Conference row fits). */
export interface ChairScriptConference {
	title: string;
	place: string;
	startsAt: Date;
	/** The end announced in the giấy mời, to warn the chair when the programme runs past it. */
	endsAt: Date;
	chairName: string;
	chairTitle: string;
}

/** 13 pt in the table, so that a long tham luận topic fits its column in a few lines. */
const TABLE_TEXT = 26;
const COLUMNS = [
	{ header: 'Thời gian', width: mm(30) },
	{ header: 'Nội dung', width: mm(80) }
];
const WIDTHS = [
	...COLUMNS.map((c) => c.width),
	TEXT_WIDTH - COLUMNS.reduce((sum, c) => sum + c.width, 0)
];
const HEADERS = [...COLUMNS.map((c) => c.header), 'Người thực hiện'];

interface ScriptEntry {
	item: AgendaEntry;
	span: string;
	/** "Tham luận số 2", "Báo cáo"; null for "other", whose label would tell the chair nothing. */
	label: string | null;
	/** The title, unless it only repeats the label ("Giải lao"). */
	title: string | null;
	lines: { open: string; close: string };
}

function scriptEntries(items: readonly AgendaEntry[], startsAt: Date) {
	const plan = schedule(items, startsAt);
	let speeches = 0;
	const entries = plan.entries.map(({ item, startsAt: from, endsAt: to }): ScriptEntry => {
		const speechNumber = item.kind === 'speech' ? ++speeches : null;
		const kind = AGENDA_KIND_LABELS[item.kind];
		const label = item.kind === 'other' ? null : speechNumber ? `${kind} số ${speechNumber}` : kind;
		const repeatsLabel = item.title.toLocaleLowerCase('vi') === kind.toLocaleLowerCase('vi');
		return {
			item,
			span: formatSpan(from, to),
			label,
			title: label && repeatsLabel ? null : item.title,
			lines: chairLines(item, speechNumber)
		};
	});
	return { entries, totalSeconds: plan.totalSeconds, endsAt: plan.endsAt };
}

function cell(
	paragraphs: { text: string; bold?: boolean }[],
	o: { width: number; center?: boolean; span?: number }
): TableCell {
	return new TableCell({
		width: { size: o.width, type: WidthType.DXA },
		columnSpan: o.span,
		verticalAlign: VerticalAlign.CENTER,
		margins: { top: 40, bottom: 40, left: 80, right: 80 },
		children: (paragraphs.length > 0 ? paragraphs : [{ text: '' }]).map(
			(p) =>
				new Paragraph({
					alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
					children: [new TextRun({ text: p.text, bold: p.bold, size: TABLE_TEXT })]
				})
		)
	});
}

function programmeTable(entries: ScriptEntry[]): Table {
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: HEADERS.map((h, i) =>
			cell([{ text: h, bold: true }], { width: WIDTHS[i]!, center: true })
		)
	});
	const rows = entries.map(
		(e) =>
			new TableRow({
				cantSplit: true,
				children: [
					cell([{ text: e.span }], { width: WIDTHS[0]!, center: true }),
					cell(
						[
							...(e.label ? [{ text: e.label, bold: true }] : []),
							...(e.title ? [{ text: e.title }] : [])
						],
						{ width: WIDTHS[1]! }
					),
					cell(presenterLine(e.item) ? [{ text: presenterLine(e.item) }] : [], {
						width: WIDTHS[2]!
					})
				]
			})
	);
	const empty = new TableRow({
		children: [
			cell([{ text: 'Chưa có nội dung trong chương trình.' }], {
				width: TEXT_WIDTH,
				span: 3,
				center: true
			})
		]
	});
	return ruledTable(WIDTHS, [header, ...(rows.length > 0 ? rows : [empty])]);
}

/** A part's heading (I., II.): bold, at the left margin, kept with what follows. */
function partHeading(text: string): Paragraph {
	return new Paragraph({
		keepNext: true,
		spacing: { before: 2 * PARAGRAPH_GAP, after: PARAGRAPH_GAP },
		children: [new TextRun({ text, bold: true })]
	});
}

/** One line of an item's script, `Mở đầu: …`, its label bold; a note in italics. */
interface ScriptLine {
	label: string;
	text: string;
	italics?: boolean;
}

/** One item of part II: its number, label, title and time, who, then the chair's words and notes. */
function itemScript(e: ScriptEntry, n: number): Paragraph[] {
	const heading = [e.label, e.title].filter(Boolean).join(': ');
	const who = presenterLine(e.item);
	const notes = e.item.chairNotes
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
	const lines: ScriptLine[] = [
		...(who ? [{ label: 'Người thực hiện', text: who }] : []),
		// For "other" the opening line only restates the heading and who: nothing for the chair to say.
		...(e.item.kind === 'other' ? [] : [{ label: 'Mở đầu', text: e.lines.open }]),
		...(e.lines.close ? [{ label: 'Kết thúc', text: e.lines.close }] : []),
		...notes.map((text, i) => ({ label: i === 0 ? 'Ghi chú' : '', text, italics: true }))
	];
	return [
		new Paragraph({
			keepNext: true,
			spacing: { before: PARAGRAPH_GAP, after: PARAGRAPH_GAP },
			children: [
				new TextRun({ text: `${n}. ${heading}`, bold: true }),
				new TextRun({ text: ` (${e.span})`, italics: true })
			]
		}),
		...lines.map(
			(line, i) =>
				new Paragraph({
					style: BODY_STYLE,
					// An item's lines stay on one page where they fit: the chair never turns over mid-item.
					keepNext: i < lines.length - 1,
					keepLines: true,
					children: [
						...(line.label
							? [new TextRun({ text: `${line.label}: `, bold: true, italics: line.italics })]
							: []),
						new TextRun({ text: line.text, italics: line.italics })
					]
				})
		)
	];
}

/** The planned total and end; a warning when the programme runs past the end in the giấy mời. */
function closingLine(totalSeconds: number, endsAt: Date, announcedEnd: Date): Paragraph {
	const lateMinutes = Math.round((endsAt.getTime() - announcedEnd.getTime()) / 60_000);
	const late =
		lateMinutes > 0
			? `, muộn ${formatDuration(lateMinutes * 60)} so với giờ kết thúc trong giấy mời (${formatTime(announcedEnd)})`
			: '';
	return new Paragraph({
		style: BODY_STYLE,
		spacing: { before: 2 * PARAGRAPH_GAP },
		children: [
			new TextRun({ text: 'Tổng thời gian dự kiến: ', bold: true }),
			new TextRun(
				`${formatDuration(totalSeconds)}; dự kiến kết thúc lúc ${formatTime(endsAt)}${late}.`
			)
		]
	});
}

export async function buildChairScriptDocx(
	heading: ChairScriptHeading,
	conference: ChairScriptConference,
	items: readonly AgendaEntry[]
): Promise<Buffer> {
	const { entries, totalSeconds, endsAt } = scriptEntries(items, conference.startsAt);
	const fact = (label: string, text: string) =>
		bodyParagraph([new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)]);
	const section = nd30Section(
		[
			headerBlock(heading),
			...documentTitle('Kịch bản điều hành', conference.title),
			fact('Thời gian', formatMeetingTime(conference.startsAt)),
			fact('Địa điểm', conference.place),
			fact('Chủ trì', `Đồng chí ${conference.chairName} - ${conference.chairTitle}`),
			partHeading('I. CHƯƠNG TRÌNH'),
			programmeTable(entries),
			...(entries.length > 0
				? [partHeading('II. LỜI ĐIỀU HÀNH'), ...entries.flatMap((e, i) => itemScript(e, i + 1))]
				: []),
			closingLine(totalSeconds, endsAt, conference.endsAt)
		],
		{ pageNumbers: true }
	);
	return packDocx(nd30Document([section], `Kịch bản điều hành - ${conference.title}`));
}
