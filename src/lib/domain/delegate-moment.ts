import { vnParts } from './dates';

/**
 * Where a delegate is in the conference, which decides what their page shows first:
 * - `before`: an earlier day — the reply, then the QR;
 * - `day`: the conference's day, before it starts — the QR (and self check-in) first;
 * - `during`: from the start, or from the first item the chair times that day, until the end —
 *   the live item and timer first, then the programme;
 * - `after`: the end has passed (and nothing is being timed on the conference's day) — what happened.
 */
export type DelegateMoment = 'before' | 'day' | 'during' | 'after';

export interface MomentInput {
	/** Server time, epoch ms. */
	now: number;
	startsAt: number;
	endsAt: number;
	/** The item the chair's timer shows, if any. */
	timedItemId: number | null;
}

/** `2026-04-24`: the calendar day in Vietnam. */
function vnDay(ms: number): string {
	const { year, month, day } = vnParts(new Date(ms));
	return `${year}-${month}-${day}`;
}

export function delegateMoment({ now, startsAt, endsAt, timedItemId }: MomentInput): DelegateMoment {
	const onConferenceDay = vnDay(now) === vnDay(startsAt) || vnDay(now) === vnDay(endsAt) || (now >= startsAt && now < endsAt);
	// The chair started early or runs late: the hall is in session while an item is timed that day.
	if (timedItemId !== null && onConferenceDay) return 'during';
	if (now >= endsAt) return 'after';
	if (now >= startsAt) return 'during';
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
