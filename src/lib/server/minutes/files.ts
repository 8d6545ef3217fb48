// The biên bản and the thông báo kết luận of one revision, as .docx: the revision's text, the
// conference's settings, and the attendance board for the appendix.
import type { AttendanceBoard } from '$lib/domain/attendance';
import { conclusionPoints } from '$lib/domain/minutes';
import { meetingDay } from '$lib/domain/timer';
import { actualTimings } from '../agenda/meeting';
import { attendanceBoard } from '../checkin/board';
import type { Database } from '../db';
import type { Conference } from '../db/schema';
import { buildConclusionNoticeDocx } from '../documents/conclusion-notice';
import { buildMinutesDocx } from '../documents/minutes';
import { NotFoundError } from '../http/errors';
import { currentMinutes, minutesRevision, type MinutesRevision } from './record';

/** Who receives the biên bản; the builder keeps the last line "Lưu: VT, Hồ sơ". */
export const MINUTES_RECIPIENTS = [
	'Thường trực Đảng ủy xã',
	'Thường trực HĐND xã',
	'Chủ tịch, các Phó Chủ tịch UBND xã',
	'Lưu: VT, Hồ sơ'
];
/** Who receives the thông báo kết luận: those who must act on it. */
export const NOTICE_RECIPIENTS = [
	'Thường trực Đảng ủy xã',
	'Thường trực HĐND xã',
	'Các cơ quan, đơn vị, thôn có liên quan',
	'Lưu: VT, VP'
];

export const NO_MINUTES = 'Chưa có biên bản: vui lòng lập dự thảo biên bản trước.';

/** The revision asked for (`?revision=N`), else the latest; NotFoundError when there is none. */
async function revisionFor(
	db: Database,
	conferenceId: number,
	revision: number | null
): Promise<MinutesRevision> {
	if (revision !== null) return minutesRevision(db, conferenceId, revision);
	const { current } = await currentMinutes(db, conferenceId);
	if (!current) throw new NotFoundError(NO_MINUTES);
	return current;
}

/** The day the meeting is held (src/lib/domain/timer.ts: the day it started, else the planned one). */
async function dayOfMeeting(db: Database, conference: Conference): Promise<Date> {
	return meetingDay(await actualTimings(db, conference.id), conference.startsAt);
}

/** "Tham dự hội nghị có 92/100 đại biểu được mời và 3 khách mời khác." */
export function attendeesLine(board: AttendanceBoard): string {
	const t = board.totals;
	const guests = t.walkIns > 0 ? ` và ${t.walkIns} khách ngoài danh sách` : '';
	return `Tham dự hội nghị có ${t.presentInvited}/${t.invited} đại biểu được mời${guests}.`;
}

const suffix = (r: MinutesRevision) => (r.revision > 1 ? ` - bản ${r.revision}` : '');

export async function minutesFile(db: Database, conference: Conference, revision: number | null) {
	const record = await revisionFor(db, conference.id, revision);
	const [board, date] = await Promise.all([
		attendanceBoard(db, conference.id),
		dayOfMeeting(db, conference)
	]);
	const bytes = await buildMinutesDocx({
		conference,
		sections: record.body.sections,
		date,
		recipients: MINUTES_RECIPIENTS,
		board,
		final: record.finalizedAt !== null
	});
	return {
		bytes,
		fileName: `Biên bản hội nghị${suffix(record)}${record.finalizedAt ? '' : ' (dự thảo)'}.docx`
	};
}

/** Throws the builder's NoConclusionsError when the revision has no conclusions. */
export async function conclusionNoticeFile(
	db: Database,
	conference: Conference,
	revision: number | null,
	now = new Date()
) {
	const record = await revisionFor(db, conference.id, revision);
	const [board, meetingAt] = await Promise.all([
		attendanceBoard(db, conference.id),
		dayOfMeeting(db, conference)
	]);
	const bytes = await buildConclusionNoticeDocx({
		conference,
		meetingAt,
		issuedOn: record.finalizedAt ?? now,
		attendeesLine: attendeesLine(board),
		conclusions: conclusionPoints(record.body.sections),
		recipients: NOTICE_RECIPIENTS
	});
	return { bytes, fileName: `Thông báo kết luận${suffix(record)}.docx` };
}
