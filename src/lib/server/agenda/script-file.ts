import { getDb, type Database } from '../db';
import type { Conference } from '../db/schema';
import { fileResponse, MIME } from '../download';
import { buildChairScriptDocx } from '../documents/chair-script';
import { requireConference } from '../request';
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

/** The download the secretariat (/admin/agenda) and the chair (/chair) both get; each area's guard has run. */
export async function chairScriptDownload(): Promise<Response> {
	const conference = await requireConference();
	return fileResponse(await chairScriptFile(getDb(), conference), 'Kịch bản điều hành.docx', MIME.docx);
}
