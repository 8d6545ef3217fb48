// How a person's post is said wherever a name is shown or printed: the position, then the
// organisation, once.

/** The words of a text, lower-cased the Vietnamese way, accents kept (Nà is not Na). */
function words(text: string): string[] {
	return text.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
}

/** Whether `outer`'s last words are `tail`'s words. */
function endsWithWords(outer: string[], tail: string[]): boolean {
	const from = outer.length - tail.length;
	return tail.length > 0 && from >= 0 && tail.every((w, j) => outer[from + j] === w);
}

/**
 * "Chức vụ, đơn vị": the position, then the organisation, joined by ", " (as the printed lists
 * have it). A position that already ends with the organisation's name says it once: "Trưởng xóm
 * Nà Mòn" with "Xóm Nà Mòn" is "Trưởng xóm Nà Mòn", however either is capitalised. Whole words at
 * the end only, so "Trưởng xóm" with "Xóm Đồng Tâm", or "Trưởng xóm Nà Mòn" with "Xóm Nà", keep both.
 */
export function personRole(p: { position: string | null; organisation: string | null }): string {
	const position = (p.position ?? '').trim();
	const organisation = (p.organisation ?? '').trim();
	if (!organisation) return position;
	if (!position) return organisation;
	return endsWithWords(words(position), words(organisation))
		? position
		: `${position}, ${organisation}`;
}
