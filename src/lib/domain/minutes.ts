/**
 * The minutes (biên bản, Decree 30 form 1.9; docs/architecture.md, The minutes): the
 * secretary's notes per agenda item during the meeting, and the draft assembled from what the app
 * already knows. Pure: the server gathers `MinutesInput`, the draft page and the .docx read
 * `MinutesSection`s.
 */
import { formatNd30Date, pad2, vnParts } from './dates';
import { formatDuration, formatSpoken, presenterLine, type AgendaKind } from './programme';
import { meetingStartedAt, type ItemTiming } from './timer';

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
export type MinutesSectionKey =
	| 'start'
	| 'place'
	| 'attendance'
	| 'chair'
	| 'secretary'
	| `item:${number}`
	| 'conclusions'
	| 'end';

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

/** The longest wording of one section of the biên bản. */
export const SECTION_TEXT_MAX = 20_000;
/** "Mở lại để sửa" needs a reason of this length. */
export const REOPEN_REASON_MIN = 5;
export const REOPEN_REASON_MAX = 500;

export const MISSING = {
	start: 'Chưa có giờ bắt đầu: chưa mục nào của chương trình được bấm giờ.',
	place: 'Chưa có địa điểm: nhập ở Thông tin hội nghị.',
	invited: 'Chưa có đại biểu nào trong danh sách mời.',
	checkins: 'Chưa có đại biểu nào điểm danh: số có mặt đang là 0.',
	chair: 'Chưa có tên chủ tọa: nhập ở Thông tin hội nghị.',
	secretary: 'Chưa có tên thư ký: nhập ở Thông tin hội nghị.',
	conclusions: 'Chưa có kết luận của chủ tọa: ghi ở mục Kết luận trên màn hình ghi biên bản.',
	end: 'Chưa có giờ kết thúc: chủ tọa chưa bấm kết thúc hội nghị.',
	removed:
		'Mục này không còn trong chương trình; nội dung đã sửa được giữ lại. Xóa hết nội dung rồi lưu nếu không cần.'
} as const;

export const UNTIMED_LINE = 'Mục này không được bấm giờ.';

const made = (
	key: MinutesSectionKey,
	heading: string,
	data: string,
	missing: string | null = null
): MinutesSection => ({
	key,
	heading,
	data,
	text: null,
	missing
});

/** "Đồng chí Nguyễn Anh Tấn - Chủ tịch UBND xã", the position left out when unknown. */
function comrade(name: string, position: string): string {
	return position.trim() ? `Đồng chí ${name} - ${position.trim()}` : `Đồng chí ${name}`;
}

function attendanceLines(a: MinutesInput['attendance']): string[] {
	const lines = [`Đại biểu được mời: ${a.invitedTotal}; có mặt: ${a.presentInvited}.`];
	for (const g of a.groups) lines.push(`- ${g.name}: ${g.present}/${g.invited}`);
	if (a.leadersPresent.length)
		lines.push(
			`Lãnh đạo dự: ${a.leadersPresent.map((l) => comrade(l.fullName, l.position)).join('; ')}.`
		);
	if (a.walkIns.length)
		lines.push(
			`Khách ngoài danh sách: ${a.walkIns.length} người (${a.walkIns.map((w) => comrade(w.fullName, w.position)).join('; ')}).`
		);
	if (a.absent.length) {
		const excused = a.absent.filter((p) => p.reason);
		const reasons = excused
			.map((p) => `${comrade(p.fullName, p.position)} (${p.reason!.trim()})`)
			.join('; ');
		lines.push(
			excused.length
				? `Vắng mặt: ${a.absent.length} đồng chí, trong đó có lý do: ${reasons}.`
				: `Vắng mặt: ${a.absent.length} đồng chí.`
		);
	}
	return lines;
}

/** "Thời gian trình bày: 7 phút 40 giây (dự kiến 7 phút, quá 40 giây)." — extensions said too. */
function durationLine(timing: ItemTiming, plannedSeconds: number): string {
	const plannedMs = plannedSeconds * 1000;
	const extra = timing.allottedMs - plannedMs;
	const overMs = Math.round((timing.spokenMs - timing.allottedMs) / 1000) * 1000;
	const notes = [`dự kiến ${formatDuration(plannedSeconds)}`];
	if (extra > 0) notes.push(`được thêm ${formatSpoken(extra)}`);
	if (overMs > 0) notes.push(`quá ${formatSpoken(overMs)}`);
	return `Thời gian trình bày: ${formatSpoken(timing.spokenMs)} (${notes.join(', ')}).`;
}

function paragraphs(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter((l) => l.length > 0);
}

function itemLines(item: MinutesInput['items'][number], timing: ItemTiming | undefined): string[] {
	const lines: string[] = [];
	const unit = item.unitName ?? '';
	if (item.presenter.trim())
		lines.push(
			`Trình bày: ${presenterLine({ presenter: item.presenter.trim(), unitName: unit })}.`
		);
	else if (unit) lines.push(`Đơn vị trình bày: ${unit}.`);
	if (item.documentTitle) lines.push(`Tài liệu: ${item.documentTitle}.`);
	lines.push(timing ? durationLine(timing, item.plannedSeconds) : UNTIMED_LINE);
	if (item.note) {
		lines.push(...paragraphs(item.note.notes));
		if (item.note.floorSpeakers.length) {
			lines.push('Ý kiến phát biểu:');
			for (const s of item.note.floorSpeakers)
				lines.push(
					s.unit.trim() ? `- Đồng chí ${s.name} (${s.unit.trim()})` : `- Đồng chí ${s.name}`
				);
		}
	}
	return lines;
}

