import { eq } from 'drizzle-orm';
import type { AttendanceBoard } from '$lib/domain/attendance';
import type { MinutesInput } from '$lib/domain/minutes';
import { volumeDocumentTitle } from '$lib/domain/proceedings';
import type { Database, Executor } from '../db';
import { conference, documentRequest, submission } from '../db/schema';
import { NotFoundError } from '../http/errors';
import { listAgenda, type AgendaRow } from '../agenda';
import { actualTimings, getMeeting } from '../agenda/meeting';
import { attendanceBoard } from '../checkin/board';
import { latestNotes } from './notes';

/** Every request a unit has sent something for, with the unit that sent it. */
async function sentDocuments(db: Executor, conferenceId: number) {
	return db
		.select({
			kind: documentRequest.kind,
			title: documentRequest.title,
			topic: documentRequest.topic,
			agendaItemId: documentRequest.agendaItemId,
			unitId: submission.unitId
		})
		.from(documentRequest)
		.innerJoin(submission, eq(submission.requestId, documentRequest.id))
		.where(eq(documentRequest.conferenceId, conferenceId))
		.orderBy(documentRequest.position, documentRequest.id);
}

/**
 * The title of what an item's speaker sent: the tham luận request linked to the item (its topic),
 * else, for a report, the report its unit sent. Null when nothing was sent.
 */
function documentTitleOf(
	item: AgendaRow,
	sent: Awaited<ReturnType<typeof sentDocuments>>
): string | null {
	const linked = sent.filter((d) => d.agendaItemId === item.id);
	const speech = linked.find((d) => d.unitId === item.unitId) ?? linked[0];
	if (speech) return volumeDocumentTitle(speech.kind, speech.title, speech.topic);
	if (item.kind !== 'report' || item.unitId === null) return null;
	return (
		sent.find((d) => d.kind === 'report' && d.unitId === item.unitId && d.agendaItemId === null)
			?.title ?? null
	);
}

/** What the board says, as the biên bản's Thành phần tham dự needs it. */
export function attendanceOf(board: AttendanceBoard): MinutesInput['attendance'] {
	// The leadership is the first group of the list (Thường trực Đảng ủy, HĐND, UBND xã).
	const leaders = board.totals.groups[0];
	const who = (p: AttendanceBoard['people'][number]) => ({
		fullName: p.fullName,
		position: p.position
	});
	return {
		groups: board.totals.groups.map((g) => ({
			name: g.name,
			invited: g.invited,
			present: g.present
		})),
		invitedTotal: board.totals.invited,
		presentInvited: board.totals.presentInvited,
		leadersPresent: leaders
			? board.people.filter((p) => p.groupId === leaders.id && !p.isWalkIn && p.arrivedAt).map(who)
			: [],
		walkIns: board.walkIns.map(who),
		absent: board.people
			.filter((p) => !p.isWalkIn && !p.arrivedAt)
			.map((p) => ({
				...who(p),
				groupName: p.groupName,
				reason: p.reply === 'absent' ? p.absenceReason?.trim() || null : null
			}))
	};
}

/** Everything the app knows for the biên bản, read now. */
export async function gatherMinutesInput(
	db: Database,
	conferenceId: number
): Promise<MinutesInput> {
	const [[row], agenda, notes, timings, meeting, board, sent] = await Promise.all([
		db.select().from(conference).where(eq(conference.id, conferenceId)),
		listAgenda(db, conferenceId),
		latestNotes(db, conferenceId),
		actualTimings(db, conferenceId),
		getMeeting(db, conferenceId),
		attendanceBoard(db, conferenceId),
		sentDocuments(db, conferenceId)
	]);
	if (!row) throw new NotFoundError('Không tìm thấy hội nghị.');
	return {
		conference: {
			title: row.title,
			place: row.place,
			chairName: row.chairName,
			chairTitle: row.chairTitle,
			secretaryName: row.secretaryName,
			secretaryTitle: row.secretaryTitle
		},
		items: agenda.map((item) => {
			const note = notes.get(item.id);
			return {
				id: item.id,
				kind: item.kind,
				title: item.title,
				presenter: item.presenter,
				unitName: item.unitName || null,
				plannedSeconds: item.plannedSeconds,
				documentTitle: documentTitleOf(item, sent),
				note: note
					? { notes: note.notes, floorSpeakers: note.floorSpeakers, conclusions: note.conclusions }
					: null
			};
		}),
		timings,
		meetingEndedAt: meeting.endedAt === null ? null : new Date(meeting.endedAt),
		attendance: attendanceOf(board)
	};
}
