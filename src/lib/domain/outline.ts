// The outline the units' reports follow (seed 004's parts I.–V., with the nine contents of the
// plan's section II under II), how a heading is recognised and matched to it, and the cutting of
// one report into passages under its sections: the báo cáo tổng hợp draft and its coverage table
// are made from these (src/lib/server/proceedings/synthesis.ts). Pure: no I/O.
import { foldVietnamese } from './vietnamese';

export interface OutlineSection {
	/** Stable slug: stored nowhere, but the page's cells and the tests name sections by it. */
	id: string;
	/** 'I'…'V' for a part, '1'…'9' for a content of part II. */
	numeral: string;
	/** As printed in the draft (a part in capitals, as seed 004 prints it). */
	title: string;
	/** A short name for the coverage table and its summary ("Chuyển đổi số"). */
	short: string;
	/** 1: a part (I.–V.); 2: one of the nine contents under II. */
	level: 1 | 2;
	/** Words that point to this section, folded (no diacritics, lower case, single spaces). */
	keywords: readonly string[];
}

const part = (
	id: string,
	numeral: string,
	title: string,
	short: string,
	keywords: string[]
): OutlineSection => ({ id, numeral, title, short, level: 1, keywords });
const content = (
	id: string,
	numeral: string,
	title: string,
	short: string,
	keywords: string[]
): OutlineSection => ({ id, numeral, title, short, level: 2, keywords });

/**
 * The outline in print order: I, II (its own passages: the part's general text), the nine
 * contents of II, then III, IV, V. Titles from seed 004 (parts) and the plan's section II (contents).
 */
export const REPORT_OUTLINE: readonly OutlineSection[] = [
	part(
		'lanh-dao-chi-dao',
		'I',
		'CÔNG TÁC QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH',
		'Quán triệt, lãnh đạo, chỉ đạo',
		['quan triet', 'lanh dao', 'chi dao', 'dieu hanh']
	),
	part('ket-qua', 'II', 'KẾT QUẢ SAU 01 NĂM VẬN HÀNH', 'Kết quả (chung)', [
		'ket qua',
		'van hanh',
		'dat duoc'
	]),
	content(
		'ket-qua-lanh-dao',
		'1',
		'Về công tác lãnh đạo, chỉ đạo, điều hành và tổ chức thực hiện',
		'Lãnh đạo, điều hành',
		['lanh dao', 'chi dao', 'dieu hanh', 'to chuc thuc hien', 'quan triet']
	),
	content(
		'ket-qua-sap-xep-dvhc',
		'2',
		'Về kết quả thực hiện sắp xếp đơn vị hành chính',
		'Sắp xếp đơn vị hành chính',
		['don vi hanh chinh', 'dia gioi']
	),
	content(
		'ket-qua-phan-cap',
		'3',
		'Về thực hiện chức năng, nhiệm vụ; phân cấp, phân quyền, phân định thẩm quyền',
		'Phân cấp, phân quyền',
		['phan cap', 'phan quyen', 'uy quyen', 'tham quyen', 'chuc nang nhiem vu']
	),
	content('ket-qua-bo-may-nhan-su', '4', 'Về tổ chức bộ máy và nhân sự', 'Bộ máy và nhân sự', [
		'bo may',
		'nhan su',
		'bien che',
		'tuyen dung',
		'dao tao',
		'boi duong',
		'che do'
	]),
	content('ket-qua-thu-tuc-hanh-chinh', '5', 'Thủ tục hành chính', 'Thủ tục hành chính', [
		'thu tuc hanh chinh',
		'tthc',
		'mot cua',
		'ho tich',
		'chung thuc'
	]),
	content(
		'ket-qua-co-so-vat-chat',
		'6',
		'Cơ sở vật chất, trang thiết bị, tài sản công và chính sách hỗ trợ',
		'Cơ sở vật chất',
		['co so vat chat', 'trang thiet bi', 'tai san cong', 'tru so lam viec', 'chinh sach ho tro']
	),
	content(
		'ket-qua-chuyen-doi-so',
		'7',
		'Hạ tầng công nghệ, chuyển đổi số và số hóa hồ sơ, tài liệu',
		'Chuyển đổi số',
		['chuyen doi so', 'so hoa', 'cong nghe thong tin', 'ha tang cong nghe', 'du lieu so']
	),
	content(
		'ket-qua-tiep-cong-dan',
		'8',
		'Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị',
		'Tiếp công dân',
		['tiep cong dan', 'khieu nai', 'to cao']
	),
	content(
		'ket-qua-tac-dong',
		'9',
		'Tác động đối với phát triển kinh tế - xã hội, quốc phòng, an ninh',
		'Tác động kinh tế - xã hội',
		['tac dong', 'kinh te xa hoi', 'quoc phong', 'an ninh']
	),
	part('bai-hoc', 'III', 'BÀI HỌC KINH NGHIỆM', 'Bài học kinh nghiệm', ['bai hoc', 'kinh nghiem']),
	part(
		'giai-phap',
		'IV',
		'GIẢI PHÁP, PHƯƠNG HƯỚNG GIAI ĐOẠN 2026–2030',
		'Giải pháp, phương hướng',
		['giai phap', 'phuong huong', 'nhiem vu trong tam']
	),
	part('kien-nghi', 'V', 'KIẾN NGHỊ, ĐỀ XUẤT', 'Kiến nghị, đề xuất', [
		'kien nghi',
		'de xuat',
		'de nghi'
	])
];

