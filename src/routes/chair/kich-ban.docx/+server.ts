import { chairScriptDownload } from '$lib/server/agenda/script-file';
import type { RequestHandler } from './$types';

// The same file as /admin/agenda/kich-ban.docx, for the chair, who cannot enter /admin.
export const GET: RequestHandler = () => chairScriptDownload();
