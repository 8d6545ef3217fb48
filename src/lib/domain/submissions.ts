// The rules of the units' submissions that need no I/O: how long is left before a deadline, late or
// not, the receipt's code, a file's size in words, and the reminder a unit is sent on Zalo. The
// server, the secretariat's board and the unit's page all read them from here.
import { formatTime, vnParts } from './dates';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A version sent after the request's deadline is late ("Nộp muộn"); at the deadline minute it is not. */
export function isLate(submittedAt: Date, dueAt: Date): boolean {
	return submittedAt.getTime() > dueAt.getTime();
}

/**
 * What is left before a deadline, in the two largest units that matter: "còn 2 ngày 5 giờ",
 * "còn 5 giờ 20 phút", "còn 12 phút", "còn dưới 1 phút"; past it, "đã quá hạn".
 */
export function timeLeftText(dueAt: Date, now: Date): string {
	const left = dueAt.getTime() - now.getTime();
	if (left < 0) return 'đã quá hạn';
	if (left < MINUTE_MS) return 'còn dưới 1 phút';
	const days = Math.floor(left / DAY_MS);
	const hours = Math.floor((left % DAY_MS) / HOUR_MS);
	const minutes = Math.floor((left % HOUR_MS) / MINUTE_MS);
	if (days > 0) return hours > 0 ? `còn ${days} ngày ${hours} giờ` : `còn ${days} ngày`;
	if (hours > 0) return minutes > 0 ? `còn ${hours} giờ ${minutes} phút` : `còn ${hours} giờ`;
	return `còn ${minutes} phút`;
}

/** `22/4/2026`: a date in running text, as the plan writes it. */
export function formatDayInRunningText(date: Date): string {
	const { year, month, day } = vnParts(date);
	return `${day}/${month}/${year}`;
}

/** `17:00 ngày 22/4/2026`: a deadline, or the time of a receipt, in a sentence. */
export function formatMomentInText(date: Date): string {
	return `${formatTime(date)} ngày ${formatDayInRunningText(date)}`;
}

/** The receipt's code: the first six hex characters of the file's sha256, upper case ("3F9A2C"). */
export function receiptCode(sha256: string): string {
	return sha256.slice(0, 6).toUpperCase();
}

/** "850 KB", "1,2 MB": a file's size the Vietnamese way (decimal comma, 1 MB = 1024 KB). */
export function formatFileSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} byte`;
	const kb = bytes / 1024;
	if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
	const mb = kb / 1024;
	return `${(mb < 10 ? mb.toFixed(1) : Math.round(mb).toString()).replace('.', ',')} MB`;
}

export interface ReminderInput {
	/** Who the reminder is addressed to: the unit's leader, or else the unit itself. */
	unitName: string;
	leader: string;
	/** What is still missing, each with its deadline. */
	requests: { title: string; dueAt: Date }[];
	/** The unit's upload link `https://HOST/u/TOKEN`. */
	link: string;
	/** Who asks, as the sentence names it: "Văn phòng HĐND và UBND xã". */
	sender: string;
}

/**
 * The ready text a clerk pastes into Zalo: "Kính gửi …: đề nghị nộp … trước … tại liên kết …",
 * one line per missing document when there are several.
 */
export function reminderText({ unitName, leader, requests, link, sender }: ReminderInput): string {
	const to = leader.trim() ? `${leader.trim()} (${unitName})` : unitName;
	const asked = requests.map((r) => `${r.title} trước ${formatMomentInText(r.dueAt)}`);
	const what = asked.length === 1 ? asked[0]! : asked.map((a) => `\n- ${a}`).join(';') + '\n';
	return `Kính gửi ${to}: ${sender} đề nghị đơn vị nộp ${what}${asked.length === 1 ? ' ' : ''}tại liên kết ${link} (mở bằng điện thoại hoặc máy tính, chọn tệp .docx hoặc .pdf để gửi). Trân trọng cảm ơn.`;
}

// ——— What a delegate reads: the published documents (src/routes/d/[token]/documents) ———

/** Where a published document sits among the others: its kind, its tham luận's agenda item, its request and unit. */
// (The import is written here, not at the top: this section is appended, as the file asks.)
type DocumentKind = import('./documents').DocumentKind;

export interface PublishedPlace {
	kind: DocumentKind;
	/** The position of the agenda item a tham luận is given at; null when it has none. */
	agendaPosition: number | null;
	requestPosition: number;
	unitPosition: number;
}

