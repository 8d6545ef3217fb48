import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteTokenHash } from '$lib/domain/invite-token';
import { recordCheckins } from '$lib/server/checkin/record';
import { scannerRoster } from '$lib/server/checkin/roster';
import { nameDevice } from '$lib/server/checkin/devices';
import { attendanceBoard } from '$lib/server/checkin/board';
import { eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { conference, delegate } from '$lib/server/db/schema';
import { conferenceOverview } from '$lib/server/overview';
import { inviteTokenOf, listDelegates, setReply } from '$lib/server/delegates';
import { listGroups } from '$lib/server/delegates/groups';
import {
	buildAttendanceListDocx,
	buildAttendanceListXlsx
} from '$lib/server/documents/attendance-list';
import { docxText } from './docx-text';
import { createSeededContext } from './test-db';

describe('attendance board and danh sách', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };
	const sender = () => ({ userId: actor.userId, address: actor.address });

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
		const delegates = await listDelegates(db, conferenceId);
		const [a, b, c, excused] = delegates;
		await setReply(
			db,
			excused!.id,
			{ reply: 'absent', reason: 'Đi công tác tỉnh' },
			new Date('2026-04-20T09:00:00+07:00')
		);
		const groups = await listGroups(db, conferenceId);
		await recordCheckins(
			db,
			conferenceId,
			[
				{
					id: 'board-0001',
					tokenHash: inviteTokenHash(inviteTokenOf({ id: a!.id, inviteTokenVersion: 1 })),
					scannedAt: new Date('2026-04-24T07:40:00+07:00'),
					deviceId: 'cua-1',
					method: 'scan'
				},
				{
					id: 'board-0002',
					delegateId: b!.id,
					scannedAt: new Date('2026-04-24T07:45:00+07:00'),
					deviceId: 'cua-2',
					method: 'manual'
				},
				{
					id: 'board-0003',
					delegateId: b!.id,
					scannedAt: new Date('2026-04-24T07:50:00+07:00'),
					deviceId: 'cua-1',
					method: 'manual'
				},
				{
					id: 'board-0004',
					delegateId: c!.id,
					scannedAt: new Date('2026-04-24T07:52:00+07:00'),
					deviceId: 'cua-1',
					method: 'scan'
				},
				{
					id: 'board-0005',
					walkIn: {
						fullName: 'Đỗ Văn Khách',
						position: 'Phóng viên Báo Thái Nguyên',
						groupId: groups.at(-1)!.id
					},
					scannedAt: new Date('2026-04-24T07:55:00+07:00'),
					deviceId: 'cua-1',
					method: 'walk-in'
				}
			],
			sender()
		);
	});
	afterAll(() => dispose());

	it('counts each arrival once, excused apart, walk-ins outside the quorum', async () => {
		const board = await attendanceBoard(db, conferenceId);
		expect(board.totals).toMatchObject({
			invited: 100,
			presentInvited: 3,
			excused: 1,
			walkIns: 1,
			present: 4,
			quorumPercent: 3
		});
		expect(board.notArrived).toHaveLength(96);
		expect(board.excused.map((p) => p.absenceReason)).toEqual(['Đi công tác tỉnh']);
		expect(board.walkIns.map((p) => p.fullName)).toEqual(['Đỗ Văn Khách']);
		const sum = board.totals.groups.reduce((n, g) => n + g.present, 0);
		expect(sum).toBe(3);
		// The earliest scan is the arrival time, whichever device sent it.
		const second = board.people.find((p) => p.arrivedAt && p.method === 'manual');
		expect(second?.device).toBe('cua-2');
	});

	it('shows a scanner by the name its staff gave it, and a walk-in filed under no group on their own line', async () => {
		await nameDevice(db, actor, conferenceId, 'cua-2', 'Cửa phụ – Minh');
		const [done] = await recordCheckins(
			db,
			conferenceId,
			[
				{
					id: 'board-0006',
					walkIn: { fullName: 'Lê Thị Khách', position: '', groupId: null },
					scannedAt: new Date('2026-04-24T07:58:00+07:00'),
					deviceId: 'cua-2',
					method: 'walk-in'
				}
			],
			sender()
		);
		expect(done).toMatchObject({ status: 'checked_in' });
		const board = await attendanceBoard(db, conferenceId);
		expect(board.people.find((p) => p.method === 'manual' && p.arrivedAt)?.device).toBe(
			'Cửa phụ – Minh'
		);
		const guest = board.walkIns.find((p) => p.fullName === 'Lê Thị Khách')!;
		expect(guest).toMatchObject({
			groupId: null,
			groupName: 'Khách ngoài danh sách',
			device: 'Cửa phụ – Minh'
		});
		expect(board.totals).toMatchObject({ invited: 100, walkIns: 2 });
		expect(board.totals.groups.reduce((n, g) => n + g.invited, 0)).toBe(100);
		// The scanners read the names with the roster.
		expect((await scannerRoster(db, conferenceId)).devices).toEqual({ 'cua-2': 'Cửa phụ – Minh' });
		// Undone, so the other tests see the board as they expect.
		await db.delete(delegate).where(eq(delegate.id, guest.id));
	});

	it('uses one definition of invited and replied on the overview and the board: a walk-in is neither, nor in a group', async () => {
		const [row] = await db.select().from(conference).where(eq(conference.id, conferenceId));
		const overview = await conferenceOverview(db, row!);
		const board = await attendanceBoard(db, conferenceId);
		expect(overview!.invited).toBe(100);
		expect(board.totals).toMatchObject({
			invited: 100,
			attending: 0,
			absent: 1,
			pending: 99,
			replied: 1
		});
		// The door filed the walk-in under the last group; that group's counts do not include them.
		const last = board.totals.groups.at(-1)!;
		const invitedOfLast = board.people.filter((p) => p.groupId === last.id && !p.isWalkIn).length;
		expect(last.invited).toBe(invitedOfLast);
		expect(board.totals.groups.reduce((n, g) => n + g.invited, 0)).toBe(100);
	});

	it('prints the danh sách by group with arrival times and a signature column', async () => {
		const board = await attendanceBoard(db, conferenceId);
		const text = await docxText(
			await buildAttendanceListDocx(
				{
					parentBody: null,
					issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
					locality: 'Bình Thành',
					date: new Date('2026-04-24T08:00:00+07:00'),
					conferenceTitle: 'Hội nghị sơ kết'
				},
				board
			)
		);
		expect(text).toContain('DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ');
		expect(text).toContain('Ký tên');
		expect(text).toContain('07:40');
		expect(text).toContain('07:45');
		expect(text).not.toContain('07:50');
		expect(text).toContain('Khách ngoài danh sách');
		expect(text).toContain('Đỗ Văn Khách');
		expect(text).toContain('Bình Thành, ngày 24 tháng 4 năm 2026');
		// Groups in the conference's order.
		const positions = board.totals.groups.map((g) => text.indexOf(g.name));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(text).toContain('có mặt: 3 (3%)');
	});

	it('gives the same list as a spreadsheet, with phones kept as text', async () => {
		const board = await attendanceBoard(db, conferenceId);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			(await buildAttendanceListXlsx('Hội nghị sơ kết', board)).slice().buffer
		);
		const sheet = workbook.worksheets[0]!;
		expect(sheet.getRow(2).values).toContain('Giờ đến');
		const rows = sheet.getSheetValues().filter(Boolean).slice(2) as unknown[][];
		expect(rows).toHaveLength(101);
		expect(rows.filter((r) => r[5] === 'Có')).toHaveLength(4);
		expect(rows.find((r) => String(r[2]).startsWith('Đỗ Văn Khách'))?.[7]).toBe(
			'Khách ngoài danh sách'
		);
	});
});
