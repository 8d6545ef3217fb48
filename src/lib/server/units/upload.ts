import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { cleanText, postedDbId } from '$lib/domain/fields';
import { receiptCode } from '$lib/domain/submissions';
import type { UploadReceipt } from '$lib/domain/upload';
import { attemptJson } from '../actions';
import { getDb } from '../db';
import { acceptUpload, extractDocument, UploadRefused } from '../submissions/intake';
import { recordVersion, requireOpenRequest } from '../submissions/store';

// The one way a file comes in over HTTP (the unit's link and the secretariat's upload for a unit):
// the raw body is the file, its name in `x-file-name` (encodeURIComponent), sent by
// XMLHttpRequest so the page can show a progress bar. Answers `{ receipt }` or `{ message }`.

const noStore = { 'cache-control': 'no-store' };

export const NO_FILE_NAME = 'Thiếu tên tệp. Vui lòng chọn lại tệp rồi gửi.';
export const OTHER_ORIGIN =
	'Không nhận tệp gửi từ trang khác. Vui lòng mở liên kết nộp tài liệu rồi gửi lại.';
const REQUEST_GONE = 'Không tìm thấy yêu cầu nộp tài liệu này (có thể đã bị xóa).';

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

export function badQuery(message: string): Response {
	return json({ message }, { status: 400, headers: noStore });
}

/** The name as the browser sent it, without any folder a browser or a tool put in front; or what is wrong with it. */
function readFileName(request: Request): { name: string } | { message: string } {
	let raw = request.headers.get('x-file-name') ?? '';
	try {
		raw = decodeURIComponent(raw);
	} catch {
		return { message: NO_FILE_NAME };
	}
	const parsed = fileNameSchema.safeParse(raw.split(/[\\/]/).pop() ?? '');
	return parsed.success ? { name: parsed.data } : { message: parsed.error.issues[0]!.message };
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

export async function answerUpload(
	request: Request,
	url: URL,
	to: { conferenceId: number; requestId: number; unitId: number },
	sender: { userId: number | null; address: string | null }
): Promise<Response> {
	if (fromOtherOrigin(request, url))
		return json({ message: OTHER_ORIGIN }, { status: 403, headers: noStore });
	const named = readFileName(request);
	if ('message' in named)
		return json({ message: named.message }, { status: 400, headers: noStore });
	const fileName = named.name;
	const db = getDb();
	return attemptJson(
		async () => {
			// A closed or unknown request is refused before the body is read.
			await requireOpenRequest(db, to);
			try {
				const file = await acceptUpload(request.body, fileName);
				const extracted = await extractDocument(file);
				const recorded = await recordVersion(db, sender, {
					...to,
					file,
					extracted,
					byUserId: sender.userId
				});
				const receipt: UploadReceipt = {
					...recorded,
					submittedAt: recorded.submittedAt.toISOString(),
					code: receiptCode(recorded.sha256)
				};
				return json({ receipt }, { headers: noStore });
			} catch (err) {
				if (err instanceof UploadRefused)
					return json({ message: err.message }, { status: err.status, headers: noStore });
				throw err;
			}
		},
		REQUEST_GONE,
		noStore
	);
}
