// The demo's unit report as a real .docx, built from the text a unit wrote (seed 004, the Văn
// phòng's report in seed-004-report.txt): the way a unit's Word file looks when it arrives, so the
// board, the reader and the downloads show a real submission on a fresh start.
import {
	HeadingLevel,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type FileChild,
	type IStylesOptions,
	type ParagraphChild
} from 'docx';
import {
	documentTitle,
	FONT,
	headerBlock,
	mm,
	nd30Document,
	nd30Section,
	nd30Styles,
	PARAGRAPH_GAP,
	packDocx,
	ruledTable,
	SIZE,
	bodyParagraph,
	TEXT_WIDTH
} from '../documents/nd30';
import { signatureBlock } from '../documents/nd30-signature';

const ROMAN_PART = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s/;
const SECTION = /^\d+\.\s/;
const SUBSECTION = /^\d+\.\d+\.\s/;
const PLACE_DATE = /^(.+), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/;

/** Word's own heading styles (so a reader sees the outline), dressed as ND30 body text: Times 14, black. */
const heading = (italics = false) => ({
	run: { font: FONT, size: SIZE.body, bold: true, italics, color: '000000' },
	paragraph: { spacing: { before: PARAGRAPH_GAP, after: PARAGRAPH_GAP }, keepNext: true }
});
const reportStyles: IStylesOptions = {
	...nd30Styles,
	default: {
		...nd30Styles.default,
		heading1: heading(),
		heading2: heading(),
		heading3: heading(true)
	}
};

/** `**bold**` and `*italic*` as the unit typed them, as runs. */
function runs(text: string): ParagraphChild[] {
	return text
		.split(/(\*\*[^*]+\*\*|\*[^*]+\*)/)
		.filter(Boolean)
		.map((part) =>
			part.startsWith('**')
				? new TextRun({ text: part.slice(2, -2), bold: true })
				: part.startsWith('*')
					? new TextRun({ text: part.slice(1, -1), italics: true })
					: new TextRun(part)
		);
}

/**
 * The text's paragraphs (blank-line separated), with the ones a page break cut in two joined
 * again: a paragraph that stops without punctuation and one that goes on in lower case.
 */
function paragraphsOf(text: string): string[] {
	const out: string[] = [];
	for (const block of text
		.split(/\n\s*\n/)
		.map((b) => b.trim())
		.filter(Boolean)) {
		const previous = out.at(-1);
		if (previous && !/[.:;!?)/]$/.test(previous) && /^\p{Ll}/u.test(block))
			out[out.length - 1] = `${previous} ${block}`;
		else out.push(block);
	}
	return out;
}

/**
 * The .docx of a unit's report from its text: the heading block (number, place and date), the
 * title and trích yếu, parts I–V as Heading 1, "1." sections as Heading 2, "1.1." as Heading 3,
 * the rest as ND30 body paragraphs, then Nơi nhận and the signature.
 */
export async function buildUnitReportDocx(text: string): Promise<Uint8Array> {
	const paragraphs = paragraphsOf(text);
	const number = paragraphs.find((p) => p.startsWith('Số:'))?.replace(/^Số:\s*/, '') ?? '';
	const placeDate = paragraphs.map((p) => PLACE_DATE.exec(p)).find(Boolean);
	const titleAt = paragraphs.findIndex((p) => p === 'BÁO CÁO');
	const subject = titleAt >= 0 ? paragraphs[titleAt + 1] : undefined;
	const bodyFrom = titleAt >= 0 ? titleAt + 2 : 0;
	const recipientsAt = paragraphs.findIndex((p) => p.startsWith('Nơi nhận'));
	const bodyTo = recipientsAt >= 0 ? recipientsAt : paragraphs.length;

	const body: FileChild[] = paragraphs.slice(bodyFrom, bodyTo).map((p) => {
		if (ROMAN_PART.test(p))
			return new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(p) });
		if (SUBSECTION.test(p))
			return new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(p) });
		if (SECTION.test(p))
			return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(p) });
		return bodyParagraph(runs(p));
	});

	// After Nơi nhận: its "- …" lines, then the signer's authority and title (in bold, one
	// paragraph of two lines) and the name.
	const closing = recipientsAt >= 0 ? paragraphs.slice(recipientsAt + 1) : [];
	const recipients = closing
		.flatMap((p) => p.split('\n'))
		.filter((l) => l.startsWith('- '))
		.map((l) => l.slice(2));
	const signerLines = closing
		.filter((p) => !p.startsWith('- '))
		.flatMap((p) => p.replace(/\*\*/g, '').split('\n'))
		.map((l) => l.trim());
	const [authority, title, name] =
		signerLines.length >= 3 ? signerLines : [null, signerLines[0] ?? '', signerLines[1] ?? ''];

	const date = placeDate
		? new Date(Date.UTC(Number(placeDate[4]), Number(placeDate[3]) - 1, Number(placeDate[2]), 3))
		: new Date();
	const children: FileChild[] = [
		headerBlock({
			issuerLines: ['UBND XÃ BÌNH THÀNH', 'VĂN PHÒNG HĐND VÀ UBND'],
			number,
			locality: placeDate?.[1] ?? 'Bình Thành',
			date
		}),
		...documentTitle('Báo cáo', subject),
		...body,
		signatureBlock({ authority, title: title ?? '', name: name ?? '' }, recipients)
	];
	return new Uint8Array(
		await packDocx(
			nd30Document([nd30Section(children, { pageNumbers: true })], subject, reportStyles)
		)
	);
}

/** A tham luận as a unit would send it: a title, its parts as headings, and a table of figures. */
export interface SpeechText {
	issuerLines: string[];
	title: string;
	parts: {
		heading: string;
		paragraphs: string[];
		table?: { header: string[]; rows: string[][] };
	}[];
	signer: { title: string; name: string };
}

