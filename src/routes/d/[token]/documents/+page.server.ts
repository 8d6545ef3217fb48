import { inviteTokenHash } from '$lib/domain/invite-token';
import { getDb } from '$lib/server/db';
import { attemptPage } from '$lib/server/http/refusal';
import { listAgenda, publicProgramme } from '$lib/server/agenda';
import { listPublished } from '$lib/server/submissions/published';
import { delegateFromLink } from '$lib/server/delegates/link';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { token, conference } = await attemptPage(() => delegateFromLink(params.token));
	const db = getDb();
	const [agenda, documents] = await Promise.all([
		listAgenda(db, conference.id),
		listPublished(db, conference.id)
	]);
	return {
		/** Names this delegate's copies on the phone (the token's sha256, never the token). */
		key: inviteTokenHash(token),
		renderedAt: Date.now(),
		conference: { startsAt: conference.startsAt.getTime() },
		programme: publicProgramme(agenda),
		documents: documents.map((d) => ({
			id: d.id,
			kind: d.kind,
			title: d.title,
			unitName: d.unitName,
			agendaItemId: d.agendaItemId,
			fileName: d.fileName,
			fileKind: d.fileKind,
			size: d.size,
			sha256: d.sha256,
			extraction: d.extraction
		}))
	};
};