/** Where a passage under no section of the outline goes: printed last, never dropped. */
export const UNSORTED: OutlineSection = {
	id: 'chua-xep-muc',
	numeral: '',
	title: 'Chưa xếp mục',
	short: 'Chưa xếp mục',
	level: 1,
	keywords: []
};

/** Every column of the coverage table: the outline, then "Chưa xếp mục". */
export const COVERAGE_SECTIONS: readonly OutlineSection[] = [...REPORT_OUTLINE, UNSORTED];

const PARTS = REPORT_OUTLINE.filter((s) => s.level === 1);
const CONTENTS = REPORT_OUTLINE.filter((s) => s.level === 2);
const ROMAN_VALUES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** A heading's numbering: a Roman part number, or an arabic one with its depth ("1.10." is depth 2). */
export type HeadingNumber = { kind: 'roman'; value: number } | { kind: 'arabic'; parts: number[] };

export interface ParsedHeading {
	number: HeadingNumber | null;
	/** The words after the number. */
	words: string;
}

const ROMAN = /^(X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[.):\-–—]\s*(.*)$/;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.):\-–—]\s*(.*)$/;
const ARABIC_DOTTED = /^(\d{1,2}(?:\.\d{1,2})+)\s+(.*)$/;

/** "II. KẾT QUẢ…", "II - Kết quả…", "2. Kết quả…", "1.10. Chuyển đổi số", "Kết quả" (no number). */
export function parseHeading(text: string): ParsedHeading {
	const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
	const roman = ROMAN.exec(t);
	if (roman)
		return {
			number: { kind: 'roman', value: ROMAN_VALUES.indexOf(roman[1]!) + 1 },
			words: roman[2]!.trim()
		};
	const arabic = ARABIC_DOTTED.exec(t) ?? ARABIC.exec(t);
	if (arabic)
		return {
			number: { kind: 'arabic', parts: arabic[1]!.split('.').map(Number) },
			words: arabic[2]!.trim()
		};
	return { number: null, words: t };
}

/** Folded words with punctuation as spaces, padded: " ket qua sau 01 nam van hanh ". */
function wordsOf(text: string): string {
	return ` ${foldVietnamese(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()} `;
}

/** How many of a section's key words a heading's words hold. */
export function keywordScore(section: OutlineSection, words: string): number {
	const w = wordsOf(words);
	return section.keywords.filter((k) => w.includes(` ${k} `)).length;
}

/** The one section of `among` the words point to most, if one does (a tie points nowhere). */
function bestByWords(
	among: readonly OutlineSection[],
	words: string
): { section: OutlineSection; score: number } | null {
	let best: OutlineSection | null = null;
	let top = 0;
	let tied = false;
	for (const s of among) {
		const score = keywordScore(s, words);
		if (score > top) [best, top, tied] = [s, score, false];
		else if (score === top && score > 0) tied = true;
	}
	return best && !tied ? { section: best, score: top } : null;
}

