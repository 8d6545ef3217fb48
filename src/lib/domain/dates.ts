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

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Decree 30/2020 date: days below 10 and months 1 and 2 take a leading zero.
 * `ngày 05 tháng 02 năm 2026`, `ngày 22 tháng 4 năm 2026`.
 */
export function formatNd30Date(date: Date): string {
	const { year, month, day } = vnParts(date);
	const monthText = month <= 2 ? pad2(month) : String(month);
	return `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** The place-date line of a document: `Bình Thành, ngày 22 tháng 4 năm 2026`. */
export function formatPlaceDate(locality: string, date: Date): string {
	return `${locality}, ${formatNd30Date(date)}`;
}

/** `07:42` */
export function formatTime(date: Date): string {
	const { hour, minute } = vnParts(date);
	return `${pad2(hour)}:${pad2(minute)}`;
}

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

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
