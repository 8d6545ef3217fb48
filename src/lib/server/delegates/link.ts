import { parseInviteToken } from '$lib/domain/invite-token';
import { getDb } from '../db';
import { NotFoundError } from '../http/errors';
import { findByInviteToken } from './index';

/** Same page and status for unknown, malformed and revoked links: nothing tells which. */
export const DELEGATE_LINK_INVALID = 'Liên kết không hợp lệ hoặc đã bị thu hồi';

/** The delegate and conference behind `/d/TOKEN` (the page and its documents), or a NotFoundError (the invalid-link page). */
export async function delegateFromLink(text: string) {
	const token = parseInviteToken(text);
	const found = token ? await findByInviteToken(getDb(), token) : null;
	if (!token || !found) throw new NotFoundError(DELEGATE_LINK_INVALID);
	return { token, ...found };
}
