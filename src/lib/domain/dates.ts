/** Conferences happen in Vietnam: times are shown in its zone whatever the server's zone is. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

interface VnParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	weekday: number; // 0 = Sunday
}

const partsFormatter = new Intl.DateTimeFormat('en-US', {
	timeZone: VN_TIME_ZONE,
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
	weekday: 'short',
	hourCycle: 'h23'
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function vnParts(date: Date): VnParts {
	const parts = new Map(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]));
	const get = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? '';
	return {
		year: Number(get('year')),
		month: Number(get('month')),
		day: Number(get('day')),
		hour: Number(get('hour')),
		minute: Number(get('minute')),
		weekday: WEEKDAYS.indexOf(get('weekday'))
	};
}

/** `05`, `12`: hours, minutes and seconds on screens and documents. */
export const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Decree 30/2020 date: days below 10 and months 1 and 2 take a leading zero.
 * `ngày 05 tháng 02 năm 2026`, `ngày 22 tháng 4 năm 2026`.
 */
export function formatNd30Date(date: Date): string {
	const { year, month, day } = vnParts(date);
	return `ngày ${pad2(day)} tháng ${nd30Month(month)} năm ${year}`;
}

/** The same rule in figures, as an appendix names its document: `05/02/2026`, `24/4/2026`. */
export function formatNd30Day(date: Date): string {
	const { year, month, day } = vnParts(date);
	return `${pad2(day)}/${nd30Month(month)}/${year}`;
}

const nd30Month = (month: number) => (month <= 2 ? pad2(month) : String(month));

/** The place-date line of a document: `Bình Thành, ngày 22 tháng 4 năm 2026`. */
export function formatPlaceDate(locality: string, date: Date): string {
	return `${locality}, ${formatNd30Date(date)}`;
}

/** `07:42` */
export function formatTime(date: Date): string {
	const { hour, minute } = vnParts(date);
	return `${pad2(hour)}:${pad2(minute)}`;
}

/** `08:05:09`: when a live screen last heard from the server. Vietnam's offset is whole minutes. */
export function formatTimeWithSeconds(date: Date): string {
	return `${formatTime(date)}:${pad2(date.getUTCSeconds())}`;
}

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** `08 giờ 00 phút, Thứ Sáu, ngày 24 tháng 4 năm 2026`: the time of a meeting on its documents. */
export function formatMeetingTime(date: Date): string {
	const { hour, minute, weekday } = vnParts(date);
	return `${pad2(hour)} giờ ${pad2(minute)} phút, ${WEEKDAY_NAMES[weekday]}, ${formatNd30Date(date)}`;
}

/** `Thứ Sáu, 24/04/2026` — for screens, where the short numeric form reads faster. */
export function formatDayShort(date: Date): string {
	const { year, month, day, weekday } = vnParts(date);
	return `${WEEKDAY_NAMES[weekday]}, ${pad2(day)}/${pad2(month)}/${year}`;
}

/** `08:00 – 11:30, Thứ Sáu, 24/04/2026` */
export function formatTimeRange(start: Date, end: Date): string {
	return `${formatTime(start)} – ${formatTime(end)}, ${formatDayShort(start)}`;
}

/** `24/04/2026 07:42` — for logs and lists. */
export function formatDateTime(date: Date): string {
	const { year, month, day } = vnParts(date);
	return `${pad2(day)}/${pad2(month)}/${year} ${formatTime(date)}`;
}

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VN_OFFSET = '+07:00';

// Forms take dates as text, day first and 24-hour, so they read the same in a browser set to
// English (an <input type="date"> there shows 04/24/2026 and 08:00 AM).

/** What a date field says it wants (its placeholder and, via title, its Vietnamese error). */
export const DAY_INPUT_HINT = 'ngày/tháng/năm, ví dụ 24/04/2026';
export const DATE_TIME_INPUT_HINT = 'ngày/tháng/năm giờ:phút, ví dụ 24/04/2026 08:00';

const DAY_TEXT = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
const TIME_TEXT = String.raw`(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})?\s*(?:phút)?`;
const dayOnly = new RegExp(`^${DAY_TEXT}$`, 'i');
const dayAndTime = new RegExp(`^${DAY_TEXT}(?:\\s+|\\s*,\\s*|\\s*lúc\\s*)${TIME_TEXT}$`, 'i');

/** "2026-04-20" when the numbers make a real day of 2000–2100, else null. */
function isoDay(day: number, month: number, year: number): string | null {
	if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCDate() === day ? `${year}-${pad2(month)}-${pad2(day)}` : null;
}

/** "24/4/2026", "24-04-2026", "24.04.2026" → "2026-04-24"; null when not a real day. */
export function parseVnDay(text: string): string | null {
	const m = dayOnly.exec(text.trim());
	return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A `date` column "2026-04-20" as a form shows it: "20/04/2026". */
export function formatIsoDay(iso: string): string {
	const [year, month, day] = iso.split('-');
	return `${day}/${month}/${year}`;
}

/** "24/04/2026 08:00" (also "24/4/2026 8h00", "24/04/2026 lúc 14 giờ 30"), read as Vietnam time; null when malformed. */
export function parseVnDateTime(text: string): Date | null {
	const m = dayAndTime.exec(text.trim().replace(/\s+/g, ' '));
	if (!m) return null;
	const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	const hour = Number(m[4]);
	const minute = Number(m[5] ?? '0');
	if (!day || hour > 23 || minute > 59) return null;
	return new Date(`${day}T${pad2(hour)}:${pad2(minute)}:00${VN_OFFSET}`);
}

/** The Vietnam calendar day of a moment: "2026-04-24". */
export function vnIsoDay(date: Date): string {
	const { year, month, day } = vnParts(date);
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Whole days from one "yyyy-mm-dd" to another (negative when earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
	return Math.round(
		(Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000
	);
}

/** "2026-04-22" moved by a number of days. */
export function shiftIsoDay(iso: string, days: number): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A day as generated text writes it: "22/4/2026" (no leading zeros, as in running text). */
export function formatDayInText(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${day}/${month}/${year}`;
}

/** A `date` column ("2026-04-20") as the Date of that day at noon in Vietnam. */
export function vnDateFromIso(isoDay: string): Date {
	return new Date(`${isoDay}T12:00:00${VN_OFFSET}`);
}
