import { chairScriptDownload } from '$lib/server/agenda/script-file';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => chairScriptDownload();
