import { sql } from 'drizzle-orm';
import { checkHallCode, checkHallShortCode } from '$lib/domain/hall-code';
import type { Database } from '../db';
import { serverSecret } from '../secret';
import { failuresWithin, recordFailure } from '../throttle';
import { selfCheckin } from './record';

/** Wrong short codes a delegate may type within a minute before the page waits (a 429). */
export const HALL_CODE_FAILURE_LIMIT = 5;
export const HALL_CODE_FAILURE_WINDOW_MS = 60_000;

export const HALL_CODE_MESSAGES = {
	malformed: 'Vui lòng nhập đủ 6 chữ số hiện dưới mã QR trên màn hình ở cửa hội trường.',
	wrong: 'Mã không đúng. Vui lòng nhập lại 6 chữ số đang hiện dưới mã QR trên màn hình.',
	expired: 'Mã đã hết hạn, vui lòng nhập mã đang hiện trên màn hình (mã đổi sau mỗi 30 giây).',
	throttled:
		'Bạn đã nhập sai mã quá nhiều lần. Vui lòng đợi 1 phút rồi thử lại, hoặc đến bàn đón tiếp để được điểm danh.'
} as const;

export type HallCodeCheckin =
	| { ok: true; status: 'checked_in' | 'repeat'; firstAt: Date }
	| { ok: false; reason: keyof typeof HALL_CODE_MESSAGES | 'rejected'; message: string };

const keyOf = (delegateId: number) => `hall-code:${delegateId}`;

/**
 * A delegate's self check-in on their own page, with the short code they typed or the hall QR's code
 * that the page's camera read: the twin of /c/CODE for a phone whose camera app opens links in
 * another browser than the one holding the giấy mời (Zalo). Same 30-second windows; wrong codes
 * count against the delegate, a few a minute.
 */
export async function checkInWithHallCode(
	db: Database,
	conferenceId: number,
	delegateId: number,
	typed: string,
	now = new Date()
): Promise<HallCodeCheckin> {
	const refuse = (reason: keyof typeof HALL_CODE_MESSAGES): HallCodeCheckin => ({
		ok: false,
		reason,
		message: HALL_CODE_MESSAGES[reason]
	});
	// The page's own camera sends the QR's code; a person types the short one.
	const long = checkHallCode(serverSecret(), conferenceId, typed, now.getTime());
	const state =
		long === 'malformed'
			? checkHallShortCode(serverSecret(), conferenceId, typed, now.getTime())
			: long;
	if (state === 'malformed') return refuse('malformed');
	const key = keyOf(delegateId);
	const refusal = await db.transaction(async (tx) => {
		// Tries sent at once are counted one after the other, so none slips past the limit.
		await tx.execute(sql`select pg_advisory_xact_lock(727004, ${delegateId})`);
		const failures = await failuresWithin(tx, [key], HALL_CODE_FAILURE_WINDOW_MS, now.getTime());
		if ((failures.get(key) ?? 0) >= HALL_CODE_FAILURE_LIMIT) return refuse('throttled');
		if (state === 'valid') return null;
		await recordFailure(tx, [key], now.getTime());
		return refuse(state);
	});
	if (refusal) return refusal;
	const result = await selfCheckin(db, conferenceId, delegateId, now);
	if (result.status === 'rejected')
		return { ok: false, reason: 'rejected', message: result.message };
	return { ok: true, status: result.status, firstAt: new Date(result.firstAt) };
}
