import { error } from '@sveltejs/kit';
import { inviteTokenHash } from '$lib/domain/invite-token';
import { getDb } from '$lib/server/db';
import { attemptPage } from '$lib/server/http/refusal';
import { NOT_PUBLISHED, publishedDocument } from '$lib/server/submissions/published';
import { delegateFromLink } from '$lib/server/delegates/link';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { token, conference } = await attemptPage(() => delegateFromLink(params.token));
	const document = await publishedDocument(getDb(), conference.id, Number(params.id));
	if (!document) error(404, NOT_PUBLISHED);
	return {
		key: inviteTokenHash(token),
		renderedAt: Date.now(),
		document: {
			id: document.id,
			kind: document.kind,
			title: document.title,
			topic: document.topic,
			unitName: document.unitName,
			fileName: document.fileName,
			fileKind: document.fileKind,
			size: document.size,
			sha256: document.sha256,
			submittedAt: document.submittedAt.getTime(),
			extraction: document.extraction,
			html: document.html
		}
	};
};
