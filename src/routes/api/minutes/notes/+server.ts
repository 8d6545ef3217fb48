import { json } from '@sveltejs/kit';
import { isDbId } from '$lib/domain/ids';
import { noteSaveSchema } from '$lib/domain/minutes-notes-schema';
import { attemptJson } from '$lib/server/actions';
import { getDb } from '$lib/server/db';
import { ITEM_GONE_MESSAGE, noteOf, noteRevisions, saveNote } from '$lib/server/minutes/notes';
import { apiUser, requireConference } from '$lib/server/request';
import type { RequestHandler } from './$types';

const noStore = { 'cache-control': 'no-store' };
/**
 * Far above the longest note the schema allows, even written as \u escapes. The body is read whole
 * first (the hooks cap it): answering before it is read would reset the connection mid-upload.
 */
const BODY_MAX_BYTES = 1_000_000;
const TOO_LARGE = 'Nội dung gửi lên quá lớn. Vui lòng rút gọn ghi chép của mục này.';

const refuse = (status: number, message: string) => json({ message }, { status, headers: noStore });

/** One item's latest note and its revisions ("Các lần lưu"): `?item=ID`. The chair reads it too. */
export const GET: RequestHandler = async ({ url }) => {
	const itemId = Number(url.searchParams.get('item'));
	if (!isDbId(itemId)) return refuse(400, 'Mục chương trình không hợp lệ.');
	const db = getDb();
	const conference = await requireConference();
	return attemptJson(
		async () => {
			const [note, revisions] = await Promise.all([
				noteOf(db, conference.id, itemId),
				noteRevisions(db, conference.id, itemId)
			]);
			return json({ note, revisions }, { headers: noStore });
		},
		ITEM_GONE_MESSAGE,
		noStore
	);
};

/** A save (NoteSave) → 200 `{ ok: true, note }`, or 409 `{ ok: false, conflict, message }` when someone saved first. */
export const POST: RequestHandler = async (event) => {
	const user = apiUser(event.locals);
	let body: unknown;
	try {
		const text = await event.request.text();
		if (text.length > BODY_MAX_BYTES) return refuse(413, TOO_LARGE);
		body = JSON.parse(text);
	} catch {
		return refuse(400, 'Yêu cầu không đúng định dạng JSON.');
	}
	const save = noteSaveSchema.safeParse(body);
	if (!save.success)
		return refuse(400, save.error.issues[0]?.message ?? 'Nội dung gửi lên không hợp lệ.');
	const db = getDb();
	const conference = await requireConference();
	return attemptJson(
		async () => {
			const result = await saveNote(
				db,
				{ userId: user.id, address: event.getClientAddress() },
				conference.id,
				save.data
			);
			return json(result, { status: result.ok ? 200 : 409, headers: noStore });
		},
		ITEM_GONE_MESSAGE,
		noStore
	);
};
