import { pad2, vnParts } from './dates';
import { hasStarted, type TimerState } from './timer';

/**
 * Where a delegate is in the conference, which decides what their page shows first:
 * - `before`: an earlier day — the reply, then the QR;
 * - `day`: the conference's day, before it starts — the QR (and self check-in) first;
 * - `during`: from the start to the planned end; earlier that day once the chair has started an
 *   item's time (paused or not), later that day while a time runs — the live item and timer first;
 * - `after`: the end has passed and no timer runs, or the chair pressed "Kết thúc hội nghị" — what
 *   happened.
 */
export type DelegateMoment = 'before' | 'day' | 'during' | 'after';

export interface MomentInput {
	/** Server time, epoch ms. */
	now: number;
	startsAt: number;
	endsAt: number;
	/** The chair's timer. */
	timer: TimerState;
	/** When the chair closed the meeting ("Kết thúc hội nghị"), epoch ms; null while it is open. */
	endedAt: number | null;
}

/** `2026-04-24`: the calendar day in Vietnam (sorts as text). */
function vnDay(ms: number): string {
	const { year, month, day } = vnParts(new Date(ms));
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function delegateMoment({
	now,
	startsAt,
	endsAt,
	timer,
	endedAt
}: MomentInput): DelegateMoment {
	// Closed by the chair on or after its first day (a close at a rehearsal days before is not it).
	if (endedAt !== null && endedAt <= now && vnDay(endedAt) >= vnDay(startsAt)) return 'after';
	const onConferenceDay =
		vnDay(now) === vnDay(startsAt) ||
		vnDay(now) === vnDay(endsAt) ||
		(now >= startsAt && now < endsAt);
	if (now >= startsAt && now < endsAt) return 'during';
	const timed = timer.itemId !== null && onConferenceDay;
	if (now >= endsAt) {
		// Running late: on while someone's time is counting; a timer left on the last item is not.
		return timed && timer.running ? 'during' : 'after';
	}
	// An early start: on once the chair has started an item's time (a pause keeps it on); a timer
	// merely opened on an item, or tried out and reset, is not.
	if (timed && hasStarted(timer)) return 'during';
	return onConferenceDay ? 'day' : 'before';
}

/** Whether a delegate may still change their reply: until the conference starts (the server's rule too). */
export function repliesOpen(now: number, startsAt: number): boolean {
	return now < startsAt;
}

/** Why a reply can no longer change, as one true sentence. */
export function repliesClosedReason(now: number, endsAt: number): string {
	return now >= endsAt
		? 'Hội nghị đã kết thúc nên không thể thay đổi trả lời.'
		: 'Hội nghị đã bắt đầu nên không thể thay đổi trả lời.';
}

/**
 * The timer's records that belong to the meeting itself: started on its day(s) in Vietnam, so a
 * rehearsal the day before or a timer tried out after the date moved is not shown as what happened.
 */
export function timingsOfTheMeeting<T extends { startedAt: number }>(
	timings: readonly T[],
	startsAt: number,
	endsAt: number
): T[] {
	const first = vnDay(startsAt);
	const last = vnDay(endsAt);
	return timings.filter((t) => {
		const day = vnDay(t.startedAt);
		return day >= first && day <= last;
	});
}
