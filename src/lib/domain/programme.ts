import { formatTime, pad2, vnParts } from './dates';
import {
	hasStarted,
	MAX_ALLOTTED_MS,
	meetingStartedAt,
	MINUTE_MS,
	remainingAt,
	type ItemTiming,
	type TimerState
} from './timer';

/** Kinds of agenda item (chương trình hội nghị). */
export const AGENDA_KINDS = [
	'opening',
	'report',
	'speech',
	'discussion',
	'conclusion',
	'break',
	'other'
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_KIND_LABELS: Record<AgendaKind, string> = {
	opening: 'Khai mạc',
	report: 'Báo cáo',
	speech: 'Tham luận',
	discussion: 'Thảo luận',
	conclusion: 'Kết luận',
	break: 'Giải lao',
	other: 'Nội dung khác'
};

/** A tham luận lasts at most 07 minutes (the plan's DANH SÁCH). */
export const SPEECH_MINUTES = 7;
/** The longest item: the most time the chair's timer can give. */
export const MAX_ITEM_MINUTES = MAX_ALLOTTED_MS / MINUTE_MS;
export const TITLE_MAX = 300;

/** An agenda item as the projector and delegates see it. */
export interface ProgrammeItem {
	id: number;
	kind: AgendaKind;
	title: string;
	presenter: string;
	unitName: string;
	plannedSeconds: number;
}

/** What the schedule and the chair's script need of an item. */
export interface AgendaEntry {
	kind: AgendaKind;
	title: string;
	presenter: string;
	unitName: string;
	plannedSeconds: number;
	chairNotes: string;
}

export interface ScheduledEntry<T> {
	item: T;
	startsAt: Date;
	endsAt: Date;
}

/** Planned start and end of each item one after another from the conference's start time. */
export function schedule<T extends Pick<AgendaEntry, 'plannedSeconds'>>(
	items: readonly T[],
	startsAt: Date
): {
	entries: ScheduledEntry<T>[];
	totalSeconds: number;
	endsAt: Date;
} {
	let t = startsAt.getTime();
	const entries = items.map((item) => {
		const begin = t;
		t += item.plannedSeconds * 1000;
		return { item, startsAt: new Date(begin), endsAt: new Date(t) };
	});
	return { entries, totalSeconds: (t - startsAt.getTime()) / 1000, endsAt: new Date(t) };
}

/** `1 giờ 45 phút`, `7 phút`. */
export function formatDuration(seconds: number): string {
	const minutes = Math.round(seconds / 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} phút`;
	return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

/** Time actually spoken: `45 giây`, `6 phút 40 giây`, `1 giờ 02 phút`. */
export function formatSpoken(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	if (h > 0) return `${h} giờ ${String(m).padStart(2, '0')} phút`;
	if (m === 0) return `${s} giây`;
	return s === 0 ? `${m} phút` : `${m} phút ${String(s).padStart(2, '0')} giây`;
}

/** `08:00 – 08:07` */
export function formatSpan(from: Date, to: Date): string {
	return `${formatTime(from)} – ${formatTime(to)}`;
}

/** Who speaks, as one line: `Đ/c Nguyễn Văn A – Phòng Kinh tế`. */
export function presenterLine(item: Pick<AgendaEntry, 'presenter' | 'unitName'>): string {
	return [item.presenter, item.unitName].filter((s) => s.length > 0).join(' – ');
}

/** A tham luận to give: its topic and the unit that gives it (from the speech requests). */
export interface ProgrammeSpeech {
	topic: string;
	unitName: string;
}

interface ProgrammeConference {
	chairName: string;
	chairTitle: string;
}

/**
 * A usual programme for a commune review conference, with one item per tham luận asked of the units
 * (in the requests' order): what the demo starts with, and what the secretariat can start from and
 * then edit.
 */
export function suggestedProgramme(
	conference: ProgrammeConference,
	units: readonly { name: string }[],
	speeches: readonly ProgrammeSpeech[]
): AgendaEntry[] {
	const chair = `Đồng chí ${conference.chairName}, ${conference.chairTitle}`;
	const office = units.find((u) => /văn phòng/i.test(u.name))?.name ?? '';
	const culture = units.find((u) => /văn hóa/i.test(u.name))?.name ?? '';
	const item = (
		kind: AgendaKind,
		title: string,
		minutes: number,
		presenter = '',
		unitName = '',
		chairNotes = ''
	): AgendaEntry => ({
		kind,
		title,
		presenter,
		unitName,
		plannedSeconds: minutes * 60,
		chairNotes
	});
	return [
		item('other', 'Đón tiếp đại biểu, điểm danh', 30, '', office),
		item('opening', 'Tuyên bố lý do, giới thiệu đại biểu', 5, 'Chánh Văn phòng', office),
		item('opening', 'Phát biểu khai mạc hội nghị', 5, chair),
		item(
			'report',
			'Báo cáo sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính và hoạt động của chính quyền địa phương 02 cấp',
			20,
			'Lãnh đạo phòng',
			culture
		),
		...speeches.map((s) =>
			item(
				'speech',
				s.topic,
				SPEECH_MINUTES,
				'',
				s.unitName,
				`Nhắc thời gian trình bày không quá ${pad2(SPEECH_MINUTES)} phút.`
			)
		),
		item('break', 'Giải lao', 10),
		item('discussion', 'Thảo luận, ý kiến của đại biểu', 30, 'Các đại biểu'),
		item('conclusion', 'Phát biểu kết luận hội nghị', 15, chair),
		item('other', 'Bế mạc hội nghị', 5, 'Chánh Văn phòng', office)
	];
}

/**
 * Who is invited, as the chair says it: `đồng chí Nguyễn Văn A, Phòng Kinh tế`, or `đại diện Phòng
 * Kinh tế` when only the unit is known (or when they speak on its behalf). Spoken: no dash, no "Đ/c".
 */
function spokenPresenter(
	item: Pick<AgendaEntry, 'presenter' | 'unitName'>,
	onBehalf = false
): string {
	const presenter = item.presenter.replace(/^(đồng chí|đ\/c)\s+/iu, 'đồng chí ');
	const unit =
		item.unitName && (onBehalf || !presenter) ? `đại diện ${item.unitName}` : item.unitName;
	return [presenter, unit].filter(Boolean).join(', ') || 'đồng chí được phân công';
}

const TRAILING_PUNCTUATION = /[\s.;:,]+$/;

/** What the chair says to open and to close an item (kịch bản điều hành). */
export function chairLines(
	item: AgendaEntry,
	speechNumber: number | null
): { open: string; close: string } {
	const who = spokenPresenter(item);
	const minutes = Math.round(item.plannedSeconds / 60);
	switch (item.kind) {
		case 'speech': {
			// A tham luận is given on behalf of its unit, whoever reads it.
			const speaker = spokenPresenter(item, true);
			const thanked = item.unitName ? `đại diện ${item.unitName}` : speaker;
			return {
				open:
					`Tiếp theo chương trình, xin trân trọng kính mời ${speaker} trình bày tham luận` +
					`${speechNumber ? ` số ${speechNumber}` : ''} với chủ đề: “${item.title}”. ` +
					`Đề nghị đồng chí trình bày không quá ${pad2(minutes > 0 ? minutes : SPEECH_MINUTES)} phút.`,
				close: `Xin cảm ơn ${thanked} đã có bài tham luận.`
			};
		}
		case 'report':
			return {
				open: `Xin trân trọng kính mời ${who} trình bày ${clause(item.title)}.`,
				close: `Xin cảm ơn ${who}.`
			};
		case 'opening':
			// "kính mời đồng chí …, Chủ tịch UBND xã phát biểu khai mạc hội nghị": the title is what they do.
			return {
				open: `Xin trân trọng kính mời ${who} ${clause(item.title)}.`,
				close: 'Xin trân trọng cảm ơn.'
			};
		case 'discussion':
			return {
				open: 'Hội nghị chuyển sang phần thảo luận. Đề nghị các đồng chí đại biểu phát biểu ý kiến ngắn gọn, tập trung vào khó khăn, vướng mắc và đề xuất, kiến nghị.',
				close: 'Xin cảm ơn các ý kiến phát biểu của các đồng chí đại biểu.'
			};
		case 'conclusion':
			return {
				open: `Xin trân trọng kính mời ${who} phát biểu kết luận hội nghị.`,
				close: 'Xin trân trọng cảm ơn.'
			};
		case 'break':
			return {
				open: `Hội nghị nghỉ giải lao${minutes > 0 ? ` ${minutes} phút` : ''}. Đề nghị các đồng chí đại biểu trở lại hội trường đúng giờ.`,
				close: 'Hội nghị tiếp tục làm việc.'
			};
		case 'other': {
			// Not words to say but what happens, and who sees to it.
			const by = presenterLine(item);
			const what = item.title.replace(TRAILING_PUNCTUATION, '');
			return { open: by ? `${what} (${by}).` : `${what}.`, close: '' };
		}
	}
}

/** A title inside the chair's sentence: lower-case first letter, its own full stop dropped. */
function clause(title: string): string {
	const s = title.replace(TRAILING_PUNCTUATION, '');
	return s.length > 0 ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s;
}

/** One item of the chair's programme: planned against actual. */
export interface ProgressRow {
	itemId: number;
	plannedStart: Date;
	plannedSeconds: number;
	/** From the timer events, once the item's time has been started. */
	actualStart: Date | null;
	spokenMs: number | null;
	/** The timing was read with the time stopped (paused, stopped, moved on): its spoken time is final so far. */
	done: boolean;
}

export interface ProgrammeProgress {
	rows: ProgressRow[];
	/**
	 * How far the programme runs behind (positive) or ahead (negative) of the plan, in ms: when the
	 * open item will end (its time left from now, or all of it once it starts) against its planned
	 * end. Null before the chair opens the first item.
	 */
	driftMs: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days between the Vietnam calendar dates of two instants. */
function vnDayDifference(from: Date, to: Date): number {
	const day = (d: Date) => {
		const p = vnParts(d);
		return Date.UTC(p.year, p.month - 1, p.day);
	};
	return Math.round((day(to) - day(from)) / DAY_MS);
}

/**
 * Planned against actual for the chair (pure: the timer events' timings and `now` are passed in).
 * The plan runs from the conference's start; a meeting run on another day than planned (a rehearsal,
 * a postponed day) is measured against the same clock times on the day it started.
 */
export function programmeProgress(
	items: readonly Pick<ProgrammeItem, 'id' | 'plannedSeconds'>[],
	startsAt: Date,
	timings: readonly Pick<ItemTiming, 'itemId' | 'startedAt' | 'endedAt' | 'spokenMs'>[],
	timer: TimerState,
	now: number
): ProgrammeProgress {
	const byItem = new Map(timings.map((t) => [t.itemId, t]));
	const startedAt = meetingStartedAt(timings);
	const anchor =
		startedAt === null
			? startsAt
			: new Date(startsAt.getTime() + vnDayDifference(startsAt, startedAt) * DAY_MS);
	const { entries } = schedule(items, anchor);
	const rows = entries.map(({ item, startsAt: plannedStart }) => {
		const t = byItem.get(item.id);
		return {
			itemId: item.id,
			plannedStart,
			plannedSeconds: item.plannedSeconds,
			actualStart: t ? new Date(t.startedAt) : null,
			spokenMs: t ? t.spokenMs : null,
			done: !!t && t.endedAt !== null
		};
	});
	const open = entries.find((e) => e.item.id === timer.itemId);
	if (!open) return { rows, driftMs: null };
	const expectedEnd = hasStarted(timer)
		? now + Math.max(0, remainingAt(timer, now))
		: Math.max(now, open.startsAt.getTime()) + timer.allottedMs;
	return { rows, driftMs: expectedEnd - open.endsAt.getTime() };
}

/** `Chậm 6 phút so với chương trình`, `Sớm 3 phút …`, `Đúng chương trình` (to the nearest minute). */
export function formatDrift(driftMs: number): string {
	const minutes = Math.round(Math.abs(driftMs) / MINUTE_MS);
	if (minutes === 0) return 'Đúng chương trình';
	return `${driftMs > 0 ? 'Chậm' : 'Sớm'} ${formatDuration(minutes * 60)} so với chương trình`;
}
