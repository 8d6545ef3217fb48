import type { CheckinMethod } from './checkin';
import type { Reply } from './replies';

/**
 * The one definition of the conference's counts, used by every screen and document (the overview,
 * the attendance board, the chair's summary, the danh sách):
 *
 * - **invited**: on the list the secretariat made. A walk-in ("Khách ngoài danh sách", added at the
 *   door) is never invited, filed under a group or not.
 * - **replied**: invited and answered the giấy mời (attending or absent); the rest are pending.
 * - **present**: invited and checked in. Walk-ins in the hall are counted on their own line.
 * - **quorum**: invited present over invited, as a percentage with one decimal.
 * - **excused**: invited, said they would be absent, and have not come.
 */
export const WALK_IN_LINE = 'Khách ngoài danh sách';

export interface AttendanceGroup {
	id: number;
	name: string;
}

export interface AttendanceDelegate {
	/** Null for a walk-in filed under no group. */
	groupId: number | null;
	isWalkIn: boolean;
	reply: Reply;
	present: boolean;
}

/** Counts over the invited delegates of one group, or of all. */
export interface InvitedCounts {
	invited: number;
	attending: number;
	absent: number;
	pending: number;
	present: number;
	excused: number;
}

export interface GroupAttendance extends AttendanceGroup, InvitedCounts {}

export interface AttendanceTotals {
	/** Each group's invited delegates; walk-ins are never in a group's counts. */
	groups: GroupAttendance[];
	/** Invited delegates (walk-ins are not invited). */
	invited: number;
	/** Invited delegates who answered (attending + absent). */
	replied: number;
	attending: number;
	absent: number;
	pending: number;
	/** Invited delegates who have checked in. */
	presentInvited: number;
	/** Walk-ins in the hall: the line "Khách ngoài danh sách". */
	walkIns: number;
	/** Everyone in the hall: invited delegates present plus walk-ins. */
	present: number;
	/** Invited delegates who sent an excuse and have not come. */
	excused: number;
	/** Invited delegates present, as a percentage of those invited, one decimal. */
	quorumPercent: number;
}

const zero = (): InvitedCounts => ({
	invited: 0,
	attending: 0,
	absent: 0,
	pending: 0,
	present: 0,
	excused: 0
});

function countInvited(into: InvitedCounts, d: AttendanceDelegate) {
	into.invited++;
	into[d.reply]++;
	if (d.present) into.present++;
	else if (d.reply === 'absent') into.excused++;
}

/** Per group and in total, by the definitions above. */
export function summariseAttendance(
	groups: AttendanceGroup[],
	delegates: AttendanceDelegate[]
): AttendanceTotals {
	const byGroup = new Map<number, GroupAttendance>(
		groups.map((g) => [g.id, { id: g.id, name: g.name, ...zero() }])
	);
	const total = zero();
	let walkIns = 0;
	for (const d of delegates) {
		if (d.isWalkIn) {
			if (d.present) walkIns++;
			continue;
		}
		countInvited(total, d);
		const group = d.groupId === null ? undefined : byGroup.get(d.groupId);
		if (group) countInvited(group, d);
	}
	return {
		groups: [...byGroup.values()],
		invited: total.invited,
		replied: total.attending + total.absent,
		attending: total.attending,
		absent: total.absent,
		pending: total.pending,
		presentInvited: total.present,
		walkIns,
		present: total.present + walkIns,
		excused: total.excused,
		quorumPercent: total.invited === 0 ? 0 : Math.round((total.present / total.invited) * 1000) / 10
	};
}

/** One person on the attendance board: on the roster, with their first check-in. */
export interface BoardPerson {
	id: number;
	fullName: string;
	position: string;
	organisation: string;
	phone: string | null;
	groupId: number | null;
	groupName: string;
	reply: Reply;
	absenceReason: string | null;
	isWalkIn: boolean;
	arrivedAt: Date | null;
	method: CheckinMethod | null;
	/** The scanner that checked them in, by the name its staff gave it; null for a self check-in. */
	device: string | null;
}

/** What the board needs of a person to count and sort them. */
type BoardPersonFields = Pick<BoardPerson, 'groupId' | 'isWalkIn' | 'reply' | 'arrivedAt'>;

/**
 * The attendance board (and the danh sách): counts per group, and the people behind them —
 * present with their time, not yet arrived with a phone to call, excused with the reason, walk-ins.
 */
export interface AttendanceBoardOf<P> {
	totals: AttendanceTotals;
	people: P[];
	notArrived: P[];
	excused: P[];
	walkIns: P[];
}
export type AttendanceBoard = AttendanceBoardOf<BoardPerson>;

/** The counts and the lists of the board from everyone on the roster with their first check-in. */
export function assembleBoard<P extends BoardPersonFields>(
	groups: AttendanceGroup[],
	people: P[]
): AttendanceBoardOf<P> {
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
