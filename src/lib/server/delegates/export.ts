import { inviteLink } from '$lib/domain/invite-token';
import { REPLY_LABELS } from '$lib/domain/replies';
import type { Database } from '../db';
import { inviteTokenOf, listDelegates } from '.';
import type { ExportRow } from './export-sheet';

/** The list the office sends links from (by Zalo): every delegate with personal link and reply. */
export async function exportRows(
	db: Database,
	conferenceId: number,
	origin: string
): Promise<ExportRow[]> {
	return (await listDelegates(db, conferenceId)).map((d) => ({
		groupName: d.groupName,
		fullName: d.fullName,
		position: d.position,
		organisation: d.organisation,
		phone: d.phone,
		email: d.email,
		link: inviteLink(origin, inviteTokenOf(d)),
		reply: REPLY_LABELS[d.reply],
		absenceReason: d.absenceReason,
		note: d.note
	}));
}
