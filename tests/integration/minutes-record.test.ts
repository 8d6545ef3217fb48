// The draft biên bản end to end on the embedded database: drafted before and after the meeting,
// edited, re-assembled after a late check-in, a stale page refused, finalized, reopened; then the
// built app's routes by role and the delegates' page.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELEGATE_COOKIE, deriveInviteToken } from '$lib/domain/invite-token';
import { meetingCommandSchema } from '$lib/domain/meeting-schema';
import {
	conclusionPoints,
	MISSING,
	sectionText,
	UNTIMED_LINE,
	type MinutesSection
} from '$lib/domain/minutes';
import { listAgenda, type AgendaRow } from '$lib/server/agenda';
import { runMeetingCommand } from '$lib/server/agenda/meeting';
import { selfCheckin } from '$lib/server/checkin/record';
import type { Database } from '$lib/server/db';
import { auditLog, minutesRecord } from '$lib/server/db/schema';
import { listDelegates, setReply } from '$lib/server/delegates';
import { listGroups } from '$lib/server/delegates/groups';
import { NotFoundError, RuleError } from '$lib/server/http/errors';
import {
	currentMinutes,
	draftMinutes,
	FINAL_MESSAGE,
	finalizeMinutes,
	latestFinalMinutes,
	MinutesConflictError,
	minutesRevision,
	reopenMinutes,
	saveMinutesSections
} from '$lib/server/minutes/record';
import { signIn, startTestApp } from './app-client';
import { docxParts } from '$lib/server/documents/test-fixtures';
import { docxText } from './docx-text';
import { createSeededContext } from './test-db';

/** The morning of the conference, Hà Nội time. */
const at = (hhmmss: string) => Date.parse(`2026-04-24T${hhmmss}+07:00`);
const byKey = (sections: MinutesSection[], key: string) => sections.find((s) => s.key === key)!;

