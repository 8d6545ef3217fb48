import { error } from '@sveltejs/kit';
import { formatTime } from '$lib/domain/dates';
import { checkHallCode } from '$lib/domain/hall-code';
import { DELEGATE_COOKIE, parseInviteToken } from '$lib/domain/invite-token';
import { selfCheckin } from '$lib/server/checkin/record';
import { getDb } from '$lib/server/db';
import { findByInviteToken } from '$lib/server/delegates';
import { serverSecret } from '$lib/server/secret';
import type { PageServerLoad } from './$types';
import { noStore } from '$lib/server/http/headers';

/**
 * Self check-in: the delegate's phone camera opens the hall screen's link. The phone proves who it
 * is with the cookie set when it opened its personal link; the code proves it is in the hall now.
 */
export const load: PageServerLoad = async ({ params, cookies, setHeaders, locals }) => {
	setHeaders(noStore);
	const db = getDb();
	const conference = await locals.conference();
	if (!conference) error(404, 'Chưa có hội nghị nào đang diễn ra.');
	const now = new Date();
	const state = checkHallCode(serverSecret(), conference.id, params.code, now.getTime());
	if (state === 'malformed')
		error(404, 'Mã điểm danh không hợp lệ. Vui lòng quét mã trên màn hình ở cửa hội trường.');

	const token = parseInviteToken(cookies.get(DELEGATE_COOKIE) ?? '');
	const found = token ? await findByInviteToken(db, token) : null;
	if (!found) {
		error(
			401,
			'Điện thoại này chưa mở giấy mời của bạn. Vui lòng quét mã QR trên giấy mời trước, rồi quét lại mã trên màn hình.'
		);
	}
	if (found.conference.id !== conference.id)
		error(403, 'Giấy mời trên điện thoại này thuộc một hội nghị khác.');
	if (state === 'expired') error(410, 'Mã đã hết hạn, vui lòng quét lại mã trên màn hình');

	const result = await selfCheckin(db, conference.id, found.delegate.id, now);
	if (result.status === 'rejected') error(409, result.message);
	return {
		fullName: found.delegate.fullName,
		position: found.delegate.position,
		groupName: found.delegate.groupName,
		conferenceTitle: conference.title,
		first: result.status === 'checked_in',
		firstTime: formatTime(new Date(result.firstAt))
	};
};