// The tham luận first, as the programme gives them; then the reports, then the rest.
const PUBLISHED_KIND_ORDER: Record<DocumentKind, number> = {
	speech: 0,
	report: 1,
	synthesis: 2,
	plan: 3,
	other: 4
};

/**
 * The order a delegate reads them in: tham luận in the order of their agenda items (those with no
 * item after them), then the units' reports, then the other kinds; within a kind, the request's
 * order, then the unit's.
 */
export function comparePublished(a: PublishedPlace, b: PublishedPlace): number {
	const unplaced = Number.MAX_SAFE_INTEGER;
	return (
		PUBLISHED_KIND_ORDER[a.kind] - PUBLISHED_KIND_ORDER[b.kind] ||
		(a.agendaPosition ?? unplaced) - (b.agendaPosition ?? unplaced) ||
		a.requestPosition - b.requestPosition ||
		a.unitPosition - b.unitPosition
	);
}

/** One document's copy on the delegate's phone: which file it was (its sha256) and whether the original is kept too. */
export interface StoredCopy {
	id: number;
	sha256: string;
	original: boolean;
}

/**
 * What the documents page says about the copies on this phone, against what is published now:
 * none yet, all of them ("Đã lưu trên máy lúc 16:05 ngày 21/4/2026"), or some new or changed since.
 */
export function storedCopiesText(
	published: { id: number; sha256: string }[],
	stored: { savedAt: Date; copies: StoredCopy[] } | null
): { text: string; complete: boolean } {
	if (!stored || stored.copies.length === 0)
		return { text: 'Chưa lưu trên máy này.', complete: false };
	const kept = new Set(stored.copies.map((c) => `${c.id}:${c.sha256}`));
	const missing = published.filter((d) => !kept.has(`${d.id}:${d.sha256}`)).length;
	const at = `Đã lưu trên máy lúc ${formatMomentInText(stored.savedAt)}`;
	if (missing === 0) return { text: `${at}.`, complete: true };
	return { text: `${at}; có ${missing} tài liệu mới hoặc đã cập nhật chưa lưu.`, complete: false };
}

/** Originals up to this size are stored on the phone with the readable pages; larger ones need the network. */
export const ORIGINAL_OFFLINE_MAX_BYTES = 5 * 1024 * 1024;

// ——— The secretariat's board: one cell per unit and request ———

export const BOARD_STATES = ['submitted', 'late', 'missing', 'overdue', 'exempt'] as const;
export type BoardState = (typeof BOARD_STATES)[number];

/** The words of each state, for the counts, the filter and the .xlsx. */
export const BOARD_STATE_LABELS: Record<BoardState, string> = {
	submitted: 'Đã nộp',
	late: 'Nộp muộn',
	missing: 'Chưa nộp',
	overdue: 'Quá hạn',
	exempt: 'Không phải nộp'
};

export interface BoardCellInput {
	dueAt: Date;
	/** When the secretariat marked the unit "không phải nộp" for this request. */
	exemptAt: Date | null;
	/** The version that counts (the highest), if any. */
	latest: { version: number; submittedAt: Date; size: number; late: boolean } | null;
}

/**
 * One cell of the board, in the words the page and the .xlsx both show: "Đã nộp 21/4 16:05 · bản 2
 * · 1,2 MB", "Nộp muộn 22/4 09:10 · bản 1 · 850 KB", "Chưa nộp — còn 2 ngày", "Quá hạn",
 * "Không phải nộp". The latest version decides: a late resend makes the cell late.
 */
export function boardCell(
	{ dueAt, exemptAt, latest }: BoardCellInput,
	now: Date
): { state: BoardState; text: string } {
	if (exemptAt) return { state: 'exempt', text: BOARD_STATE_LABELS.exempt };
	if (latest) {
		const state: BoardState = latest.late ? 'late' : 'submitted';
		const { day, month } = vnParts(latest.submittedAt);
		return {
			state,
			text: `${BOARD_STATE_LABELS[state]} ${day}/${month} ${formatTime(latest.submittedAt)} · bản ${latest.version} · ${formatFileSize(latest.size)}`
		};
	}
	if (now.getTime() > dueAt.getTime())
		return { state: 'overdue', text: BOARD_STATE_LABELS.overdue };
	return { state: 'missing', text: `${BOARD_STATE_LABELS.missing} — ${timeLeftText(dueAt, now)}` };
}
