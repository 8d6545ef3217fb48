import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { listDelegates } from '$lib/server/delegates';
import { fileResponse, MIME } from '$lib/server/http/download';
import { invitationFile } from '$lib/server/delegates/files';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const conference = await requireConference();
	const delegates = await listDelegates(getDb(), conference.id);
	if (delegates.length === 0) error(404, 'Chưa có đại biểu nào trong danh sách mời.');
	const file = await invitationFile(getDb(), conference, url.origin, delegates);
	return fileResponse(file, 'Giấy mời - tất cả đại biểu.docx', MIME.docx);
};
