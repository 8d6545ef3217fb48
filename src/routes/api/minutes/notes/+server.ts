import { json } from '@sveltejs/kit';
import { isDbId } from '$lib/domain/ids';
import { noteSaveSchema } from '$lib/domain/minutes-notes-schema';
import { getDb } from '$lib/server/db';
import { RuleError } from '$lib/server/http/errors';
import { readJson } from '$lib/server/http/json-body';
import { noStore } from '$lib/server/http/headers';
import { attemptJson } from '$lib/server/http/refusal';
import { actorOf, apiUser, requireConference } from '$lib/server/http/request';
import { ITEM_GONE_MESSAGE, noteOf, noteRevisions, saveNote } from '$lib/server/minutes/notes';
import type { RequestHandler } from './$types';

/** Far above the longest note the schema allows, even written as \u escapes. */
const BODY_MAX_BYTES = 1_000_000;
const TOO_LARGE = 'Nội dung gửi lên quá lớn. Vui lòng rút gọn ghi chép của mục này.';

/** One item's latest note and its revisions ("Các lần lưu"): `?item=ID`. The chair reads it too. */
export const GET: RequestHandler = ({ url }) =>
	attemptJson(async () => {
		const itemId = Number(url.searchParams.get('item'));
		if (!isDbId(itemId)) throw new RuleError('Mục chương trình không hợp lệ.');
		const db = getDb();
		const conference = await requireConference();
		const [note, revisions] = await Promise.all([
			noteOf(db, conference.id, itemId),
			noteRevisions(db, conference.id, itemId)
		]);
		return json({ note, revisions }, { headers: noStore });
	}, ITEM_GONE_MESSAGE);

/** A save (NoteSave) → 200 `{ ok: true, note }`, or 409 `{ ok: false, conflict, message }` when someone saved first. */
export const POST: RequestHandler = (event) =>
	attemptJson(async () => {
		apiUser(event.locals);
		const save = await readJson(event, noteSaveSchema, {
			maxBytes: BODY_MAX_BYTES,
			tooLarge: TOO_LARGE
		});
		const conference = await requireConference();
		const result = await saveNote(getDb(), actorOf(event), conference.id, save);
		return json(result, { status: result.ok ? 200 : 409, headers: noStore });
	}, ITEM_GONE_MESSAGE);
