/**
 * Biên bản hội nghị (ND30 mẫu 1.9): the header without a place-date line, BIÊN BẢN and the
 * meeting's name, the sections of src/lib/domain/minutes.ts in order, the THƯ KÝ / CHỦ TỌA
 * signatures, Nơi nhận, and the danh sách đại biểu as an appendix from a new page.
 */
import { AlignmentType, type FileChild, Paragraph, TextRun } from 'docx';
import { formatNd30Day } from '$lib/domain/dates';
import { sectionText, type MinutesSection } from '$lib/domain/minutes';
import type { AttendanceBoard } from '$lib/domain/attendance';
import type { Conference } from '../db/schema';
import { attendanceTable } from './attendance-list';
import {
	BODY_STYLE,
	PARAGRAPH_GAP,
	SIZE,
	TEXT_WIDTH,
	bodyParagraph,
	borderlessTable,
	centredLine,
	documentTitle,
	headerBlock,
	nd30Document,
	nd30Section,
	packDocx
} from './nd30';
import { endingWithArchive, recipientsParagraphs, signerParagraphs } from './nd30-signature';

export interface MinutesDocxInput {
	conference: Pick<
		Conference,
		'title' | 'parentBody' | 'issuerLines' | 'chairName' | 'secretaryName' | 'minutesNumber'
	>;
	/** The biên bản's sections in order, as stored (src/lib/domain/minutes.ts); each printed as sectionText(). */
	sections: MinutesSection[];
	/** The meeting's day: the appendix's "(Kèm theo Biên bản số 12/BB-UBND ngày 24/4/2026)". */
	date: Date;
	/** Nơi nhận lines, without "- " and ";" (recipientLines in nd30-signature.ts adds them); the last is always "Lưu: VT, Hồ sơ". */
	recipients: string[];
	/** The attendance board, for the appendix "Danh sách đại biểu tham dự". */
	board: AttendanceBoard;
	/** A draft (not finalized) is marked "DỰ THẢO" at the top of page 1; a final one is not. */
	final: boolean;
}

/** What an unnumbered biên bản prints after "Số: ": room to write the number by hand. */
export const BLANK_MINUTES_NUMBER = '      /BB-UBND';
/** Where the app has nothing for a section: a line to fill by hand, never invented content. */
export const DOTTED_BLANK = '……………………';
/** The field before the agenda items (mẫu 1.9). */
export const CONTENT_LABEL = 'Nội dung (theo diễn biến cuộc họp)';
export const DRAFT_MARK = 'DỰ THẢO';

const lines = (text: string) =>
	text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

/** "Thời gian bắt đầu:" whether or not the stored heading has its colon. */
const label = (heading: string) => `${heading.trim().replace(/:+$/, '')}:`;

/** A body paragraph led by a bold label; kept with the next one when the label stands alone. */
function labelled(labelText: string, rest?: string): Paragraph {
	return new Paragraph({
		style: BODY_STYLE,
		keepNext: rest === undefined,
		children: [
			new TextRun({ text: labelText, bold: true }),
			...(rest === undefined ? [] : [new TextRun(` ${rest}`)])
		]
	});
}

/** A label with the section's first line after it, and the other lines as paragraphs of their own. */
function inlineSection(heading: string, text: string): Paragraph[] {
	const [first = DOTTED_BLANK, ...more] = lines(text);
	return [labelled(label(heading), first), ...more.map((line) => bodyParagraph(line))];
}

/** A label on its own line (bold, as written: an item's "1. Khai mạc hội nghị"), then the lines. */
function blockSection(heading: string, text: string): Paragraph[] {
	const body = lines(text);
	if (body.length === 0) return [labelled(heading, DOTTED_BLANK)];
	return [labelled(heading), ...body.map((line) => bodyParagraph(line))];
}

/** The biên bản's sections as printed (its fields, then each agenda item and the conclusions); also the kỷ yếu's. */
export function sectionParagraphs(sections: readonly MinutesSection[]): Paragraph[] {
	const out: Paragraph[] = [];
	let contentLabelled = false;
	for (const section of sections) {
		const text = sectionText(section);
		if (section.key.startsWith('item:')) {
			if (!contentLabelled) out.push(labelled(`${CONTENT_LABEL}:`));
			contentLabelled = true;
			out.push(...blockSection(section.heading.trim(), text));
			continue;
		}
		switch (section.key) {
			case 'conclusions':
				// A biên bản with no item yet still shows the content field, to be written by hand.
				if (!contentLabelled) out.push(labelled(`${CONTENT_LABEL}:`, DOTTED_BLANK));
				contentLabelled = true;
				out.push(...blockSection(label(section.heading), text));
				break;
			case 'attendance':
				out.push(...blockSection(label(section.heading), text));
				break;
			case 'end':
				// The closing sentence speaks for itself ("Hội nghị kết thúc vào …/."); a label only for the blank.
				// Kept with the signatures: they never stand alone at the top of a page.
				out.push(
					...(lines(text).length > 0
						? lines(text).map(
								(line) =>
									new Paragraph({
										style: BODY_STYLE,
										keepNext: true,
										children: [new TextRun(line)]
									})
							)
						: inlineSection(section.heading, ''))
				);
				break;
			default:
				out.push(...inlineSection(section.heading, text));
		}
	}
	return out;
}

/** THƯ KÝ on the left, CHỦ TỌA on the right, each with room to sign and the name under it. */
function signatures(secretaryName: string, chairName: string) {
	const half = Math.round(TEXT_WIDTH / 2);
	return borderlessTable(
		[half, TEXT_WIDTH - half],
		[
			[
				signerParagraphs({ title: 'Thư ký', name: secretaryName }),
				signerParagraphs({ title: 'Chủ tọa', name: chairName })
			]
		]
	);
}

function appendix(number: string, date: Date, board: AttendanceBoard): FileChild[] {
	return [
		centredLine('Phụ lục', { size: 28, bold: true }),
		centredLine('DANH SÁCH ĐẠI BIỂU THAM DỰ', { size: SIZE.docType, bold: true }),
		centredLine(`(Kèm theo Biên bản số ${number} ngày ${formatNd30Day(date)})`, {
			size: SIZE.body,
			italics: true,
			spacingAfter: 2 * PARAGRAPH_GAP
		}),
		...attendanceTable(board)
	];
}

export async function buildMinutesDocx(input: MinutesDocxInput): Promise<Buffer> {
	const c = input.conference;
	const number = c.minutesNumber.trim() || BLANK_MINUTES_NUMBER;
	const draftMark = new Paragraph({
		alignment: AlignmentType.RIGHT,
		children: [new TextRun({ text: DRAFT_MARK, bold: true, size: SIZE.body })]
	});
	const body = nd30Section(
		[
			headerBlock({ parentBody: c.parentBody, issuerLines: c.issuerLines, number }),
			...documentTitle('Biên bản', c.title),
			...sectionParagraphs(input.sections),
			new Paragraph({ spacing: { before: PARAGRAPH_GAP }, keepNext: true }),
			signatures(c.secretaryName, c.chairName),
			new Paragraph({ spacing: { before: 2 * PARAGRAPH_GAP } }),
			...recipientsParagraphs(endingWithArchive(input.recipients, 'Lưu: VT, Hồ sơ'))
		],
		// In the top margin, so a draft and the final biên bản lay out the same.
		{ pageNumbers: true, firstPageHeader: input.final ? [] : [draftMark] }
	);
	const list = nd30Section(appendix(number, input.date, input.board), {
		pageNumbers: true,
		restartNumbering: true
	});
	return packDocx(nd30Document([body, list], `Biên bản - ${c.title}`));
}
