// The delegate behind a link /d/TOKEN, for this page and the pages below it (the documents).
import { error } from '@sveltejs/kit';
import { parseInviteToken } from '$lib/domain/invite-token';
import { getDb } from '$lib/server/db';
import { findByInviteToken } from '$lib/server/delegates';

/** Same page and status for unknown, malformed and revoked links: nothing tells which. */
export const INVALID = 'Liên kết không hợp lệ hoặc đã bị thu hồi';

/** The link's delegate and conference, or the invalid-link page (404). */
export async function delegateFromParams(token: string) {
	const parsed = parseInviteToken(token);
	const found = parsed ? await findByInviteToken(getDb(), parsed) : null;
	if (!parsed || !found) error(404, INVALID);
	return { token: parsed, ...found };
}
