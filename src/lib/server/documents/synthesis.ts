// The báo cáo tổng hợp draft (ND30 layout): the commune's header block, "BÁO CÁO (DỰ THẢO)" and
// its trích yếu, then each section of the outline in order — its heading, then every unit's
// passages under it, each after a bold line naming the unit — and "Chưa xếp mục" last, so Phòng
// Văn hóa - Xã hội edits one report instead of starting from a blank page.
import { HeadingLevel, Paragraph, TextRun, type FileChild, type IStylesOptions } from 'docx';
import type { OutlineSection } from '$lib/domain/report-outline';
import type { Passage, ReportBlock } from '$lib/domain/report-sections';
import type { Conference } from '../db/schema';
import {
	bodyParagraph,
	documentTitle,
	FONT,
	headerBlock,
	nd30Document,
	nd30Section,
	nd30Styles,
	packDocx,
	PARAGRAPH_GAP,
	SIZE
} from './nd30';
import { signatureBlock } from './nd30-signature';

export interface SynthesisSection {
	section: OutlineSection;
	/** The units that wrote under it, in unit order. */
	entries: { unitName: string; passages: Passage[] }[];
}

export interface SynthesisDocxInput {
	conference: Pick<
		Conference,
		| 'title'
		| 'issuerLines'
		| 'parentBody'
		| 'locality'
		| 'signerAuthority'
		| 'signerTitle'
		| 'signerName'
	>;
	sections: SynthesisSection[];
	date: Date;
	/** Units whose reports were read, and those that sent none (or none readable). */
	readFrom: string[];
	notSent: string[];
}

export const NOBODY_WROTE = 'Chưa đơn vị nào viết nội dung này.';
export const NOTHING_UNSORTED = 'Không có đoạn nào chưa xếp được vào đề cương.';
/** Số of a draft: left for the office to fill in when it is issued. */
const DRAFT_NUMBER = '      /BC-UBND';

const heading = {
	run: { font: FONT, size: SIZE.body, bold: true, color: '000000' },
	paragraph: { spacing: { before: PARAGRAPH_GAP, after: PARAGRAPH_GAP }, keepNext: true }
};
/** Word headings for the outline (the navigation pane lists the sections), dressed as ND30 body text. */
const synthesisStyles: IStylesOptions = {
	...nd30Styles,
	default: { ...nd30Styles.default, heading1: heading, heading2: heading }
};

/** The trích yếu: what the conference reviews ("Sơ kết 01 năm thực hiện …" from "Hội nghị sơ kết 01 năm …"). */
export function reportSubject(conferenceTitle: string): string {
	const about = conferenceTitle.replace(/^hội nghị\s+/i, '').trim();
	return about.charAt(0).toLocaleUpperCase('vi') + about.slice(1);
}

function blockParagraph(block: ReportBlock): Paragraph {
	if (block.kind === 'heading' || block.bold)
		return bodyParagraph([new TextRun({ text: block.text, bold: true, italics: true })]);
	if (block.kind === 'item') return bodyParagraph(`- ${block.text}`);
	return bodyParagraph(block.text);
}

const note = (text: string) => bodyParagraph([new TextRun({ text, italics: true })]);

function sectionChildren(
	{ section, entries }: SynthesisSection,
	hasContents: boolean
): FileChild[] {
	const title = section.numeral
		? `${section.numeral}. ${section.title}`
		: section.title.toLocaleUpperCase('vi');
	const children: FileChild[] = [
		new Paragraph({
			heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
			children: [new TextRun(title)]
		})
	];
	if (entries.length === 0) {
		// Part II's own text may be empty while its nine contents below are not: no note then.
		if (!hasContents) children.push(note(section.numeral ? NOBODY_WROTE : NOTHING_UNSORTED));
		return children;
	}
	// The unit's own heading is kept where the outline's does not say it: under a content of II, and under "Chưa xếp mục".
	const ownHeadings = section.level === 2 || !section.numeral;
	for (const entry of entries) {
		children.push(
			new Paragraph({
				keepNext: true,
				spacing: { before: PARAGRAPH_GAP, after: PARAGRAPH_GAP / 2 },
				children: [new TextRun({ text: `${entry.unitName}:`, bold: true })]
			})
		);
		for (const passage of entry.passages) {
			if (ownHeadings && passage.heading)
				children.push(bodyParagraph([new TextRun({ text: passage.heading, italics: true })]));
			children.push(...passage.blocks.map(blockParagraph));
		}
	}
	return children;
}

export async function buildSynthesisDocx(input: SynthesisDocxInput): Promise<Buffer> {
	const c = input.conference;
	const subject = reportSubject(c.title);
	const intro = `Dự thảo tổng hợp từ báo cáo của ${input.readFrom.length} đơn vị, xếp theo đề cương báo cáo; dưới mỗi mục là nội dung từng đơn vị đã viết, để biên tập thành báo cáo chung.`;
	const missing = input.notSent.length
		? `Chưa có báo cáo đọc được của: ${input.notSent.join(', ')}.`
		: null;
	const children: FileChild[] = [
		headerBlock({
			parentBody: c.parentBody,
			issuerLines: c.issuerLines,
			number: DRAFT_NUMBER,
			locality: c.locality,
			date: input.date
		}),
		...documentTitle('Báo cáo (dự thảo)', subject),
		note(intro),
		...(missing ? [note(missing)] : []),
		...input.sections.flatMap((s, i) =>
			sectionChildren(s, s.section.level === 1 && input.sections[i + 1]?.section.level === 2)
		),
		new Paragraph({ spacing: { before: 2 * PARAGRAPH_GAP } }),
		signatureBlock({ authority: c.signerAuthority, title: c.signerTitle, name: c.signerName }, [
			'Lưu: VT, VP.'
		])
	];
	return packDocx(
		nd30Document(
			[nd30Section(children, { pageNumbers: true })],
			`Báo cáo tổng hợp (dự thảo) - ${subject}`,
			synthesisStyles
		)
	);
}
