// The outline the units' reports follow (seed 004's parts I.–V., with the nine contents of the
// plan's section II under II), and how a heading is read and matched to it. ./report-sections cuts
// a report into passages under these sections. Pure: no I/O.
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

/** The outline's parts I.–V., in order. */
export const OUTLINE_PARTS = REPORT_OUTLINE.filter((s) => s.level === 1);
/** The nine contents under part II. */
export const OUTLINE_CONTENTS = REPORT_OUTLINE.filter((s) => s.level === 2);
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
	const byNumber = OUTLINE_PARTS[ordinal - 1] ?? null;
	const byWords = bestByWords(OUTLINE_PARTS, words);
	if (byWords && byWords.section !== byNumber && (!byNumber || keywordScore(byNumber, words) === 0))
		return byWords.section;
	return byNumber;
}

/** The content of part II a heading inside II names by its words, if one. */
export function matchContent(words: string): OutlineSection | null {
	return bestByWords(OUTLINE_CONTENTS, words)?.section ?? null;
}

/** The part an unnumbered heading names by its words alone (for reports whose numbering Word made automatic and mammoth lost). */
export function partByWords(words: string): OutlineSection | null {
	return bestByWords(OUTLINE_PARTS, words)?.section ?? null;
}
