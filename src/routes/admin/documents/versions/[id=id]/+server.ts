import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fileResponse } from '$lib/server/http/download';
import { requireConference } from '$lib/server/http/request';
import { versionFile } from '$lib/server/submissions/files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const conference = await requireConference();
	const file = await versionFile(getDb(), conference.id, Number(params.id));
	if (!file) error(404, 'Không tìm thấy tệp này (có thể đã bị xóa).');
	return fileResponse(file.bytes, file.fileName, file.type);
};
