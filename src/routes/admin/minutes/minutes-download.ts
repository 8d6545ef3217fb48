// The biên bản and the thông báo kết luận download the same way: `?revision=N` (else the latest) of
// the current conference, or the error page (400 for a bad number, 404 for no such revision,
// 400 for a notice without conclusions).
import type { RequestHandler } from '@sveltejs/kit';
import { revisionParamSchema } from '$lib/domain/minutes-draft-schema';
import type { Database } from '$lib/server/db';
import type { Conference } from '$lib/server/db/schema';
import { getDb } from '$lib/server/db';
import { fileResponse, MIME } from '$lib/server/http/download';
import { RuleError } from '$lib/server/http/errors';
import { attemptPage } from '$lib/server/http/refusal';
import { requireConference } from '$lib/server/http/request';

type MinutesFile = (
	db: Database,
	conference: Conference,
	revision: number | null
) => Promise<{ bytes: Uint8Array; fileName: string }>;

/** `?revision=N` of a download: null for the latest; a RuleError (400) for anything but a revision number. */
function revisionParam(url: URL): number | null {
	const raw = url.searchParams.get('revision');
	if (raw === null || raw === '') return null;
	const parsed = revisionParamSchema.safeParse(raw);
	if (!parsed.success) throw new RuleError('Số bản biên bản không hợp lệ.');
	return parsed.data;
}

/** The GET of a minutes download whose file `build` makes. */
export const minutesDownload =
	(build: MinutesFile): RequestHandler =>
	({ url }) =>
		attemptPage(async () => {
			const revision = revisionParam(url);
			const file = await build(getDb(), await requireConference(), revision);
			return fileResponse(file.bytes, file.fileName, MIME.docx);
		});
