import { z } from 'zod';
import { cleanText, postedDbId } from '$lib/domain/fields';
import { receiptCode } from '$lib/domain/submissions';
import type { UploadReceipt } from '$lib/domain/upload';
import { ForbiddenError, RuleError } from '../http/errors';
import { getDb } from '../db';
import { acceptUpload, extractDocument } from '../submissions/intake';
import { recordVersion, requireOpenRequest } from '../submissions/store';

// The one way a file comes in over HTTP (the unit's link and the secretariat's upload for a unit):
// the raw body is the file, its name in `x-file-name` (encodeURIComponent), sent by
// XMLHttpRequest so the page can show a progress bar. The route answers `{ receipt }` or `{ message }`.

export const NO_FILE_NAME = 'Thiếu tên tệp. Vui lòng chọn lại tệp rồi gửi.';
export const OTHER_ORIGIN =
	'Không nhận tệp gửi từ trang khác. Vui lòng mở liên kết nộp tài liệu rồi gửi lại.';

const fileNameSchema = cleanText(
	255,
	'Tên tệp quá dài (tối đa 255 ký tự). Vui lòng đổi tên tệp ngắn hơn.',
	{ required: NO_FILE_NAME, error: NO_FILE_NAME }
);

/** `?request=ID` (and `&unit=ID` for the secretariat), read before anything else. */
export const unitUploadQuery = z.object({
	request: postedDbId('Đường dẫn gửi tệp thiếu hoặc sai mã yêu cầu. Vui lòng tải lại trang.')
});
export const officeUploadQuery = unitUploadQuery.extend({
	unit: postedDbId('Đường dẫn gửi tệp thiếu hoặc sai mã đơn vị. Vui lòng tải lại trang.')
});

/** The upload's query (`unitUploadQuery` or `officeUploadQuery`), or a RuleError saying what is wrong. */
export function readUploadQuery<T>(schema: z.ZodType<T>, url: URL): T {
	const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) throw new RuleError(parsed.error.issues[0]!.message);
	return parsed.data;
}

/** The name as the browser sent it, without any folder a browser or a tool put in front; or a RuleError. */
function readFileName(request: Request): string {
	let raw = request.headers.get('x-file-name') ?? '';
	try {
		raw = decodeURIComponent(raw);
	} catch {
		throw new RuleError(NO_FILE_NAME);
	}
	const parsed = fileNameSchema.safeParse(raw.split(/[\\/]/).pop() ?? '');
	if (!parsed.success) throw new RuleError(parsed.error.issues[0]!.message);
	return parsed.data;
}

/**
 * A page of this site sent it: a browser always says where a POST comes from, and Kit checks it
 * for forms only. A raw-body POST with a custom header already needs a CORS preflight that this app
 * never grants; this says so in Vietnamese, the same rule SvelteKit applies to form posts.
 */
function fromOtherOrigin(request: Request, url: URL): boolean {
	const origin = request.headers.get('origin');
	return origin !== null && origin !== url.origin;
}

/**
 * Stores the posted body as the next version for `to` and gives its receipt, or throws the refusal:
 * another site (403), a bad name (400), a closed request (409), a file that is not a whole .docx
 * or .pdf (UploadRefused, with its own status).
 */
export async function receiveUpload(
	request: Request,
	url: URL,
	to: { conferenceId: number; requestId: number; unitId: number },
	sender: { userId: number | null; address: string | null }
): Promise<UploadReceipt> {
	if (fromOtherOrigin(request, url)) throw new ForbiddenError(OTHER_ORIGIN);
	const fileName = readFileName(request);
	const db = getDb();
	// A closed or unknown request is refused before the body is read.
	await requireOpenRequest(db, to);
	const file = await acceptUpload(request.body, fileName);
	const extracted = await extractDocument(file);
	const recorded = await recordVersion(db, sender, {
		...to,
		file,
		extracted,
		byUserId: sender.userId
	});
	return {
		...recorded,
		submittedAt: recorded.submittedAt.toISOString(),
		code: receiptCode(recorded.sha256)
	};
}