function figuresTable({ header, rows }: { header: string[]; rows: string[][] }): Table {
	const widths = header.map((_, i) => (i === 0 ? TEXT_WIDTH - (header.length - 1) * 1800 : 1800));
	const cellOf = (text: string, bold: boolean, width: number) =>
		new TableCell({
			width: { size: width, type: WidthType.DXA },
			children: [new Paragraph({ children: [new TextRun({ text, bold })] })]
		});
	return ruledTable(widths, [
		new TableRow({
			tableHeader: true,
			children: header.map((h, i) => cellOf(h, true, widths[i]!))
		}),
		...rows.map((r) => new TableRow({ children: r.map((c, i) => cellOf(c, false, widths[i]!)) }))
	]);
}

/** The .docx of a tham luận: its parts as Heading 1 (a reader's outline), a table where it has one, the signer. */
export async function buildSpeechDocx(speech: SpeechText, date: Date): Promise<Uint8Array> {
	const children: FileChild[] = [
		headerBlock({ issuerLines: speech.issuerLines, locality: 'Bình Thành', date }),
		...documentTitle('Tham luận', speech.title),
		...speech.parts.flatMap((part) => [
			new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(part.heading) }),
			...part.paragraphs.map((p) => bodyParagraph(runs(p))),
			...(part.table ? [figuresTable(part.table)] : [])
		]),
		signatureBlock({ authority: null, title: speech.signer.title, name: speech.signer.name }, [])
	];
	return new Uint8Array(
		await packDocx(nd30Document([nd30Section(children)], speech.title, reportStyles))
	);
}

/** What the plan's text does not say of itself: its number and the day it was signed. */
export interface PlanHeading {
	number: string;
	date: Date;
}

/** A markdown heading's text without its `#`s and the `**` around it. */
const headingText = (line: string) =>
	line
		.replace(/^#+\s*/, '')
		.replace(/^\*\*(.*)\*\*$/, '$1')
		.trim();

/**
 * The .docx of the commune's plan (seed 000, written as the office's markdown: `##` headings,
 * `- ` lines, a tab-separated DANH SÁCH): the heading block, "KẾ HOẠCH" and its trích yếu, parts
 * I.–V. as Heading 1 and "1." sections as Heading 2 (by their numbers, whatever their `#`s), the
 * dash lines as the body paragraphs a clerk types, Nơi nhận and the signature, then the DANH SÁCH
 * of tham luận on a page of its own as a table.
 */
export async function buildPlanDocx(text: string, heading: PlanHeading): Promise<Uint8Array> {
	const lines = paragraphsOf(text).flatMap((block) =>
		block
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean)
	);
	const titleAt = lines.findIndex((l) => headingText(l) === 'KẾ HOẠCH');
	const subject = headingText(lines[titleAt + 1] ?? '');
	const recipientsAt = lines.findIndex((l) => headingText(l).startsWith('Nơi nhận'));
	const listAt = lines.findIndex((l) => headingText(l) === 'DANH SÁCH');

	const body: FileChild[] = lines.slice(titleAt + 2, recipientsAt).map((line) => {
		const h = headingText(line);
		if (line.startsWith('#') && ROMAN_PART.test(h))
			return new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(h) });
		if (line.startsWith('#') && SECTION.test(h))
			return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(h) });
		// "- + Đại biểu …" is the office's second-level dash: printed "+ Đại biểu …".
		return bodyParagraph(runs(line.replace(/^-\s+(?=\+)/, '')));
	});

	const closing = lines.slice(recipientsAt + 1, listAt < 0 ? lines.length : listAt);
	const recipients = closing.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
	const [title = '', name = ''] = closing
		.filter((l) => !l.startsWith('- '))
		.map((l) => l.replace(/\*\*/g, '').trim());

	const appendix: FileChild[] = [];
	if (listAt >= 0) {
		const rest = lines.slice(listAt + 1);
		const rows = rest
			.filter((l) => l.includes('\t'))
			.map((l) => l.split('\t').map((c) => c.trim()));
		const [caption, attached] = rest.filter((l) => !l.includes('\t'));
		const notes = rest.filter((l) => !l.includes('\t')).slice(2);
		const widths = [mm(16), mm(55), TEXT_WIDTH - mm(71)];
		const cellOf = (value: string, bold: boolean, width: number) =>
			new TableCell({
				width: { size: width, type: WidthType.DXA },
				children: [new Paragraph({ children: [new TextRun({ text: value, bold })] })]
			});
		appendix.push(
			new Paragraph({ pageBreakBefore: true, children: [] }),
			...documentTitle('Danh sách', caption),
			...(attached ? [bodyParagraph([new TextRun({ text: attached, italics: true })])] : []),
			ruledTable(widths, [
				new TableRow({
					tableHeader: true,
					children: (rows[0] ?? []).map((c, i) => cellOf(c, true, widths[i]!))
				}),
				...rows.slice(1).map(
					(r) =>
						new TableRow({
							cantSplit: true,
							children: r.map((c, i) => cellOf(c, false, widths[i]!))
						})
				)
			]),
			...notes.map((n) => bodyParagraph(runs(n)))
		);
	}

	const children: FileChild[] = [
		headerBlock({
			issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
			number: heading.number,
			locality: 'Bình Thành',
			date: heading.date
		}),
		...documentTitle('Kế hoạch', subject),
		...body,
		signatureBlock({ authority: null, title, name }, recipients),
		...appendix
	];
	return new Uint8Array(
		await packDocx(
			nd30Document([nd30Section(children, { pageNumbers: true })], subject, reportStyles)
		)
	);
}