/** The whole draft from the data: every section's `data` and `missing`, `text` null. */
export function assembleMinutes(input: MinutesInput): MinutesSection[] {
	const { conference: c, attendance: a } = input;
	const startedAt = meetingStartedAt(input.timings);
	const sections: MinutesSection[] = [
		startedAt === null
			? made('start', 'Thời gian bắt đầu', '', MISSING.start)
			: made('start', 'Thời gian bắt đầu', formatMomentInWords(startedAt)),
		made('place', 'Địa điểm', c.place.trim(), c.place.trim() ? null : MISSING.place),
		made(
			'attendance',
			'Thành phần tham dự',
			attendanceLines(a).join('\n'),
			a.invitedTotal === 0
				? MISSING.invited
				: a.presentInvited + a.walkIns.length === 0
					? MISSING.checkins
					: null
		),
		c.chairName.trim()
			? made('chair', 'Chủ trì (chủ tọa)', comrade(c.chairName.trim(), c.chairTitle))
			: made('chair', 'Chủ trì (chủ tọa)', '', MISSING.chair),
		c.secretaryName.trim()
			? made(
					'secretary',
					'Thư ký (người ghi biên bản)',
					comrade(c.secretaryName.trim(), c.secretaryTitle)
				)
			: made('secretary', 'Thư ký (người ghi biên bản)', '', MISSING.secretary)
	];
	const timings = new Map(input.timings.map((t) => [t.itemId, t]));
	// A break is no part of what the meeting did; everything else is, timed or not.
	const content = input.items.filter((i) => i.kind !== 'break');
	content.forEach((item, n) =>
		sections.push(
			made(
				`item:${item.id}`,
				`${n + 1}. ${item.title}`,
				itemLines(item, timings.get(item.id)).join('\n')
			)
		)
	);
	const conclusions = input.items.flatMap((i) =>
		(i.note?.conclusions ?? []).map((p) => p.trim()).filter((p) => p.length > 0)
	);
	sections.push(
		conclusions.length
			? made(
					'conclusions',
					'Kết luận của chủ tọa',
					conclusions.map((p, i) => `${i + 1}. ${p}`).join('\n')
				)
			: made('conclusions', 'Kết luận của chủ tọa', '', MISSING.conclusions),
		input.meetingEndedAt
			? made(
					'end',
					'Kết thúc',
					`Hội nghị kết thúc vào ${formatMomentInWords(input.meetingEndedAt)}./.`
				)
			: made('end', 'Kết thúc', '', MISSING.end)
	);
	return sections;
}

/**
 * A new assembly over an earlier draft: the data-made parts are refreshed, every `text` the
 * secretary wrote is kept (marked `dataChanged` when its data moved on); a section whose item left
 * the programme is kept when it holds the secretary's text.
 *
 * `dataChanged` stays set over later assemblies until the secretary answers it (takes the new data
 * or saves new wording), so a second "Cập nhật số liệu" does not hide a change they never saw. A
 * kept section of a removed item keeps its place after the section it followed, with no data and
 * `MISSING.removed`, so it shows in the warnings until it is emptied.
 */
export function reassembleMinutes(
	previous: readonly MinutesSection[],
	fresh: readonly MinutesSection[]
): MinutesSection[] {
	const before = new Map(previous.map((s) => [s.key, s]));
	const result: MinutesSection[] = fresh.map((s) => {
		const old = before.get(s.key);
		if (!old || old.text === null) return { ...s };
		return { ...s, text: old.text, dataChanged: Boolean(old.dataChanged) || old.data !== s.data };
	});
	const freshKeys = new Set(fresh.map((s) => s.key));
	previous.forEach((old, i) => {
		if (freshKeys.has(old.key) || old.text === null) return;
		const kept: MinutesSection = {
			key: old.key,
			heading: old.heading,
			data: '',
			text: old.text,
			missing: MISSING.removed
		};
		// After the nearest earlier section that is still there; first when there is none.
		let at = 0;
		for (let j = i - 1; j >= 0; j--) {
			const k = result.findIndex((s) => s.key === previous[j]!.key);
			if (k >= 0) {
				at = k + 1;
				break;
			}
		}
		result.splice(at, 0, kept);
	});
	return result;
}

/** What a section says in the biên bản: the secretary's text, else the data. */
export function sectionText(section: Pick<MinutesSection, 'data' | 'text'>): string {
	return section.text ?? section.data;
}

/** The chair's conclusions as numbered points (the conclusions section's lines, their own numbers dropped). */
export function conclusionPoints(sections: readonly MinutesSection[]): string[] {
	const found = sections.find((s) => s.key === 'conclusions');
	if (!found) return [];
	return paragraphs(sectionText(found))
		.map((l) => l.replace(/^\d+\s*[.)]\s*/, '').trim())
		.filter((l) => l.length > 0);
}

/** A moment as the decree writes it in running text: "07 giờ 30 phút, ngày 24 tháng 4 năm 2026". */
export function formatMomentInWords(date: Date): string {
	const { hour, minute } = vnParts(date);
	return `${pad2(hour)} giờ ${pad2(minute)} phút, ${formatNd30Date(date)}`;
}