describe('the draft biên bản (server modules)', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };
	let agenda: AgendaRow[];
	let delegates: Awaited<ReturnType<typeof listDelegates>>;
	let firstGroup: { id: number; name: string };

	const press = (command: unknown, when: number) =>
		runMeetingCommand(db, actor, conferenceId, meetingCommandSchema.parse(command), () => when);
	const latest = async () => (await currentMinutes(db, conferenceId)).current!;

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
		agenda = await listAgenda(db, conferenceId);
		delegates = (await listDelegates(db, conferenceId)).filter((d) => !d.isWalkIn);
		firstGroup = (await listGroups(db, conferenceId))[0]!;
	});
	afterAll(() => dispose());

	it('drafted before the meeting started, says what is missing and invents no time', async () => {
		expect(await currentMinutes(db, conferenceId)).toEqual({ current: null, earlier: [] });
		expect(await draftMinutes(db, actor, conferenceId)).toBe(1);
		const { current } = await currentMinutes(db, conferenceId);
		const sections = current!.body.sections;
		expect(current).toMatchObject({
			revision: 1,
			editCount: 0,
			finalizedAt: null,
			reopenReason: null
		});
		expect(byKey(sections, 'start')).toMatchObject({ data: '', missing: MISSING.start });
		expect(byKey(sections, 'end')).toMatchObject({ data: '', missing: MISSING.end });
		expect(byKey(sections, 'attendance').missing).toBe(MISSING.checkins);
		expect(
			sections.filter((s) => s.key.startsWith('item:')).every((s) => s.data.includes(UNTIMED_LINE))
		).toBe(true);
		for (const s of sections) expect(s.data).not.toMatch(/\d{2} giờ \d{2} phút/);
		// The demo's secretary, place and chair are in the settings; the demo notes hold conclusions.
		expect(byKey(sections, 'secretary').missing).toBeNull();
		expect(byKey(sections, 'chair').data).toMatch(/^Đồng chí Nguyễn Anh Tấn - /);
		expect(conclusionPoints(sections).length).toBeGreaterThan(0);
		const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'minutes_drafted'));
		expect(audit).toMatchObject({ entity: 'minutes_record', entityId: '1', userId: actor.userId });
	});

	it('after the timer and the door, has the real start, each item’s time against the plan, and who came', async () => {
		const [opening, , , report, speech] = agenda;
		expect(report!.kind).toBe('report');
		expect(speech!.kind).toBe('speech');
		// Replies before the day: one leader excuses himself.
		const leaders = delegates.filter((d) => d.groupId === firstGroup.id);
		await setReply(
			db,
			leaders[0]!.id,
			{ reply: 'absent', reason: 'Đi họp tại tỉnh' },
			new Date('2026-04-20T09:00:00+07:00')
		);
		// At the door: every other leader and five delegates of other groups.
		for (const d of leaders.slice(1))
			await selfCheckin(db, conferenceId, d.id, new Date(at('07:45:00')));
		for (const d of delegates.filter((x) => x.groupId !== firstGroup.id).slice(0, 5))
			await selfCheckin(db, conferenceId, d.id, new Date(at('07:50:00')));
		// The welcome (item 1) is never timed; the next item opens at 08:05.
		await press({ action: 'goto', itemId: opening!.id }, at('08:00:00'));
		await press({ action: 'goto', itemId: agenda[1]!.id }, at('08:04:00'));
		await press({ action: 'start' }, at('08:05:00'));
		await press({ action: 'stop' }, at('08:09:00'));
		// The report: paused 5 minutes, given 5 more, within its time.
		await press({ action: 'goto', itemId: report!.id }, at('08:10:00'));
		await press({ action: 'start' }, at('08:10:00'));
		await press({ action: 'pause' }, at('08:20:00'));
		await press({ action: 'resume' }, at('08:25:00'));
		await press({ action: 'extend', ms: 5 * 60_000 }, at('08:26:00'));
		await press({ action: 'stop' }, at('08:36:30'));
		// A tham luận 1 min 40 s over its 7 minutes.
		await press({ action: 'goto', itemId: speech!.id }, at('08:37:00'));
		await press({ action: 'start' }, at('08:37:00'));
		await press({ action: 'stop' }, at('08:45:40'));
		// The chair closes the meeting late (planned end 11:30).
		await press({ action: 'end' }, at('11:45:00'));

		expect(await draftMinutes(db, actor, conferenceId)).toBe(1);
		const sections = (await latest()).body.sections;
		expect(byKey(sections, 'start')).toMatchObject({
			data: '08 giờ 05 phút, ngày 24 tháng 4 năm 2026',
			missing: null
		});
		expect(byKey(sections, 'end')).toMatchObject({
			data: 'Hội nghị kết thúc vào 11 giờ 45 phút, ngày 24 tháng 4 năm 2026./.',
			missing: null
		});
		expect(byKey(sections, `item:${opening!.id}`).data).toContain(UNTIMED_LINE);
		expect(byKey(sections, `item:${agenda[1]!.id}`).data).toContain(
			'Thời gian trình bày: 4 phút (dự kiến 5 phút).'
		);
		expect(byKey(sections, `item:${report!.id}`).data).toContain(
			'Thời gian trình bày: 21 phút 30 giây (dự kiến 20 phút, được thêm 5 phút).'
		);
		expect(byKey(sections, `item:${speech!.id}`).data).toContain(
			'Thời gian trình bày: 8 phút 40 giây (dự kiến 7 phút, quá 1 phút 40 giây).'
		);
		const attendance = byKey(sections, 'attendance');
		expect(attendance.missing).toBeNull();
		const lines = attendance.data.split('\n');
		expect(lines[0]).toBe(
			`Đại biểu được mời: ${delegates.length}; có mặt: ${leaders.length - 1 + 5}.`
		);
		expect(lines[1]).toBe(`- ${firstGroup.name}: ${leaders.length - 1}/${leaders.length}`);
		expect(attendance.data).toContain(`Đồng chí ${leaders[1]!.fullName}`);
		expect(attendance.data).toContain(
			`Vắng mặt: ${delegates.length - (leaders.length - 1 + 5)} đồng chí, trong đó có lý do: Đồng chí ${leaders[0]!.fullName}`
		);
		expect(attendance.data).toContain('(Đi họp tại tỉnh)');
	});

	it('keeps the secretary’s sentence through “Cập nhật số liệu” after a late check-in, and shows the new data', async () => {
		const before = await latest();
		const attendanceText = 'Dự hội nghị có đông đủ các đồng chí được mời.';
		const itemKey = `item:${agenda[3]!.id}`;
		await saveMinutesSections(db, actor, conferenceId, {
			editCount: before.editCount,
			texts: {
				attendance: attendanceText,
				[itemKey]: 'Lãnh đạo phòng trình bày báo cáo sơ kết.',
				start: sectionText(byKey(before.body.sections, 'start'))
			}
		});
		const saved = (await latest()).body.sections;
		expect(byKey(saved, 'attendance').text).toBe(attendanceText);
		// The start saved unchanged is no edit.
		expect(byKey(saved, 'start').text).toBeNull();

		const late = delegates.filter((d) => d.groupId !== firstGroup.id)[10]!;
		await selfCheckin(db, conferenceId, late.id, new Date(at('08:30:00')));
		await draftMinutes(db, actor, conferenceId);
		const again = (await latest()).body.sections;
		expect(byKey(again, 'attendance')).toMatchObject({ text: attendanceText, dataChanged: true });
		expect(byKey(again, 'attendance').data).toContain('; có mặt: ');
		expect(byKey(again, 'attendance').data).not.toBe(byKey(saved, 'attendance').data);
		expect(byKey(again, itemKey)).toMatchObject({
			text: 'Lãnh đạo phòng trình bày báo cáo sơ kết.',
			dataChanged: false
		});
		// "Dùng số liệu mới": back to the data, the notice gone.
		await saveMinutesSections(db, actor, conferenceId, {
			editCount: (await latest()).editCount,
			texts: { attendance: null }
		});
		const used = byKey((await latest()).body.sections, 'attendance');
		expect(used.text).toBeNull();
		expect(used.dataChanged).toBeUndefined();
	});

	it('refuses a save typed on a stale page, and an unknown section, writing nothing', async () => {
		const before = await latest();
		const stale = saveMinutesSections(db, actor, conferenceId, {
			editCount: before.editCount - 1,
			texts: { place: 'Hội trường khác' }
		});
		await expect(stale).rejects.toBeInstanceOf(MinutesConflictError);
		await expect(stale).rejects.toThrow(
			'Biên bản vừa được sửa ở máy khác. Vui lòng tải lại trang.'
		);
		await expect(
			saveMinutesSections(db, actor, conferenceId, {
				editCount: before.editCount,
				texts: { place: 'X', 'item:999999': 'Y' }
			})
		).rejects.toBeInstanceOf(RuleError);
		const after = await latest();
		expect(after.editCount).toBe(before.editCount);
		expect(after.body).toEqual(before.body);
		await expect(
			finalizeMinutes(db, actor, conferenceId, before.editCount + 5)
		).rejects.toBeInstanceOf(MinutesConflictError);
	});

	it('finalized, is locked: no save, no re-assembly; the delegates may read its conclusions', async () => {
		expect(await latestFinalMinutes(db, conferenceId)).toBeNull();
		const open = await latest();
		await saveMinutesSections(db, actor, conferenceId, {
			editCount: open.editCount,
			texts: {
				conclusions: '1. Hoàn thành số hóa hồ sơ trước 30/6/2026.\n2. Rà soát trụ sở các thôn.'
			}
		});
		expect(
			await finalizeMinutes(db, actor, conferenceId, open.editCount + 1, new Date(at('14:00:00')))
		).toBe(1);
		const final = await latest();
		expect(final.finalizedAt).toEqual(new Date(at('14:00:00')));
		expect(final.finalizedBy).toBe('Văn phòng HĐND và UBND xã');
		await expect(
			saveMinutesSections(db, actor, conferenceId, {
				editCount: final.editCount,
				texts: { place: 'X' }
			})
		).rejects.toThrow(FINAL_MESSAGE);
		await expect(draftMinutes(db, actor, conferenceId)).rejects.toThrow(FINAL_MESSAGE);
		await expect(finalizeMinutes(db, actor, conferenceId, final.editCount)).rejects.toBeInstanceOf(
			RuleError
		);
		expect((await latest()).body).toEqual(final.body);
		const published = await latestFinalMinutes(db, conferenceId);
		expect(conclusionPoints(published!.body.sections)).toEqual([
			'Hoàn thành số hóa hồ sơ trước 30/6/2026.',
			'Rà soát trụ sở các thôn.'
		]);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'minutes_finalized'));
		expect(audit).toMatchObject({ entityId: '1', detail: { revision: 1 } });
	});

	it('reopens only with a reason, as revision 2 with the body copied; revision 1 stays as it was', async () => {
		await expect(reopenMinutes(db, actor, conferenceId, '   ')).rejects.toBeInstanceOf(RuleError);
		await expect(reopenMinutes(db, actor, conferenceId, 'sai')).rejects.toBeInstanceOf(RuleError);
		await expect(reopenMinutes(db, actor, conferenceId, 'x'.repeat(501))).rejects.toBeInstanceOf(
			RuleError
		);
		expect((await currentMinutes(db, conferenceId)).earlier).toEqual([]);
		const reason = 'Bổ sung ý kiến của đồng chí Trưởng thôn Đồng Tiến.';
		expect(await reopenMinutes(db, actor, conferenceId, reason)).toBe(2);
		const { current, earlier } = await currentMinutes(db, conferenceId);
		expect(current).toMatchObject({
			revision: 2,
			finalizedAt: null,
			reopenReason: reason,
			editCount: 0
		});
		expect(earlier.map((r) => r.revision)).toEqual([1]);
		const first = await minutesRevision(db, conferenceId, 1);
		expect(current!.body).toEqual(first.body);
		expect(first.finalizedAt).not.toBeNull();
		await expect(minutesRevision(db, conferenceId, 7)).rejects.toBeInstanceOf(NotFoundError);
		await expect(reopenMinutes(db, actor, conferenceId, reason)).rejects.toThrow(
			'Biên bản đang mở để sửa'
		);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'minutes_reopened'))
			.orderBy(desc(auditLog.id));
		expect(audit).toMatchObject({
			entity: 'minutes_record',
			entityId: '2',
			detail: { revision: 2, reason }
		});
		// The open revision 2 is edited again; the delegates still read revision 1's conclusions.
		await saveMinutesSections(db, actor, conferenceId, {
			editCount: 0,
			texts: { conclusions: '1. Một kết luận mới.' }
		});
		expect(
			conclusionPoints((await latestFinalMinutes(db, conferenceId))!.body.sections)
		).toHaveLength(2);
		const rows = await db
			.select()
			.from(minutesRecord)
			.where(and(eq(minutesRecord.conferenceId, conferenceId)));
		expect(rows).toHaveLength(2);
	});
});

