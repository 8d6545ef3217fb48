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
