import { formatTime, pad2 } from './dates';
import { MAX_ALLOTTED_MS, MINUTE_MS } from './timer';

/** Kinds of agenda item (chương trình hội nghị). */
export const AGENDA_KINDS = ['opening', 'report', 'speech', 'discussion', 'conclusion', 'break', 'other'] as const;
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
export function schedule<T extends Pick<AgendaEntry, 'plannedSeconds'>>(items: readonly T[], startsAt: Date): {
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

interface ProgrammeUnit {
	name: string;
	speechTopic: string | null;
}

interface ProgrammeConference {
	chairName: string;
	chairTitle: string;
}

/**
 * A usual programme for a commune review conference, from the units that give a tham luận: what the
 * demo starts with, and what the secretariat can start from and then edit.
 */
export function suggestedProgramme(conference: ProgrammeConference, units: readonly ProgrammeUnit[]): AgendaEntry[] {
	const chair = `Đồng chí ${conference.chairName}, ${conference.chairTitle}`;
	const office = units.find((u) => /văn phòng/i.test(u.name))?.name ?? '';
	const culture = units.find((u) => /văn hóa/i.test(u.name))?.name ?? '';
	const item = (kind: AgendaKind, title: string, minutes: number, presenter = '', unitName = '', chairNotes = ''): AgendaEntry => ({
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
		...units
			.filter((u) => u.speechTopic)
			.map((u) =>
				item('speech', u.speechTopic!, SPEECH_MINUTES, '', u.name, `Nhắc thời gian trình bày không quá ${pad2(SPEECH_MINUTES)} phút.`)
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
function spokenPresenter(item: Pick<AgendaEntry, 'presenter' | 'unitName'>, onBehalf = false): string {
	const presenter = item.presenter.replace(/^(đồng chí|đ\/c)\s+/iu, 'đồng chí ');
	const unit = item.unitName && (onBehalf || !presenter) ? `đại diện ${item.unitName}` : item.unitName;
	return [presenter, unit].filter(Boolean).join(', ') || 'đồng chí được phân công';
}

const TRAILING_PUNCTUATION = /[\s.;:,]+$/;

/** What the chair says to open and to close an item (kịch bản điều hành). */
export function chairLines(item: AgendaEntry, speechNumber: number | null): { open: string; close: string } {
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
				open:
					'Hội nghị chuyển sang phần thảo luận. Đề nghị các đồng chí đại biểu phát biểu ý kiến ngắn gọn, tập trung vào khó khăn, vướng mắc và đề xuất, kiến nghị.',
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
