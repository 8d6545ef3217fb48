/**
 * The minutes (biên bản, mẫu 1.9 of shared ND30.md → docs/architecture.md, The minutes): the
 * secretary's notes per agenda item during the meeting, and the draft assembled from what the app
 * already knows. Pure: the server gathers `MinutesInput`, the draft page and the .docx read
 * `MinutesSection`s.
 */
import type { AgendaKind } from './programme';
import type { ItemTiming } from './timer';

// ——— Notes during the meeting ———

/** Someone who spoke from the floor in the thảo luận: a delegate on the list, or a name typed in. */
export interface FloorSpeaker {
	delegateId: number | null;
	name: string;
	/** Position and unit as said in the hall, e.g. "Trưởng thôn Đồng Tiến". */
	unit: string;
}

export const NOTES_MAX = 20_000;
export const FLOOR_SPEAKERS_MAX = 30;
export const SPEAKER_NAME_MAX = 120;
export const SPEAKER_UNIT_MAX = 200;
export const CONCLUSIONS_MAX = 30;
export const CONCLUSION_MAX = 2_000;

/** What is typed for one item: the notes, the floor speakers, and (on the kết luận item) the conclusions. */
export interface NoteContent {
	notes: string;
	floorSpeakers: FloorSpeaker[];
	conclusions: string[];
}

/** One item's note as the server holds it. */
export interface ItemNote extends NoteContent {
	itemId: number;
	/** 0: nothing saved yet. Every save makes the next one. */
	revision: number;
	/** Epoch ms of the save; null before the first. */
	savedAt: number | null;
	/** Who saved it, as shown ("Văn phòng"); null before the first. */
	savedBy: string | null;
}

/** A save: the content and the revision it was typed on. */
export interface NoteSave extends NoteContent {
	itemId: number;
	baseRevision: number;
}

/** The server's answer to a save (POST /api/minutes/notes). */
export type NoteSaveResult =
	| { ok: true; note: ItemNote }
	/** Someone saved the item since `baseRevision`: nothing was written; both texts go to the secretary. */
	| { ok: false; conflict: ItemNote; message: string };

// ——— The draft biên bản ———

/** The sections of mẫu 1.9, in order; the content has one `item:<id>` per agenda item. */
export type MinutesSectionKey = 'start' | 'place' | 'attendance' | 'chair' | 'secretary' | `item:${number}` | 'conclusions' | 'end';

/**
 * One section of the biên bản. `data` is what the app knows, made again at every assembly; `text`
 * is the secretary's own wording once they edit the section (null until then), and is never
 * overwritten by an assembly. Paragraphs are separated by "\n".
 */
export interface MinutesSection {
	key: MinutesSectionKey;
	/** "Thời gian bắt đầu", "Thành phần tham dự", "1. Khai mạc hội nghị", … */
	heading: string;
	data: string;
	text: string | null;
	/** Set when the app lacks what the section needs: "Chưa có giờ bắt đầu: chưa mục nào được bấm giờ." */
	missing: string | null;
	/** The secretary edited the section and the data has changed since: what the data says now. */
	dataChanged?: boolean;
}

/** The biên bản as stored (minutes_record.body). */
export interface MinutesBody {
	sections: MinutesSection[];
	/** Epoch ms of the last assembly. */
	assembledAt: number;
}

/** What the server gathers for an assembly (src/lib/server/minutes/draft.ts). */
export interface MinutesInput {
	conference: {
		title: string;
		place: string;
		chairName: string;
		chairTitle: string;
		secretaryName: string;
		secretaryTitle: string;
	};
	/** The programme in order, each with its note and the document its speaker sent. */
	items: {
		id: number;
		kind: AgendaKind;
		title: string;
		presenter: string;
		unitName: string | null;
		plannedSeconds: number;
		/** The submitted report or tham luận's title ("Tham luận: Công tác chuyển đổi số…"); null when none was sent. */
		documentTitle: string | null;
		note: NoteContent | null;
	}[];
	/** From `itemTimings()` over the timer log. */
	timings: ItemTiming[];
	/** When the chair closed the meeting (meeting_state.ended_at); null if not recorded. */
	meetingEndedAt: Date | null;
	attendance: {
		groups: { name: string; invited: number; present: number }[];
		invitedTotal: number;
		presentInvited: number;
		/** Present delegates of the leadership group(s), by name and position. */
		leadersPresent: { fullName: string; position: string }[];
		walkIns: { fullName: string; position: string }[];
		/** Invited and not checked in; `reason` when they sent one. */
		absent: { fullName: string; position: string; groupName: string; reason: string | null }[];
	};
}

/** The whole draft from the data: every section's `data` and `missing`, `text` null. */
export function assembleMinutes(input: MinutesInput): MinutesSection[] {
	void input;
	throw new Error('assembleMinutes: not built yet');
}

/**
 * A new assembly over an earlier draft: the data-made parts are refreshed, every `text` the
 * secretary wrote is kept (marked `dataChanged` when its data moved on); a section whose item left
 * the programme is kept when it holds the secretary's text.
 */
export function reassembleMinutes(previous: readonly MinutesSection[], fresh: readonly MinutesSection[]): MinutesSection[] {
	void previous;
	void fresh;
	throw new Error('reassembleMinutes: not built yet');
}

/** What a section says in the biên bản: the secretary's text, else the data. */
export function sectionText(section: Pick<MinutesSection, 'data' | 'text'>): string {
	return section.text ?? section.data;
}

/** The chair's conclusions as numbered points (the conclusions section's lines, their own numbers dropped). */
export function conclusionPoints(sections: readonly MinutesSection[]): string[] {
	void sections;
	throw new Error('conclusionPoints: not built yet');
}

/** A moment as the decree writes it in running text: "07 giờ 30 phút, ngày 24 tháng 4 năm 2026". */
export function formatMomentInWords(date: Date): string {
	void date;
	throw new Error('formatMomentInWords: not built yet');
}