describe('the draft biên bản’s routes (built app)', () => {
	let app: Awaited<ReturnType<typeof startTestApp>>;
	const cookies: Record<string, string> = {};
	const PAGE = '/admin/minutes/draft';

	beforeAll(async () => {
		app = await startTestApp();
		for (const who of ['thuky', 'chutich', 'diemdanh']) cookies[who] = await signIn(app.url, who);
	}, 60_000);
	afterAll(() => app?.stop());

	const get = (path: string, cookie?: string) =>
		fetch(`${app.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
	/** A form action as use:enhance sends it; SvelteKit answers `{ type, status, data }`. */
	async function post(action: string, fields: Record<string, string>, cookie?: string) {
		const res = await fetch(`${app.url}${PAGE}?/${action}`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.url,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				'content-type': 'application/x-www-form-urlencoded',
				...(cookie ? { cookie } : {})
			},
			body: new URLSearchParams(fields)
		});
		return {
			res,
			body: res.headers.get('content-type')?.includes('json')
				? ((await res.json()) as { type: string; status?: number; data?: string })
				: null
		};
	}
	/** The editCount of the page's hidden field, as the browser would post it back. */
	async function editCount() {
		const html = await (await get(PAGE, cookies.thuky)).text();
		return /name="editCount" value="(\d+)"/.exec(html)?.[1] ?? '';
	}
	const delegatePage = async () => {
		const token = deriveInviteToken(new TextEncoder().encode(process.env.HOINGHI_SECRET!), 1, 1);
		const res = await fetch(`${app.url}/d/${token}`, {
			headers: { cookie: `${DELEGATE_COOKIE}=${token}` }
		});
		expect(res.status).toBe(200);
		return res.text();
	};

	it('lets only the secretariat write, the chair read, and sends everyone else away', async () => {
		expect((await get(PAGE)).headers.get('location')).toMatch(/^\/login\?redirect=/);
		expect((await get(PAGE, cookies.diemdanh)).status).toBe(403);
		expect((await post('draft', {}, cookies.diemdanh)).res.status).toBe(403);
		// Signed out, an enhanced form is told to go to the login.
		expect((await post('draft', {})).body).toMatchObject({
			type: 'redirect',
			location: expect.stringMatching(/^\/login\?redirect=/)
		});
		const chairPage = await get(PAGE, cookies.chutich);
		expect(chairPage.status).toBe(200);
		const chairHtml = await chairPage.text();
		expect(chairHtml).toContain('Chưa có dự thảo biên bản');
		expect(chairHtml).not.toContain('>Lập dự thảo biên bản<');
		for (const action of ['draft', 'save', 'useData', 'finalize', 'reopen'])
			expect((await post(action, {}, cookies.chutich)).res.status).toBe(403);
		const page = await (await get(PAGE, cookies.thuky)).text();
		expect(page).toContain('Lập dự thảo biên bản');
	});

	it('drafts, refuses bad input with a message, saves, finalizes, and only then shows the conclusions to delegates', async () => {
		expect(await delegatePage()).not.toContain('Kết luận của chủ tọa');
		expect(
			(await post('save', { editCount: '0', 'text:place': 'X' }, cookies.thuky)).body
		).toMatchObject({ type: 'failure', status: 404 });
		const none = await get('/admin/minutes/bien-ban.docx', cookies.thuky);
		expect(none.status).toBe(404);
		expect(await none.text()).toContain('Chưa có biên bản');
		expect((await post('draft', {}, cookies.thuky)).body).toMatchObject({ type: 'success' });
		const html = await (await get(PAGE, cookies.thuky)).text();
		expect(html).toContain('Còn thiếu:');
		expect(html).toContain(MISSING.start);
		const count = await editCount();
		expect(count).toBe('0');
		// Bad input: answered 400 with a Vietnamese message, before the database.
		const bad: Record<string, string>[] = [
			{ editCount: 'abc' },
			{ editCount: count, 'text:bogus': 'x' },
			{ editCount: count, 'text:place': 'a'.repeat(20_001) }
		];
		for (const fields of bad) {
			const { res, body } = await post('save', fields, cookies.thuky);
			expect(res.status).toBeLessThan(500);
			expect(body).toMatchObject({ type: 'failure', status: 400 });
		}
		// A control character is refused at the door, before the action.
		const control = await post(
			'save',
			{ editCount: count, 'text:place': 'a\u0000b' },
			cookies.thuky
		);
		expect(control.res.status).toBe(400);
		expect(control.body).toMatchObject({ message: expect.stringContaining('ký tự điều khiển') });
		const saved = await post(
			'save',
			{ editCount: count, 'text:place': 'Hội trường UBND xã Bình Thành (tầng 2)' },
			cookies.thuky
		);
		expect(saved.body).toMatchObject({ type: 'success' });
		// The same page posted again is stale.
		const stale = await post('save', { editCount: count, 'text:place': 'Khác' }, cookies.thuky);
		expect(stale.body).toMatchObject({ type: 'failure', status: 409 });
		expect(stale.body!.data).toContain('Biên bản vừa được sửa ở máy khác. Vui lòng tải lại trang.');
		const edited = await (await get(PAGE, cookies.thuky)).text();
		expect(edited).toContain('Hội trường UBND xã Bình Thành (tầng 2)');
		expect(edited).toContain('Đã sửa');
		expect(await delegatePage()).not.toContain('Kết luận của chủ tọa');

		expect(
			(await post('finalize', { editCount: await editCount() }, cookies.thuky)).body
		).toMatchObject({ type: 'success' });
		const final = await (await get(PAGE, cookies.chutich)).text();
		expect(final).toMatch(
			/Biên bản đã hoàn thành — bản số 1, Văn phòng HĐND và UBND xã, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/
		);
		expect(final).not.toContain('<textarea');
		expect(
			(await post('save', { editCount: '2', 'text:place': 'X' }, cookies.thuky)).body
		).toMatchObject({ type: 'failure', status: 400 });
		const delegate = await delegatePage();
		expect(delegate).toContain('Kết luận của chủ tọa');

		expect((await post('reopen', { reason: '' }, cookies.thuky)).body).toMatchObject({
			type: 'failure',
			status: 400
		});
		expect(
			(await post('reopen', { reason: 'Bổ sung ý kiến thảo luận.' }, cookies.thuky)).body
		).toMatchObject({ type: 'success' });
		const reopened = await (await get(PAGE, cookies.thuky)).text();
		expect(reopened).toContain('Các bản trước');
		expect(reopened).toContain('Bổ sung ý kiến thảo luận.');
		// The delegates keep reading the finalized revision 1.
		expect(await delegatePage()).toContain('Kết luận của chủ tọa');
	});

	it('downloads both .docx by role, the latest and an earlier revision; an unknown revision is a Vietnamese 404', async () => {
		for (const path of ['/admin/minutes/bien-ban.docx', '/admin/minutes/thong-bao-ket-luan.docx']) {
			expect((await get(path)).headers.get('location')).toMatch(/^\/login\?redirect=/);
			expect((await get(path, cookies.diemdanh)).status).toBe(403);
			const chair = await get(path, cookies.chutich);
			expect(chair.status).toBe(200);
			expect(chair.headers.get('content-type')).toContain('wordprocessingml');
			await chair.arrayBuffer();
		}
		// Revision 2 is open: a draft, marked so in the first page's top margin.
		const latestBytes = Buffer.from(
			await (await get('/admin/minutes/bien-ban.docx', cookies.thuky)).arrayBuffer()
		);
		const latest = await docxText(latestBytes);
		for (const field of [
			'BIÊN BẢN',
			'12/BB-UBND',
			'Thời gian bắt đầu',
			'Thành phần tham dự',
			'THƯ KÝ',
			'CHỦ TỌA',
			'Hoàng Thị Thu Hà',
			'Nguyễn Anh Tấn',
			'Lưu: VT, Hồ sơ',
			'Phụ lục',
			'DANH SÁCH ĐẠI BIỂU THAM DỰ'
		])
			expect(latest).toContain(field);
		expect((await docxParts(latestBytes)).headers).toContain('DỰ THẢO');
		expect(latest).toContain('Hội trường UBND xã Bình Thành (tầng 2)');
		// Revision 1, final: no draft mark.
		const first = await get('/admin/minutes/bien-ban.docx?revision=1', cookies.chutich);
		expect(first.status).toBe(200);
		expect(first.headers.get('content-disposition')).toContain('Bi');
		const firstBytes = Buffer.from(await first.arrayBuffer());
		expect(await docxText(firstBytes)).toContain('BIÊN BẢN');
		expect((await docxParts(firstBytes)).headers).not.toContain('DỰ THẢO');
		const notice = await docxText(
			Buffer.from(
				await (
					await get('/admin/minutes/thong-bao-ket-luan.docx?revision=1', cookies.thuky)
				).arrayBuffer()
			)
		);
		for (const field of ['THÔNG BÁO', 'Kết luận', 'TB-UBND']) expect(notice).toContain(field);
		const unknown = await get('/admin/minutes/bien-ban.docx?revision=9', cookies.thuky);
		expect(unknown.status).toBe(404);
		expect(await unknown.text()).toContain('Không có bản biên bản này.');
		const malformed = await get(
			'/admin/minutes/thong-bao-ket-luan.docx?revision=abc',
			cookies.thuky
		);
		expect(malformed.status).toBe(400);
		expect(await malformed.text()).toContain('Số bản biên bản không hợp lệ.');
		// Conclusions emptied in the open revision: the notice explains instead of printing nothing.
		expect(
			(await post('save', { editCount: await editCount(), 'text:conclusions': '' }, cookies.thuky))
				.body
		).toMatchObject({ type: 'success' });
		const empty = await get('/admin/minutes/thong-bao-ket-luan.docx', cookies.thuky);
		expect(empty.status).toBe(400);
		expect(await empty.text()).toContain('Chưa có kết luận của chủ tọa');
	});
});
