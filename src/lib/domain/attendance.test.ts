import { describe, expect, it } from 'vitest';
import { summariseAttendance, type AttendanceDelegate } from './attendance';

const groups = [
	{ id: 1, name: 'Thường trực Đảng ủy' },
	{ id: 2, name: 'Trưởng các thôn' }
];

const d = (
	groupId: number,
	present: boolean,
	extra: Partial<AttendanceDelegate> = {}
): AttendanceDelegate => ({
	groupId,
	present,
	isWalkIn: false,
	reply: 'pending',
	...extra
});

describe('summariseAttendance', () => {
	it('counts present over invited per group and in total', () => {
		const totals = summariseAttendance(groups, [
			d(1, true),
			d(1, false),
			d(2, true),
			d(2, true),
			d(2, false, { reply: 'absent' })
		]);
		expect(totals.groups).toEqual([
			{
				id: 1,
				name: 'Thường trực Đảng ủy',
				invited: 2,
				attending: 0,
				absent: 0,
				pending: 2,
				present: 1,
				excused: 0
			},
			{
				id: 2,
				name: 'Trưởng các thôn',
				invited: 3,
				attending: 0,
				absent: 1,
				pending: 2,
				present: 2,
				excused: 1
			}
		]);
		expect(totals).toMatchObject({
			invited: 5,
			presentInvited: 3,
			present: 3,
			excused: 1,
			quorumPercent: 60
		});
	});

	it('counts walk-ins on their own line: in the hall, never invited, never in a group, never in the quorum', () => {
		const totals = summariseAttendance(groups, [
			d(1, true),
			d(1, false),
			d(2, true, { isWalkIn: true, reply: 'attending' })
		]);
		expect(totals).toMatchObject({
			invited: 2,
			attending: 0,
			replied: 0,
			presentInvited: 1,
			walkIns: 1,
			present: 2,
			quorumPercent: 50
		});
		expect(totals.groups[1]).toMatchObject({ invited: 0, attending: 0, present: 0 });
	});

	it('a walk-in whose check-in was undone is not in the hall', () => {
		expect(
			summariseAttendance(groups, [d(1, false, { isWalkIn: true, reply: 'attending' })])
		).toMatchObject({ walkIns: 0, present: 0, invited: 0 });
	});

	it('counts replies over the invited: attending, absent, pending and replied', () => {
		const totals = summariseAttendance(groups, [
			d(1, false, { reply: 'attending' }),
			d(1, true, { reply: 'attending' }),
			d(2, false, { reply: 'absent' }),
			d(2, false)
		]);
		expect(totals).toMatchObject({
			invited: 4,
			replied: 3,
			attending: 2,
			absent: 1,
			pending: 1,
			excused: 1,
			presentInvited: 1
		});
		expect(totals.groups.map((g) => [g.attending, g.absent, g.pending])).toEqual([
			[2, 0, 0],
			[0, 1, 1]
		]);
	});

	it('an excused delegate who comes anyway is present, not excused', () => {
		expect(summariseAttendance(groups, [d(1, true, { reply: 'absent' })])).toMatchObject({
			excused: 0,
			presentInvited: 1
		});
	});

	it('has a zero quorum with nobody invited', () => {
		expect(summariseAttendance(groups, []).quorumPercent).toBe(0);
	});
});
