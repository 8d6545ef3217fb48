import { getDb } from '$lib/server/db';
import { synthesisView } from '$lib/server/proceedings/synthesis';
import { requireConference } from '$lib/server/http/request';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	return { view: await synthesisView(getDb(), conference) };
};
