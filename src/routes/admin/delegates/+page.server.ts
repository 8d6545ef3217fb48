import { getDb } from '$lib/server/db';
import { listDelegates } from '$lib/server/delegates';
import { listGroups } from '$lib/server/delegates/groups';
import { requireConference } from '$lib/server/http/request';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	const db = getDb();
	const [groups, delegates] = await Promise.all([
		listGroups(db, conference.id),
		listDelegates(db, conference.id)
	]);
	return {
		groups,
		delegates: delegates.map((d) => ({
			id: d.id,
			fullName: d.fullName,
			position: d.position,
			organisation: d.organisation,
			groupId: d.groupId,
			groupName: d.groupName,
			phone: d.phone,
			reply: d.reply,
			absenceReason: d.absenceReason,
			replyRecordedByOffice: d.replyRecordedByOffice,
			isWalkIn: d.isWalkIn
		}))
	};
};
