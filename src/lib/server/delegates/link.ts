import { error } from '@sveltejs/kit';
import { parseInviteToken } from '$lib/domain/invite-token';
import { getDb } from '../db';
import { findByInviteToken } from './index';

/** Same page and status for unknown, malformed and revoked links: nothing tells which. */
export const DELEGATE_LINK_INVALID = 'Liên kết không hợp lệ hoặc đã bị thu hồi';

/** The delegate and conference behind `/d/TOKEN` (the page and its documents), or the invalid-link page (404). */
export async function delegateFromLink(text: string) {
	const token = parseInviteToken(text);
	const found = token ? await findByInviteToken(getDb(), token) : null;
	if (!token || !found) error(404, DELEGATE_LINK_INVALID);
	return { token, ...found };
}
