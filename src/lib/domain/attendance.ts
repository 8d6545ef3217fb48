import type { Reply } from './replies';

export interface AttendanceGroup {
	id: number;
	name: string;
}

export interface AttendanceDelegate {
	groupId: number;
	isWalkIn: boolean;
	reply: Reply;
	present: boolean;
}

export interface GroupAttendance extends AttendanceGroup {
	invited: number;
	present: number;
	excused: number;
	walkIns: number;
}

export interface AttendanceTotals {
	groups: GroupAttendance[];
	/** Invited delegates (walk-ins are not invited). */
	invited: number;
	/** Invited delegates who have checked in. */
	presentInvited: number;
	walkIns: number;
	/** Everyone in the hall: invited delegates present plus walk-ins. */
	present: number;
	/** Invited delegates who sent an excuse and have not come. */
	excused: number;
	/** Invited delegates present, as a percentage of those invited, one decimal. */
	quorumPercent: number;
}

/** Present / invited per group and in total; walk-ins are counted apart from the quorum. */
export function summariseAttendance(groups: AttendanceGroup[], delegates: AttendanceDelegate[]): AttendanceTotals {
	const byGroup = new Map<number, GroupAttendance>(
		groups.map((g) => [g.id, { id: g.id, name: g.name, invited: 0, present: 0, excused: 0, walkIns: 0 }])
	);
	let invited = 0;
	let presentInvited = 0;
	let walkIns = 0;
	let excused = 0;
	for (const d of delegates) {
		const group = byGroup.get(d.groupId);
		if (d.isWalkIn) {
			if (!d.present) continue;
			walkIns++;
			if (group) group.walkIns++;
			continue;
		}
		invited++;
		if (group) group.invited++;
		if (d.present) {
			presentInvited++;
			if (group) group.present++;
		} else if (d.reply === 'absent') {
			excused++;
			if (group) group.excused++;
		}
	}
	return {
		groups: [...byGroup.values()],
		invited,
		presentInvited,
		walkIns,
		present: presentInvited + walkIns,
		excused,
		quorumPercent: invited === 0 ? 0 : Math.round((presentInvited / invited) * 1000) / 10
	};
}
