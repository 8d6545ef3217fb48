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

/** A Date as the value of an `<input type="datetime-local">` showing Vietnam time. */
export function toVnDateTimeLocal(date: Date): string {
	const { year, month, day, hour, minute } = vnParts(date);
	return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}`;
}

/** The value of a datetime-local input, read as Vietnam time; null when malformed. */
export function fromVnDateTimeLocal(value: string): Date | null {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
	const date = new Date(`${value}:00${VN_OFFSET}`);
	return Number.isNaN(date.getTime()) || toVnDateTimeLocal(date) !== value ? null : date;
}

/** A `date` column ("2026-04-20") as the Date of that day at noon in Vietnam. */
export function vnDateFromIso(isoDay: string): Date {
	return new Date(`${isoDay}T12:00:00${VN_OFFSET}`);
}
