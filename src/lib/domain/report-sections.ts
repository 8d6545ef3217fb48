// One report cut into passages under the outline (./report-outline): its blocks (a PDF's text
// here; a document's HTML in src/lib/server/proceedings/report-blocks.ts), which of them are
// headings, the passages, and the coverage table of all units' reports. Pure: no I/O.
import {
	COVERAGE_SECTIONS,
	matchContent,
	matchPart,
	OUTLINE_CONTENTS,
	OUTLINE_PARTS,
	parseHeading,
	partByWords,
	REPORT_OUTLINE,
	UNSORTED,
	type OutlineSection,
	type ParsedHeading
} from './report-outline';
import { foldVietnamese } from './vietnamese';
// ——— a report as blocks ———

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row';

export interface ReportBlock {
	kind: BlockKind;
	text: string;
	/** h1–h6's level for a heading tag. */
	level?: number;
	/** All its text is bold. */
	bold?: boolean;
}

/** A block's text as compared and printed: NFC, whitespace runs as one space, trimmed. */
export const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

const ITEM_MARK = /^[-+•–*]\s+/;

/** The blocks of a plain text (a PDF's text, paragraphs apart by blank lines; lines starting "- " are list items). */
export function textBlocks(text: string): ReportBlock[] {
	return text.split(/\n\s*\n/).flatMap((para) => {
		const lines = para.split('\n').map(tidy).filter(Boolean);
		// A paragraph of "- …" lines is a list; otherwise its lines are one paragraph.
		if (lines.length > 1 && lines.every((l) => ITEM_MARK.test(l)))
			return lines.map((l) => ({ kind: 'item' as const, text: l.replace(ITEM_MARK, '') }));
		const joined = tidy(lines.join(' '));
		if (!joined) return [];
		return [
			ITEM_MARK.test(joined)
				? { kind: 'item' as const, text: joined.replace(ITEM_MARK, '') }
				: { kind: 'paragraph' as const, text: joined }
		];
	});
}

/** Letters all in capitals (at least a few of them): "KẾT QUẢ ĐẠT ĐƯỢC". */
function isUpper(text: string): boolean {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length >= 4 && letters === letters.toLocaleUpperCase('vi');
}

const MAX_HEADING = 200;

/**
 * Whether a block reads as a heading: a heading tag; or a short paragraph that is all bold, all
 * capitals, or starts with a numeral and does not end like a sentence (a PDF's text keeps no bold).
 */
export function isHeadingBlock(block: ReportBlock): boolean {
	if (block.kind === 'heading') return true;
	if (block.kind !== 'paragraph' || block.text.length > MAX_HEADING) return false;
	if (block.bold || isUpper(block.text)) return true;
	return parseHeading(block.text).number !== null && !/[.;,]$/.test(block.text);
}

// ——— a report cut under the outline ———

export interface Passage {
	/** An outline section's id, or UNSORTED.id. */
	sectionId: string;
	/** The unit's own heading that opened it ("1.10. Chuyển đổi số"), if one. */
	heading: string | null;
	/** What the unit wrote under it: paragraphs, list items, table rows, its own sub-headings. */
	blocks: ReportBlock[];
}

export interface SectionizedReport {
	/** The document's head before its first part (the header block, title, opening sentence): in no section. */
	preamble: ReportBlock[];
	passages: Passage[];
	/** The ending from "Nơi nhận" on (recipients, signature): in no section. */
	closing: ReportBlock[];
}

type Mode = 'roman' | 'arabic' | 'words';

const depthOf = (block: ReportBlock, heading: ParsedHeading): number =>
	heading.number?.kind === 'arabic'
		? heading.number.parts.length
		: heading.number?.kind === 'roman'
			? 0
			: (block.level ?? 99);

const isClosing = (block: ReportBlock) => /^noi nhan\b/.test(foldVietnamese(block.text));

/**
 * One report cut into passages under the outline. Parts are opened by Roman-numbered headings; a
 * report with none opens them with "1."-style headings whose words agree with the numeral; a report
 * with no numbered parts at all (Word's automatic numbering is lost on the way) by headings whose
 * words name a part. Inside part II a heading whose words name one of the nine contents opens it,
 * until a heading as high or higher names none (back to II's own text). A part the outline lacks
 * (VI.) collects under "Chưa xếp mục". What comes before the first part (header block, title,
 * opening sentence) and from "Nơi nhận" on is kept apart; a report with no recognisable part at
 * all puts its body (after its title) under "Chưa xếp mục" rather than lose it.
 */
