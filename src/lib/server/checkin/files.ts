// Check-in's downloads (docs/architecture.md, Documents: <capability>/files.ts).
import type { Database } from '../db';
import type { Conference } from '../db/schema';
import { buildAttendanceListDocx, buildAttendanceListXlsx } from '../documents/attendance-list';
import { attendanceBoard } from './board';

/** The danh sách đại biểu of a conference as the secretariat downloads it. */
export async function attendanceListFile(
	db: Database,
	conference: Conference,
	kind: 'docx' | 'xlsx'
) {
	const board = await attendanceBoard(db, conference.id);
	if (kind === 'xlsx') return buildAttendanceListXlsx(conference.title, board);
	return buildAttendanceListDocx(
		{
			parentBody: conference.parentBody,
			issuerLines: conference.issuerLines,
			locality: conference.locality,
			date: conference.startsAt,
			conferenceTitle: conference.title
		},
		board
	);
}
