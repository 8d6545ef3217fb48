import { parseUnitToken } from '$lib/domain/unit-token';
import { getDb } from '../db';
import { NotFoundError } from '../http/errors';
import { findUnitByToken } from './index';

/** Same words as a bad delegate link, and the same for unknown, malformed and revoked: nothing tells which. */
export const UNIT_LINK_INVALID = 'Liên kết không hợp lệ hoặc đã bị thu hồi';

/** The unit behind the token of `/u/TOKEN`, or null. */
export async function unitOfLink(text: string) {
	const token = parseUnitToken(text);
	const found = token ? await findUnitByToken(getDb(), token) : null;
	return token && found ? { token, ...found } : null;
}

/** The unit behind `/u/TOKEN`, or a NotFoundError (the invalid-link page). */
export async function unitFromLink(text: string) {
	const found = await unitOfLink(text);
	if (!found) throw new NotFoundError(UNIT_LINK_INVALID);
	return found;
}
