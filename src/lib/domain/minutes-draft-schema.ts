// What the draft biên bản page posts, read at the top of its actions (zod stays off the pages).
import { z } from './zod';
import { cleanText, textField } from './fields';
import { REOPEN_REASON_MAX, REOPEN_REASON_MIN, SECTION_TEXT_MAX } from './minutes';

const STALE = 'Trang biên bản đã cũ. Vui lòng tải lại trang.';

/** The edit count the page was showing, as a hidden field. */
export const editCountSchema = z.coerce
	.number({ error: STALE })
	.int(STALE)
	.min(0, STALE)
	.max(2_147_483_647, STALE);

/** A section's key as the form names its textarea (`text:<key>`). */
export const SECTION_KEY =
	/^(start|place|attendance|chair|secretary|conclusions|end|item:[1-9]\d{0,9})$/;

export const sectionTextSchema = textField('Nội dung biên bản không hợp lệ.').max(
	SECTION_TEXT_MAX,
	`Mỗi phần của biên bản dài tối đa ${SECTION_TEXT_MAX.toLocaleString('vi-VN')} ký tự.`
);

export const reopenReasonSchema = cleanText(
	REOPEN_REASON_MAX,
	`Lý do mở lại dài tối đa ${REOPEN_REASON_MAX} ký tự.`,
	{
		required: 'Vui lòng ghi lý do mở lại biên bản.'
	}
).refine(
	(v) => v.length >= REOPEN_REASON_MIN,
	`Lý do mở lại cần ít nhất ${REOPEN_REASON_MIN} ký tự.`
);

/** `?revision=N` of a download: absent for the latest. */
export const revisionParamSchema = z.coerce.number().int().min(1).max(100_000);
