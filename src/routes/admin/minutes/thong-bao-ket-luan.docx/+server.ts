import { conclusionNoticeFile } from '$lib/server/minutes/files';
import { minutesDownload } from '../minutes-download';

export const GET = minutesDownload(conclusionNoticeFile);
