import { summariseAttendance, type AttendanceGroup } from '$lib/domain/attendance';
import { deviceLabel } from '$lib/domain/devices';
import type { Reply } from '$lib/domain/replies';
import type { Database } from '../db';
import { listDelegates, listGroups } from '../delegates';
import { deviceNames } from './devices';
import { firstCheckinsOfConference } from './index';

/**
 * The attendance board (and the danh sách): counts per group, and the people behind them —
 * present with their time, not yet arrived with a phone to call, excused with the reason, walk-ins.
 */
export async function attendanceBoard(db: Database, conferenceId: number) {
	const [delegates, groups, first, names] = await Promise.all([
		listDelegates(db, conferenceId),
		listGroups(db, conferenceId),
		firstCheckinsOfConference(db, conferenceId),
		deviceNames(db)
	]);
	const people = delegates.map((d) => {
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
			/** The scanner that checked them in, by the name its staff gave it; null for a self check-in. */
			device: f && f.method !== 'self' ? deviceLabel(f.deviceId, names) : null
		};
	});
	return assembleBoard(
		groups.map((g) => ({ id: g.id, name: g.name })),
		people
	);
}

interface BoardPersonFields {
	groupId: number | null;
	isWalkIn: boolean;
	reply: Reply;
	arrivedAt: Date | null;
}

/** The counts and the lists of the board from everyone on the roster with their first check-in. */
export function assembleBoard<P extends BoardPersonFields>(groups: AttendanceGroup[], people: P[]) {
	const totals = summariseAttendance(
		groups,
		people.map((p) => ({
			groupId: p.groupId,
			isWalkIn: p.isWalkIn,
			reply: p.reply,
			present: p.arrivedAt !== null
		}))
	);
	return {
		totals,
		people,
		notArrived: people.filter((p) => !p.isWalkIn && !p.arrivedAt && p.reply !== 'absent'),
		excused: people.filter((p) => !p.isWalkIn && !p.arrivedAt && p.reply === 'absent'),
		walkIns: people.filter((p) => p.isWalkIn && p.arrivedAt)
	};
}

export type AttendanceBoard = Awaited<ReturnType<typeof attendanceBoard>>;
export type BoardPerson = AttendanceBoard['people'][number];