export function sectionizeBlocks(all: ReportBlock[]): SectionizedReport {
	const closingAt = all.findIndex(isClosing);
	const blocks = closingAt >= 0 ? all.slice(0, closingAt) : all;
	const closing = closingAt >= 0 ? all.slice(closingAt) : [];

	const headings = blocks.map((b) => (isHeadingBlock(b) ? parseHeading(b.text) : null));
	const mode: Mode = headings.some((h) => h?.number?.kind === 'roman')
		? 'roman'
		: headings.some(
					(h) =>
						h?.number?.kind === 'arabic' &&
						h.number.parts.length === 1 &&
						OUTLINE_PARTS[h.number.parts[0]! - 1] &&
						OUTLINE_PARTS[h.number.parts[0]! - 1] === partByWords(h.words)
			  )
			? 'arabic'
			: 'words';

	/** The part a heading opens, UNSORTED for a numbered part the outline lacks, or undefined when it opens none. */
	const opensPart = (h: ParsedHeading): OutlineSection | undefined => {
		if (mode === 'roman')
			return h.number?.kind === 'roman'
				? (matchPart(h.number.value, h.words) ?? UNSORTED)
				: undefined;
		if (mode === 'arabic')
			return h.number?.kind === 'arabic' && h.number.parts.length === 1
				? (matchPart(h.number.parts[0]!, h.words) ?? UNSORTED)
				: undefined;
		return h.number === null ? (partByWords(h.words) ?? undefined) : undefined;
	};

	const preamble: ReportBlock[] = [];
	const passages: Passage[] = [];
	let currentPart: OutlineSection | null = null;
	let passage: Passage | null = null;
	let contentDepth: number | null = null;
	const start = (sectionId: string, heading: string | null): Passage => {
		const opened: Passage = { sectionId, heading, blocks: [] };
		passages.push(opened);
		return opened;
	};

	for (const [i, block] of blocks.entries()) {
		const h = headings[i];
		if (h) {
			const opened = opensPart(h);
			if (opened) {
				currentPart = opened;
				contentDepth = null;
				passage = start(opened.id, block.text);
				continue;
			}
			if (currentPart?.id === 'ket-qua') {
				const depth = depthOf(block, h);
				const named = matchContent(h.words);
				if (named) {
					contentDepth = depth;
					passage = start(named.id, block.text);
					continue;
				}
				if (contentDepth !== null && depth <= contentDepth) {
					contentDepth = null;
					passage = start('ket-qua', null);
				}
			}
		}
		if (passage) passage.blocks.push(block);
		else preamble.push(block);
	}

	if (passages.length === 0 && preamble.length) {
		// No part recognised: keep the body, after the header block and the title with its trích yếu.
		const titleAt = preamble.findIndex(
			(b) => b.text.length < 40 && /^bao cao\b/.test(foldVietnamese(b.text))
		);
		let bodyFrom = titleAt >= 0 ? titleAt + 2 : 0;
		while (bodyFrom < preamble.length && preamble[bodyFrom]!.kind === 'row' && titleAt < 0)
			bodyFrom++;
		const body = preamble.splice(bodyFrom);
		if (body.length) passages.push({ sectionId: UNSORTED.id, heading: null, blocks: body });
	}
	return { preamble, passages: passages.filter((p) => p.blocks.length > 0), closing };
}

/** Characters of text a unit wrote under each section (sub-headings inside count; the heading that opened a passage does not). */
export function sectionLengths(report: SectionizedReport): Record<string, number> {
	const lengths: Record<string, number> = Object.fromEntries(
		COVERAGE_SECTIONS.map((s) => [s.id, 0])
	);
	for (const p of report.passages)
		lengths[p.sectionId] =
			(lengths[p.sectionId] ?? 0) + p.blocks.reduce((n, b) => n + b.text.length, 0);
	return lengths;
}

export interface CoverageRow<U> {
	unit: U;
	/** False when the unit sent no report: its cells are all 0. */
	sent: boolean;
	/** Section id → characters written (0 for nothing). */
	cells: Record<string, number>;
	/**
	 * Section id → the unit wrote nothing there (shown in red). Part II counts as written when its
	 * own text or any of its nine contents is; "Chưa xếp mục" is never a gap.
	 */
	empty: Record<string, boolean>;
}

export interface Coverage<U> {
	sections: readonly OutlineSection[];
	rows: CoverageRow<U>[];
	/** Per outline section (not "Chưa xếp mục"), the units that sent a report but wrote nothing under it. */
	emptyBy: Record<string, U[]>;
}

/** The ids a section's text is counted over: itself, and for part II its nine contents. */
const countedOver = (s: OutlineSection): string[] =>
	s.id === 'ket-qua' ? ['ket-qua', ...OUTLINE_CONTENTS.map((c) => c.id)] : [s.id];

/** The coverage table: units × sections, each cell the length of what the unit wrote there. */
export function coverage<U>(reports: { unit: U; report: SectionizedReport | null }[]): Coverage<U> {
	const rows = reports.map(({ unit, report }) => {
		const cells = report
			? sectionLengths(report)
			: Object.fromEntries(COVERAGE_SECTIONS.map((s) => [s.id, 0]));
		const empty = Object.fromEntries(
			COVERAGE_SECTIONS.map((s) => [
				s.id,
				s !== UNSORTED && countedOver(s).every((id) => !cells[id])
			])
		);
		return { unit, sent: report !== null, cells, empty };
	});
	const emptyBy = Object.fromEntries(
		REPORT_OUTLINE.map((s) => [
			s.id,
			rows.filter((r) => r.sent && r.empty[s.id]).map((r) => r.unit)
		])
	);
	return { sections: COVERAGE_SECTIONS, rows, emptyBy };
}

/**
 * The page's summary: one line per outline section some unit that sent a report left empty
 * ("3 đơn vị chưa viết mục Chuyển đổi số: A, B, C"), most-missed first, then who sent nothing.
 */
export function coverageSummary<U>(table: Coverage<U>, nameOf: (unit: U) => string): string[] {
	const lines = REPORT_OUTLINE.map((s, order) => ({ s, order, units: table.emptyBy[s.id] ?? [] }))
		.filter((l) => l.units.length > 0)
		.sort((a, b) => b.units.length - a.units.length || a.order - b.order)
		.map(
			(l) =>
				`${l.units.length} đơn vị chưa viết mục ${l.s.short}: ${l.units.map(nameOf).join(', ')}.`
		);
	const notSent = table.rows.filter((r) => !r.sent).map((r) => nameOf(r.unit));
	if (notSent.length)
		lines.push(`${notSent.length} đơn vị chưa gửi báo cáo: ${notSent.join(', ')}.`);
	return lines;
}
