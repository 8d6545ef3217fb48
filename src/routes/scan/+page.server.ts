import { getDb } from '$lib/server/db';
import { conferenceOverview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ overview: await conferenceOverview(getDb()) });
