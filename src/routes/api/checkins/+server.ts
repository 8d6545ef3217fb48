import { json } from '@sveltejs/kit';
import { MAX_BATCH, type CheckinItem, type CheckinResult } from '$lib/domain/checkin';
import { checkinBatchSchema, parseCheckinItem } from '$lib/domain/checkin-schema';
import { recordScannerCheckins } from '$lib/server/checkin/grouped';
import { getDb } from '$lib/server/db';
import { readJson } from '$lib/server/http/json-body';
import { noStore } from '$lib/server/http/headers';
import { attemptJson } from '$lib/server/http/refusal';
import { actorOf, apiUser, requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

/** Far above a full batch of the longest scans the schema allows, even written as \u escapes. */
const BODY_MAX_BYTES = MAX_BATCH * 10_000;

/**
 * The scanners' batch endpoint (README.md, Design: Check-in API). Good items are stored even when others in the
 * batch are malformed; those get 400 with a Vietnamese reason each.
 */
export const POST: RequestHandler = (event) =>
	attemptJson(async () => {
		apiUser(event.locals);
		const batch = await readJson(event, checkinBatchSchema, {
			maxBytes: BODY_MAX_BYTES,
			notJson: 'Nội dung gửi lên không phải JSON hợp lệ.'
		});

		const parsed = batch.checkins.map(parseCheckinItem);
		const valid: CheckinItem[] = parsed.flatMap((p) => (p.ok ? [p.item] : []));
		const conference = await requireConference();

		const stored = await recordScannerCheckins(getDb(), conference.id, valid, actorOf(event));
		let next = 0;
		const results: CheckinResult[] = parsed.map((p) =>
			p.ok
				? stored[next++]!
				: { id: p.id, status: 'rejected', reason: 'invalid', message: p.message }
		);
		const malformed = parsed.filter((p) => !p.ok).length;
		return json(
			{
				serverTime: Date.now(),
				results,
				...(malformed > 0
					? { message: `${malformed} lượt không hợp lệ; các lượt còn lại đã được ghi nhận.` }
					: {})
			},
			{ status: malformed > 0 ? 400 : 200, headers: noStore }
		);
	});