/**
 * The part (I.–V.) a numbered heading opens. The numeral names the part; the words win over it
 * only when they are clearly of another part: they point to that one and hold none of the key
 * words of the part the numeral names ("I. KẾT QUẢ ĐẠT ĐƯỢC" in a report that skipped a part is
 * II; "I. Lãnh đạo, chỉ đạo và kết quả triển khai" stays I). A numeral past the outline (VI.) is
 * a part the outline does not have, unless its words are clearly of one: null then, "Chưa xếp mục".
 */
export function matchPart(ordinal: number, words: string): OutlineSection | null {
	const byNumber = PARTS[ordinal - 1] ?? null;
	const byWords = bestByWords(PARTS, words);
	if (byWords && byWords.section !== byNumber && (!byNumber || keywordScore(byNumber, words) === 0))
		return byWords.section;
	return byNumber;
}

/** The content of part II a heading inside II names by its words, if one. */
export function matchContent(words: string): OutlineSection | null {
	return bestByWords(CONTENTS, words)?.section ?? null;
}

/** The part an unnumbered heading names by its words alone (for reports whose numbering Word made automatic and mammoth lost). */
export function partByWords(words: string): OutlineSection | null {
	return bestByWords(PARTS, words)?.section ?? null;
}

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

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X'
					? parseInt(name.slice(2), 16)
					: parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff
				? String.fromCodePoint(code)
				: whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The blocks of a sanitised HTML (sanitize.ts's allow-list: h1–h4, p, ul/ol/li, tables, emphasis):
 * headings, paragraphs, list items, and each table row as one block of its cells (" | ").
 */
export function htmlBlocks(html: string): ReportBlock[] {
	const blocks: ReportBlock[] = [];
	let current: {
		kind: BlockKind;
		level?: number;
		text: string;
		boldChars: number;
		chars: number;
	} | null = null;
	let bold = 0;
	let cells: string[] | null = null;
	let cell: string | null = null;

	const flush = () => {
		if (!current) return;
		const text = tidy(current.text);
		if (text) {
			const block: ReportBlock = { kind: current.kind, text };
			if (current.level) block.level = current.level;
			if (current.chars > 0 && current.boldChars === current.chars) block.bold = true;
			blocks.push(block);
		}
		current = null;
	};
	const open = (kind: BlockKind, level?: number) => {
		flush();
		current = { kind, level, text: '', boldChars: 0, chars: 0 };
	};

	for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g)) {
		if (m[3] !== undefined) {
			const text = decodeEntities(m[3]);
			if (cell !== null) {
				cell += text;
				continue;
			}
			if (!current) {
				if (!text.trim()) continue;
				open('paragraph');
			}
			const c = current!;
			c.text += text;
			const visible = text.replace(/\s/g, '').length;
			c.chars += visible;
			if (bold > 0) c.boldChars += visible;
			continue;
		}
		const closing = m[1] === '/';
		const tag = m[2]!.toLowerCase();
		if (tag === 'strong' || tag === 'b') {
			bold = Math.max(0, bold + (closing ? -1 : 1));
		} else if (tag === 'tr') {
			if (!closing) {
				flush();
				cells = [];
			} else if (cells) {
				const text = cells.filter(Boolean).join(' | ');
				if (text) blocks.push({ kind: 'row', text });
				cells = null;
			}
		} else if (tag === 'td' || tag === 'th') {
			if (!closing) cell = '';
			else if (cell !== null) {
				cells?.push(tidy(cell));
				cell = null;
			}
		} else if (cell !== null) {
			// Paragraphs and line breaks inside a cell are spaces of its one text.
			if (tag === 'p' || tag === 'br' || tag === 'li') cell += ' ';
		} else if (/^h[1-6]$/.test(tag)) {
			if (closing) flush();
			else open('heading', Number(tag[1]));
		} else if (tag === 'p' || tag === 'li') {
			if (closing) flush();
			else open(tag === 'li' ? 'item' : 'paragraph');
		} else if (tag === 'br') {
			if (current) (current as { text: string }).text += ' ';
		} else if (tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'section') {
			flush();
		}
	}
	flush();
	return blocks;
}

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
export function sectionizeReport(content: string, format: 'html' | 'text'): SectionizedReport {
	const all = format === 'html' ? htmlBlocks(content) : textBlocks(content);
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
						PARTS[h.number.parts[0]! - 1] &&
						PARTS[h.number.parts[0]! - 1] === partByWords(h.words)
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
	s.id === 'ket-qua' ? ['ket-qua', ...CONTENTS.map((c) => c.id)] : [s.id];

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
