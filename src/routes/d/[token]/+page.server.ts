import { personRole } from '$lib/domain/person';
import { fail } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { timingsOfTheMeeting } from '$lib/domain/delegate-moment';
import { QR_STYLE } from '$lib/qr-style.js';
import { DELEGATE_COOKIE, inviteLink, inviteTokenHash } from '$lib/domain/invite-token';
import { getDb } from '$lib/server/db';
import { attempt, attemptPage } from '$lib/server/http/refusal';
import { setReply } from '$lib/server/delegates';
import { replySchema } from '$lib/server/delegates/delegate-schema';
import { actualTimings, hallView } from '$lib/server/agenda/meeting';
import { firstCheckinOf } from '$lib/server/checkin/first';
import { checkInWithHallCode } from '$lib/server/checkin/hall-code';
import { countPublished } from '$lib/server/submissions/published';
import { conclusionPoints } from '$lib/domain/minutes';
import { latestFinalMinutes } from '$lib/server/minutes/record';
import { DELEGATE_LINK_INVALID as INVALID, delegateFromLink } from '$lib/server/delegates/link';
import { readForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

const COOKIE_MAX_AGE = 400 * 24 * 60 * 60; // the longest browsers keep a cookie

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	const { token, delegate, conference } = await attemptPage(() => delegateFromLink(params.token));
	cookies.set(DELEGATE_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: COOKIE_MAX_AGE
	});
	const link = inviteLink(url.origin, token);
	const db = getDb();
	const [hall, first, timings, documentCount, minutes] = await Promise.all([
		hallView(db, conference.id),
		firstCheckinOf(db, delegate.id),
		actualTimings(db, conference.id),
		countPublished(db, conference.id),
		latestFinalMinutes(db, conference.id)
	]);
	const points = minutes ? conclusionPoints(minutes.body.sections) : [];
	return {
		key: inviteTokenHash(token),
		renderedAt: Date.now(),
		checkedInAt: first ? first.scannedAt.getTime() : null,
		/** What the chair's timer recorded of each item: shown once the meeting is over. */
		actual: timingsOfTheMeeting(
			timings,
			conference.startsAt.getTime(),
			conference.endsAt.getTime()
		).map((t) => ({
			itemId: t.itemId,
			startedAt: t.startedAt,
			endedAt: t.endedAt,
			spokenMs: t.spokenMs
		})),
		link,
		qrSvg: await QRCode.toString(link, { ...QR_STYLE, type: 'svg' }),
		delegate: {
			fullName: delegate.fullName,
			// Said on the server: the phone's page then carries no rule it does not need.
			role: personRole(delegate),
			groupName: delegate.groupName,
			reply: delegate.reply,
			absenceReason: delegate.absenceReason
		},
		conference: {
			title: conference.title,
			place: conference.place,
			startsAt: conference.startsAt.getTime(),
			endsAt: conference.endsAt.getTime(),
			chairName: conference.chairName,
			chairTitle: conference.chairTitle,
			contactInfo: conference.contactInfo
		},
		hall,
		/** Published reports and tham luận, read on the documents page. */
		documentCount,
		/** The chair's conclusions from the latest finalized biên bản; null before there is one. */
		conclusions: points.length ? points : null
	};
};

export const actions: Actions = {
	reply: async ({ params, request }) => {
		const form = await readForm({ request });
		const parsed = replySchema.safeParse(form.texts(['reply', 'reason']));
		if (!parsed.success)
			return fail(400, {
				message: parsed.error.issues[0]!.message,
				reason: form.text('reason')
			});
		const { delegate } = await attemptPage(() => delegateFromLink(params.token));
		return attempt(
			() => setReply(getDb(), delegate.id, parsed.data).then(() => ({ saved: parsed.data.reply })),
			INVALID,
			{
				reason: form.text('reason')
			}
		);
	},
	/** Self check-in with the short code under the hall QR, typed on this page (no second browser needed). */
	checkin: async ({ params, request }) => {
		const typed = (await readForm({ request })).text('code').slice(0, 40);
		const { delegate, conference } = await attemptPage(() => delegateFromLink(params.token));
		const result = await checkInWithHallCode(getDb(), conference.id, delegate.id, typed);
		if (!result.ok)
			return fail(result.reason === 'throttled' ? 429 : 400, {
				codeMessage: result.message,
				code: typed
			});
		return { checkedIn: result.status };
	}
};
