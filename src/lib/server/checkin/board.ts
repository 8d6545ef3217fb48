import { assembleBoard, type AttendanceBoard, type BoardPerson } from '$lib/domain/attendance';
import { deviceLabel } from '$lib/domain/devices';
import type { Database } from '../db';
import { listDelegates } from '../delegates';
import { listGroups } from '../delegates/groups';
import { deviceNames } from './devices';
import { firstCheckinsOfConference } from './first';

/** The attendance board of a conference, read now (src/lib/domain/attendance.ts says what it holds). */
export async function attendanceBoard(
	db: Database,
	conferenceId: number
): Promise<AttendanceBoard> {
	const [delegates, groups, first, names] = await Promise.all([
		listDelegates(db, conferenceId),
		listGroups(db, conferenceId),
		firstCheckinsOfConference(db, conferenceId),
		deviceNames(db)
	]);
	const people = delegates.map((d): BoardPerson => {
		const f = first.get(d.id);
		return {
			id: d.id,
			fullName: d.fullName,
			position: d.position,
			organisation: d.organisation,
			phone: d.phone,
			groupId: d.groupId,
			groupName: d.groupName,
			reply: d.reply,
			absenceReason: d.absenceReason,
			isWalkIn: d.isWalkIn,
			arrivedAt: f?.scannedAt ?? null,
			method: f?.method ?? null,
			device: f && f.method !== 'self' ? deviceLabel(f.deviceId, names) : null
		};
	});
	return assembleBoard(
		groups.map((g) => ({ id: g.id, name: g.name })),
		people
	);
}
