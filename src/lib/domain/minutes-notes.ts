// The secretary's notes during the meeting (src/lib/domain/minutes.ts holds the types): what the
// server and the notes screen agree on. Pure.
import { foldVietnamese } from './vietnamese';
import type { FloorSpeaker, ItemNote, NoteContent } from './minutes';

/** What a second laptop (or tab) is told when its save is based on an older revision. */
export const NOTE_CONFLICT_MESSAGE =
	'Nội dung mục này vừa được lưu từ máy khác. Vui lòng chọn bản giữ lại.';

/** An item nobody has written for yet: revision 0. */
export function emptyNote(itemId: number): ItemNote {
	return {
		itemId,
		revision: 0,
		notes: '',
		floorSpeakers: [],
		conclusions: [],
		savedAt: null,
		savedBy: null
	};
}

/** Just the content of a note (what a save carries and a comparison looks at). */
export function noteContent(note: NoteContent): NoteContent {
	return {
		notes: note.notes,
		floorSpeakers: note.floorSpeakers.map(({ delegateId, name, unit }) => ({
			delegateId,
			name,
			unit
		})),
		conclusions: [...note.conclusions]
	};
}

const speakerKey = (s: FloorSpeaker) =>
	s.delegateId !== null
		? `#${s.delegateId}`
		: `${foldVietnamese(s.name)}|${foldVietnamese(s.unit)}`;

/** Whether two notes say exactly the same: then a save makes no new revision. */
export function sameNoteContent(a: NoteContent, b: NoteContent): boolean {
	return (
		a.notes === b.notes &&
		a.conclusions.length === b.conclusions.length &&
		a.conclusions.every((c, i) => c === b.conclusions[i]) &&
		a.floorSpeakers.length === b.floorSpeakers.length &&
		a.floorSpeakers.every((s, i) => {
			const t = b.floorSpeakers[i]!;
			return s.delegateId === t.delegateId && s.name === t.name && s.unit === t.unit;
		})
	);
}

/**
 * "Gộp cả hai": this laptop's text first, then the other one's, for the secretary to tidy up. A
 * text that already contains the other is kept alone; speakers and conclusions are joined without
 * repeating one.
 */
export function mergeNoteContents(mine: NoteContent, theirs: NoteContent): NoteContent {
	const a = mine.notes.trimEnd();
	const b = theirs.notes.trimEnd();
	const notes = a.includes(b) ? mine.notes : b.includes(a) ? theirs.notes : `${a}\n\n${b}`;
	const seen = new Set(mine.floorSpeakers.map(speakerKey));
	const floorSpeakers = [
		...mine.floorSpeakers,
		...theirs.floorSpeakers.filter((s) => !seen.has(speakerKey(s)))
	];
	const conclusions = [
		...mine.conclusions,
		...theirs.conclusions.filter((c) => !mine.conclusions.includes(c))
	];
	return noteContent({ notes, floorSpeakers, conclusions });
}
