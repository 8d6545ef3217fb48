import { inviteTokenHash } from '$lib/domain/invite-token';
import { getDb } from '$lib/server/db';
import { attemptPage } from '$lib/server/http/refusal';
import { delegateFromLink } from '$lib/server/delegates/link';
import { gatherVolume } from '$lib/server/proceedings/volume';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { token, conference } = await attemptPage(() => delegateFromLink(params.token));
	// Only published documents reach a delegate; the links to originals are the signed /f/… ones.
	const volume = await gatherVolume(getDb(), conference, {
		origin: url.origin,
		audience: 'delegates'
	});
	return {
		/** Names this delegate's stored copy on the phone (the token's sha256, never the token). */
		key: inviteTokenHash(token),
		renderedAt: Date.now(),
		volume
	};
};
