import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateConferenceSettings } from '$lib/server/conference-settings';
import { settingsFormValues, settingsSchema } from '$lib/server/conference-settings-schema';
import type { Database } from '$lib/server/db';
import { conference, documentRequest } from '$lib/server/db/schema';
import { invitationFile } from '$lib/server/delegates/files';
import { docxText } from './docx-text';
import { createSeededContext } from './test-db';

describe('moving the conference date', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
	});
	afterAll(() => dispose());

	const current = async () =>
		(await db.select().from(conference).where(eq(conference.id, conferenceId)))[0]!;
	/** The settings form as the page fills it from the stored conference, with some fields changed. */
	async function form(over: Record<string, string>) {
		const c = await current();
		return settingsSchema.parse({ ...settingsFormValues(c), ...over });
	}

	it('the giấy mời prints the deadline the secretariat set, not a date fixed in its text', async () => {
		const text = await docxText(await invitationFile(db, await current(), 'http://hn.local'));
		expect(text).toContain('trước ngày 22/4/2026');
		await updateConferenceSettings(
			db,
			actor,
			conferenceId,
			await form({ submissionsDueOn: '20/04/2026' })
		);
		const edited = await docxText(await invitationFile(db, await current(), 'http://hn.local'));
		expect(edited).toContain('trước ngày 20/4/2026');
		expect(edited).not.toContain('22/4/2026');
	});

	it('moves the deadlines with the conference, says so, and leaves no stale date in the giấy mời', async () => {
		const requestsBefore = await db
			.select()
			.from(documentRequest)
			.where(eq(documentRequest.conferenceId, conferenceId))
			.orderBy(documentRequest.id);
		expect(requestsBefore.some((r) => r.dueAt.toISOString() === '2026-04-21T10:00:00.000Z')).toBe(
			true
		);
		const moved = await updateConferenceSettings(
			db,
			actor,
			conferenceId,
			await form({ startsAt: '23/04/2027 08:00', endsAt: '23/04/2027 11:30' })
		);
		expect(moved).toEqual([
			`Ngày họp lùi lại 364 ngày, nên đã dời theo: ngày ban hành giấy mời: 19/04/2027; hạn gửi báo cáo, tham luận: 19/04/2027; hạn nộp của ${requestsBefore.length} yêu cầu nộp báo cáo, tham luận.`
		]);
		expect(await current()).toMatchObject({
			submissionsDueOn: '2027-04-19',
			invitationIssuedOn: '2027-04-19'
		});
		const requestsAfter = await db
			.select()
			.from(documentRequest)
			.where(eq(documentRequest.conferenceId, conferenceId))
			.orderBy(documentRequest.id);
		// Same hour of the day (17:00 in Vietnam), 364 days later.
		expect(requestsAfter.map((r) => r.dueAt.getTime())).toEqual(
			requestsBefore.map((r) => r.dueAt.getTime() + 364 * 86_400_000)
		);
		expect(requestsAfter[0]!.dueAt.toISOString()).toBe('2027-04-20T10:00:00.000Z');
		const text = await docxText(await invitationFile(db, await current(), 'http://hn.local'));
		expect(text).toContain('trước ngày 19/4/2027');
		expect(text).toContain('ngày 19 tháng 4 năm 2027');
		expect(text).not.toMatch(/2026/);
	});

	it('keeps a deadline the clerk changed in the same form, and moves nothing when only the time changes', async () => {
		const moved = await updateConferenceSettings(
			db,
			actor,
			conferenceId,
			await form({
				startsAt: '25/04/2027 08:00',
				endsAt: '25/04/2027 11:30',
				submissionsDueOn: '15/04/2027'
			})
		);
		expect((await current()).submissionsDueOn).toBe('2027-04-15');
		expect(moved[0]).not.toContain('hạn gửi báo cáo');
		expect(
			await updateConferenceSettings(
				db,
				actor,
				conferenceId,
				await form({ startsAt: '25/04/2027 14:00', endsAt: '25/04/2027 17:00' })
			)
		).toEqual([]);
	});
});
