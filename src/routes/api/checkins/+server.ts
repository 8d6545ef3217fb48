import { json } from '@sveltejs/kit';
import type { CheckinItem, CheckinResult } from '$lib/domain/checkin';
import { checkinBatchSchema, parseCheckinItem } from '$lib/domain/checkin-schema';
import { recordScannerCheckins } from '$lib/server/checkin/grouped';
import { getDb } from '$lib/server/db';
import { apiUser, requireConference } from '$lib/server/request';
import type { RequestHandler } from './$types';

const noStore = { 'cache-control': 'no-store' };

/**
 * The scanners' batch endpoint (README.md, Design: Check-in API). Good items are stored even when others in the
 * batch are malformed; those get 400 with a Vietnamese reason each.
 */
export const POST: RequestHandler = async ({ request, locals, getClientAddress }) => {
	const user = apiUser(locals);

	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json(
			{ message: 'Nội dung gửi lên không phải JSON hợp lệ.' },
			{ status: 400, headers: noStore }
		);
	}
	const batch = checkinBatchSchema.safeParse(body);
	if (!batch.success)
		return json({ message: batch.error.issues[0]!.message }, { status: 400, headers: noStore });

	const parsed = batch.data.checkins.map(parseCheckinItem);
	const valid: CheckinItem[] = parsed.flatMap((p) => (p.ok ? [p.item] : []));
	const conference = await requireConference();

	const stored = await recordScannerCheckins(getDb(), conference.id, valid, {
		userId: user.id,
		address: getClientAddress()
	});
	let next = 0;
	const results: CheckinResult[] = parsed.map((p) =>
		p.ok ? stored[next++]! : { id: p.id, status: 'rejected', reason: 'invalid', message: p.message }
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
};
