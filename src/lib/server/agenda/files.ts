// The agenda's downloads (docs/architecture.md, Documents: <capability>/files.ts).
import type { Database } from '../db';
import type { Conference } from '../db/schema';
import { buildChairScriptDocx } from '../documents/chair-script';
import { listAgenda } from './index';

/** The kịch bản điều hành of a conference, from its agenda as it stands now. */
export async function chairScriptFile(db: Database, conference: Conference): Promise<Buffer> {
	const items = await listAgenda(db, conference.id);
	return buildChairScriptDocx(
		{
			parentBody: conference.parentBody,
			issuerLines: conference.issuerLines,
			locality: conference.locality,
			// Dated the meeting's day, like the danh sách: it is the script for that day.
			date: conference.startsAt
		},
		conference,
		items
	);
}
