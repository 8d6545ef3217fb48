/**
 * A submitted document's HTML (mammoth's, cleaned to the allow-list of
 * ../submissions/sanitize.ts) as .docx content, for the kỷ yếu (./proceedings.ts).
 *
 * docx's own HTML reader (`docx/html`, since 9.12) does the reading: it parses as a browser does,
 * never throws for what it is given, numbers nested lists with their own definitions, keeps header
 * rows, colspan and rowspan, line breaks and links. What is ours: the Word styles each element
 * gets. Headings are the document's own outline *under* the volume's part and document titles
 * (outline levels 2–7, see DOCUMENT_CONTENT_STYLES), paragraphs are ND30 body text, and every table
 * spans the text width with thin rules. Fonts are the volume's (Times New Roman, nd30Styles).
 */
import {
	AlignmentType,
	type FileChild,
	type IParagraphStyleOptions,
	type IStylesOptions,
	Paragraph,
	TextRun
} from 'docx';
import { htmlToContent } from 'docx/html';
import { BODY_STYLE, CM, FONT, PARAGRAPH_GAP, SIZE, nd30Styles } from './nd30';

/** The outline level of the volume's part headings (I., II., Phụ lục); a document's title is one below. */
export const PART_OUTLINE_LEVEL = 0;
export const DOCUMENT_TITLE_OUTLINE_LEVEL = 1;

/** Word style ids of a document's own headings h1–h6 (not Heading 1–6, which belong to the volume). */
export const CONTENT_HEADING_STYLES = [
	'DocHeading1',
	'DocHeading2',
	'DocHeading3',
	'DocHeading4',
	'DocHeading5',
	'DocHeading6'
] as const;
/** The paragraphs of table cells: no first-line indent, tight spacing. */
export const CONTENT_CELL_STYLE = 'DocCellText';

/**
 * The styles the converted content refers to; a document that holds it must have them (added to
 * nd30Styles' paragraphStyles). Headings are bold body-size text (a report's I., 1., 1.1. as the
 * unit typed them), the deeper ones italic, each kept with what follows.
 */
export const DOCUMENT_CONTENT_STYLES: IParagraphStyleOptions[] = [
	...CONTENT_HEADING_STYLES.map((id, level): IParagraphStyleOptions => ({
		id,
		name: `Document heading ${level + 1}`,
		basedOn: 'Normal',
		next: BODY_STYLE,
		quickFormat: true,
		run: { font: FONT, size: SIZE.body, bold: level < 3, italics: level >= 2, color: '000000' },
		paragraph: {
			outlineLevel: DOCUMENT_TITLE_OUTLINE_LEVEL + 1 + level,
			alignment: AlignmentType.JUSTIFIED,
			indent: { firstLine: CM },
			spacing: { before: PARAGRAPH_GAP, after: PARAGRAPH_GAP },
			keepNext: true,
			keepLines: true
		}
	})),
	{
		id: CONTENT_CELL_STYLE,
		name: 'Document table text',
		basedOn: 'Normal',
		quickFormat: true,
		run: { font: FONT, size: SIZE.recipientsLabel + 2 },
		paragraph: { spacing: { before: 20, after: 20 } }
	}
];

/** ND30's styles with those of converted content: what a document holding it starts from. */
export const contentStyles: IStylesOptions = {
	...nd30Styles,
	paragraphStyles: [...(nd30Styles.paragraphStyles ?? []), ...DOCUMENT_CONTENT_STYLES]
};

const STYLE_MAP: Record<string, string> = {
	...Object.fromEntries(CONTENT_HEADING_STYLES.map((id, i) => [`h${i + 1}`, id])),
	p: BODY_STYLE,
	'td p': CONTENT_CELL_STYLE,
	'th p': CONTENT_CELL_STYLE,
	caption: CONTENT_CELL_STYLE
};

/**
 * How the content looks beyond its styles: tables across the text width with thin rules (mammoth
 * keeps no widths or borders), black links as the rest of the printed text. A table that opens the
 * document is its ND30 header block (issuer and Quốc hiệu side by side, a layout in Word): no
 * rules, centred, as the unit printed it.
 */
const STYLESHEET = `
table { width: 100%; border-collapse: collapse; }
td, th { border: 0.5pt solid #000000; padding: 1pt 4pt; vertical-align: top; }
body > table:first-child td, body > table:first-child th { border: none; }
body > table:first-child p { text-align: center; }
a { color: #000000; }
`;

/** The text of HTML without its markup, for the fallback below: entities decoded, one line per block. */
export function plainParagraphs(html: string): string[] {
	const entities: Record<string, string> = {
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: ' '
	};
	return html
		.replace(/<\/(p|h[1-6]|li|tr|caption|table)\s*>|<br\s*\/?>/gi, '\n')
		.replace(/<[^>]*>?/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
			const code =
				name[1] === 'x' || name[1] === 'X'
					? parseInt(name.slice(2), 16)
					: parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		})
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/**
 * The document's content: headings, paragraphs, lists, tables. Never throws: should the reader
 * fail on some input, the text is kept as plain body paragraphs.
 */
export function htmlToDocx(html: string): readonly FileChild[] {
	try {
		return htmlToContent(html, { styleMap: STYLE_MAP, stylesheet: STYLESHEET });
	} catch {
		return plainParagraphs(html).map(
			(line) => new Paragraph({ style: BODY_STYLE, children: [new TextRun(line)] })
		);
	}
}
