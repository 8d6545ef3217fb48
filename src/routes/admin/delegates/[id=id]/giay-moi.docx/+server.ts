import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getDelegate } from '$lib/server/delegates';
import { fileResponse, MIME } from '$lib/server/http/download';
import { invitationFile } from '$lib/server/delegates/files';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const conference = await requireConference();
	const delegate = await getDelegate(getDb(), conference.id, Number(params.id));
	if (!delegate) error(404, 'Không tìm thấy đại biểu này (có thể đã bị xóa).');
	const file = await invitationFile(getDb(), conference, url.origin, [delegate]);
	return fileResponse(file, `Giấy mời - ${delegate.fullName}.docx`, MIME.docx);
};
