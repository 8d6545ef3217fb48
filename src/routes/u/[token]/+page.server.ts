import { getDb } from '$lib/server/db';
import { attemptPage } from '$lib/server/http/refusal';
import { uploadLimitBytes } from '$lib/server/submissions/intake';
import { requestsOfUnit } from '$lib/server/units';
import { unitFromLink } from '$lib/server/units/link';
import type { PageServerLoad } from './$types';

/** A unit's own page: what is asked of it and what it has sent; its token reaches nothing else. */
export const load: PageServerLoad = async ({ params }) => {
	const { token, unit, conference } = await attemptPage(() => unitFromLink(params.token));
	const requests = await requestsOfUnit(getDb(), unit.id);
	return {
		token,
		now: Date.now(),
		maxBytes: uploadLimitBytes(),
		unit: { name: unit.name, leader: unit.leader },
		conferenceTitle: conference.title,
		requests: requests.map((r) => ({
			...r,
			dueAt: r.dueAt.getTime(),
			closed: r.closedAt !== null,
			exempt: r.exemptAt !== null,
			closedAt: undefined,
			exemptAt: undefined,
			versions: r.versions.map((v) => ({ ...v, submittedAt: v.submittedAt.getTime() }))
		}))
	};
};
