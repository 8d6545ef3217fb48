/**
 * Vietnamese text helpers: diacritic-blind matching and the Vietnamese order of personal names.
 * Pure functions, shared by the server (import, search) and the browser (scanner search).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds a text for matching: NFC/NFD alike, no tone or vowel marks, đ → d, lower case, single
 * spaces. "Nguyễn Văn Ánh" and "nguyen van anh" fold to the same string.
 */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** True when every word of the query appears in the text, diacritics and case aside. */
export function matchesSearch(text: string, query: string): boolean {
	const q = foldVietnamese(query);
	if (!q) return true;
	const haystack = foldVietnamese(text);
	return q.split(' ').every((word) => haystack.includes(word));
}

/** Tidies a name as typed or imported: NFC, single spaces, no spaces at the ends. */
export function normalizeName(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export const compareVietnamese = (a: string, b: string) =>
	collator.compare(a.normalize('NFC'), b.normalize('NFC'));

/**
 * Vietnamese name order: by given name (the last word), then family name (the first word), then
 * the middle names, each with Vietnamese collation (a < ă < â, d < đ, tones after the letter).
 */
export function compareVietnameseNames(a: string, b: string): number {
	const pa = normalizeName(a).split(' ');
	const pb = normalizeName(b).split(' ');
	const given = compareVietnamese(pa.at(-1) ?? '', pb.at(-1) ?? '');
	if (given !== 0) return given;
	const family = compareVietnamese(pa.length > 1 ? pa[0]! : '', pb.length > 1 ? pb[0]! : '');
	if (family !== 0) return family;
	return compareVietnamese(pa.slice(1, -1).join(' '), pb.slice(1, -1).join(' '));
}
