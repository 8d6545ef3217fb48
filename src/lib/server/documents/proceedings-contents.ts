/**
 * The kỷ yếu's contents (see proceedings.ts): one line per part and per document, its page number a
 * PAGEREF field to a bookmark around the matching heading, which the document works out on opening.
 */
import {
	Bookmark,
	type FileChild,
	LeaderType,
	PageReference,
	Paragraph,
	type IParagraphStyleOptions,
	TabStopType,
	TextRun
} from 'docx';
import {
	documentAnchor,
	partAnchor,
	type VolumeDocument,
	type VolumePart
} from '$lib/domain/proceedings';
import { CM, FONT, PARAGRAPH_GAP, SIZE, TEXT_WIDTH, centredLine, upper } from './nd30';

export const CONTENTS_TITLE = 'MỤC LỤC';
const CONTENTS_STYLE = 'VolumeContents';

/** The style of a contents line, among the volume's styles. */
export const contentsStyle: IParagraphStyleOptions = {
	id: CONTENTS_STYLE,
	name: 'Kỷ yếu: mục lục',
	basedOn: 'Normal',
	run: { font: FONT, size: SIZE.body },
	paragraph: { spacing: { after: PARAGRAPH_GAP } }
};

/**
 * A bookmark name Word accepts (letters, digits and "_", a letter first, at most 40 characters)
 * from an anchor of the web page ("tai-lieu-12" → "tai_lieu_12").
 */
export function wordBookmark(anchor: string): string {
	const name = anchor.replace(/[^A-Za-z0-9_]/g, '_');
	return (/^[A-Za-z]/.test(name) ? name : `b_${name}`).slice(0, 40);
}

export const partBookmark = (part: VolumePart) => wordBookmark(partAnchor(part.key));
export const documentBookmark = (d: VolumeDocument) => wordBookmark(documentAnchor(d.submissionId));

/** "I. KẾ HOẠCH TỔ CHỨC HỘI NGHỊ", "PHỤ LỤC: DANH SÁCH ĐẠI BIỂU THAM DỰ". */
export function partHeading(part: Pick<VolumePart, 'label' | 'title'>): string {
	const label = part.label.trim();
	return upper(label.endsWith('.') ? `${label} ${part.title}` : `${label}: ${part.title}`);
}

/** One line of the contents: its text, a dotted leader to the right margin, and the page of the bookmark. */
function contentsLine(text: string, bookmark: string, level: 0 | 1): Paragraph {
	return new Paragraph({
		style: CONTENTS_STYLE,
		// At the right margin. No right indent: LibreOffice drops a number whose tab stop lies past it.
		tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
		indent: level === 1 ? { left: CM } : undefined,
		children: [
			new TextRun({ text, bold: level === 0 }),
			new TextRun({ text: '\t' }),
			new PageReference(bookmark, { hyperlink: true })
		]
	});
}

/** "Báo cáo … — Văn phòng HĐND và UBND xã": a document's line in the contents. */
const documentEntry = (d: VolumeDocument) =>
	d.unitName.trim() ? `${d.title} — ${d.unitName.trim()}` : d.title;

export function contents(parts: readonly VolumePart[]): FileChild[] {
	const out: FileChild[] = [
		centredLine(CONTENTS_TITLE, { size: 30, bold: true, spacingAfter: 3 * PARAGRAPH_GAP })
	];
	for (const part of parts) {
		out.push(contentsLine(partHeading(part), partBookmark(part), 0));
		if ('documents' in part)
			for (const d of part.documents)
				out.push(contentsLine(documentEntry(d), documentBookmark(d), 1));
	}
	return out;
}

/** A heading with its bookmark around the text, so the contents' PAGEREF finds its page. */
export function bookmarked(
	style: string,
	text: string,
	bookmark: string,
	pageBreakBefore: boolean
): Paragraph {
	return new Paragraph({
		style,
		pageBreakBefore,
		children: [new Bookmark({ id: bookmark, children: [new TextRun(text)] })]
	});
}
