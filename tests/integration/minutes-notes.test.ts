import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOR_SPEAKERS_MAX, NOTES_MAX, type ItemNote, type NoteSave } from '$lib/domain/minutes';
import { NOTE_CONFLICT_MESSAGE } from '$lib/domain/minutes-notes';
import type { Database } from '$lib/server/db';
import { agendaItem, conference, minutesNote } from '$lib/server/db/schema';
import { NotFoundError } from '$lib/server/http/errors';
import { latestNotes, noteOf, noteRevisions, saveNote } from '$lib/server/minutes/notes';
import { signIn, startTestApp, VIETNAMESE } from './app-client';
import { createSeededContext } from './test-db';

const content = (notes: string, over: Partial<NoteSave> = {}) => ({
	notes,
	floorSpeakers: [],
	conclusions: [],
	...over
});

describe('saveNote on the database', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let actor: { userId: number; address: string };
	let items: number[];

	beforeAll(async () => {
		({ db, dispose, conferenceId, actor } = await createSeededContext());
		// Items the demo left without notes (it writes a few: src/lib/server/demo/minutes.ts).
		const noted = await latestNotes(db, conferenceId);
		items = (
			await db
				.select({ id: agendaItem.id })
				.from(agendaItem)
				.where(eq(agendaItem.conferenceId, conferenceId))
				.orderBy(asc(agendaItem.position))
		)
			.map((r) => r.id)
			.filter((id) => !noted.has(id));
	});
	afterAll(() => dispose());

	const revisionsIn = async (itemId: number) =>
		(
			await db.select({ n: count() }).from(minutesNote).where(eq(minutesNote.agendaItemId, itemId))
		)[0]!.n;

	it('each save makes the next revision and every revision is kept', async () => {
		const itemId = items[1]!;
		const texts = [
			'Đồng chí',
			'Đồng chí Chủ tịch khai mạc',
			'Đồng chí Chủ tịch khai mạc hội nghị.\n\n- Ý thứ nhất'
		];
		let base = 0;
		for (const [i, notes] of texts.entries()) {
			const result = await saveNote(db, actor, conferenceId, {
				itemId,
				baseRevision: base,
				...content(notes)
			});
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.note).toMatchObject({
				itemId,
				revision: i + 1,
				notes,
				savedBy: expect.any(String)
			});
			base = result.note.revision;
		}
		const revisions = await noteRevisions(db, conferenceId, itemId);
		expect(revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
		expect(revisions.every((r) => r.savedBy && r.savedAt > 0)).toBe(true);
		expect((await noteOf(db, conferenceId, itemId)).notes).toBe(texts[2]);
		expect((await latestNotes(db, conferenceId)).get(itemId)?.revision).toBe(3);
		const rows = await db
			.select({ notes: minutesNote.notes })
			.from(minutesNote)
			.where(eq(minutesNote.agendaItemId, itemId))
			.orderBy(asc(minutesNote.revision));
		expect(rows.map((r) => r.notes)).toEqual(texts);
	});

	it('the same content again makes no new revision, whatever revision it names', async () => {
		const itemId = items[1]!;
		const before = await revisionsIn(itemId);
		const latest = await noteOf(db, conferenceId, itemId);
		for (const baseRevision of [latest.revision, 1]) {
			const result = await saveNote(db, actor, conferenceId, {
				itemId,
				baseRevision,
				...content(latest.notes)
			});
			expect(result).toEqual({ ok: true, note: latest });
		}
		expect(await revisionsIn(itemId)).toBe(before);
	});

	it('two writers on the same revision: one wins, the other gets the winner’s text and writes nothing', async () => {
		const itemId = items[2]!;
		const [a, b] = await Promise.all([
			saveNote(db, actor, conferenceId, {
				itemId,
				baseRevision: 0,
				...content('Máy A: báo cáo kết quả')
			}),
			saveNote(db, actor, conferenceId, {
				itemId,
				baseRevision: 0,
				...content('Máy B: tham luận về chuyển đổi số')
			})
		]);
		const won = [a, b].filter((r) => r.ok);
		const lost = [a, b].filter((r) => !r.ok);
		expect(won).toHaveLength(1);
		expect(lost).toHaveLength(1);
		const winner = (won[0] as { note: ItemNote }).note;
		expect(lost[0]).toEqual({ ok: false, conflict: winner, message: NOTE_CONFLICT_MESSAGE });
		expect(await revisionsIn(itemId)).toBe(1);
		// The loser keeps theirs on the winner's revision ("Giữ bản của tôi"): both texts stay in the history.
		const loserText = winner.notes.startsWith('Máy A')
			? 'Máy B: tham luận về chuyển đổi số'
			: 'Máy A: báo cáo kết quả';
		const again = await saveNote(db, actor, conferenceId, {
			itemId,
			baseRevision: winner.revision,
			...content(loserText)
		});
		expect(again.ok && again.note.revision).toBe(2);
		const all = await db
			.select({ notes: minutesNote.notes })
			.from(minutesNote)
			.where(eq(minutesNote.agendaItemId, itemId));
		expect(all.map((r) => r.notes).sort()).toEqual([
			'Máy A: báo cáo kết quả',
			'Máy B: tham luận về chuyển đổi số'
		]);
	});

	it('a stale revision is a conflict, nothing written', async () => {
		const itemId = items[2]!;
		const result = await saveNote(db, actor, conferenceId, {
			itemId,
			baseRevision: 1,
			...content('Bản cũ sửa tiếp')
		});
		expect(result.ok).toBe(false);
		expect(await revisionsIn(itemId)).toBe(2);
	});

	it('an unknown item or another conference’s item is refused, nothing written', async () => {
		const [other] = await db
			.insert(conference)
			.values({
				title: 'Hội nghị khác',
				subject: 'Khác',
				place: 'Xã khác',
				startsAt: new Date('2026-05-05T08:00:00+07:00'),
				endsAt: new Date('2026-05-05T11:00:00+07:00'),
				chairName: 'A',
				chairTitle: 'B',
				issuerLines: ['X'],
				locality: 'Y'
			})
			.returning();
		const [otherItem] = await db
			.insert(agendaItem)
			.values({
				conferenceId: other!.id,
				position: 1,
				kind: 'opening',
				title: 'Khai mạc',
				plannedSeconds: 300
			})
			.returning();
		for (const itemId of [otherItem!.id, 2_000_000_000]) {
			await expect(
				saveNote(db, actor, conferenceId, { itemId, baseRevision: 0, ...content('Không được ghi') })
			).rejects.toThrow(NotFoundError);
		}
		expect(
			(
				await db
					.select({ n: count() })
					.from(minutesNote)
					.where(and(eq(minutesNote.agendaItemId, otherItem!.id)))
			)[0]!.n
		).toBe(0);
	});
});

describe('/admin/minutes and its notes endpoint (built app)', () => {
	let server: Awaited<ReturnType<typeof startTestApp>>;
	const cookies = { thuky: '', chutich: '', diemdanh: '' };
	let itemIds: number[] = [];

	beforeAll(async () => {
		server = await startTestApp();
		for (const name of Object.keys(cookies) as (keyof typeof cookies)[])
			cookies[name] = await signIn(server.url, name);
		const hall = (await (await fetch(`${server.url}/api/meeting`)).json()) as {
			programme: { id: number }[];
		};
		itemIds = hall.programme.map((i) => i.id);
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
	});

	async function post(body: string, cookie: string | null) {
		const res = await fetch(`${server.url}/api/minutes/notes`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				origin: server.url,
				...(cookie ? { cookie } : {})
			},
			body,
			redirect: 'manual'
		});
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		return {
			status: res.status,
			body: (await res.json()) as Record<string, unknown> & {
				message?: string;
				note?: ItemNote;
				conflict?: ItemNote;
			}
		};
	}
	const save = (
		itemId: number,
		baseRevision: number,
		notes: string,
		cookie = cookies.thuky,
		over: Record<string, unknown> = {}
	) => post(JSON.stringify({ itemId, baseRevision, ...content(notes), ...over }), cookie);
	const getNote = async (itemId: number, cookie = cookies.thuky) => {
		const res = await fetch(`${server.url}/api/minutes/notes?item=${itemId}`, {
			headers: { cookie }
		});
		return {
			status: res.status,
			body: (await res.json()) as {
				note: ItemNote;
				revisions: { revision: number }[];
				message?: string;
			}
		};
	};

	it('the secretariat saves, revision by revision, and conflicts answer 409 with the winner’s text', async () => {
		const itemId = itemIds[0]!;
		const first = await save(itemId, 0, 'Khai mạc hội nghị lúc 7 giờ 30.');
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({
			ok: true,
			note: { itemId, revision: 1, notes: 'Khai mạc hội nghị lúc 7 giờ 30.' }
		});
		const second = await save(
			itemId,
			1,
			'Khai mạc hội nghị lúc 7 giờ 30. Tuyên bố lý do.',
			cookies.thuky,
			{
				floorSpeakers: [
					{ delegateId: null, name: 'Ông Hoàng Văn Tư', unit: 'Trưởng thôn Đồng Tiến' }
				]
			}
		);
		expect(second.body.note?.revision).toBe(2);
		const stale = await save(itemId, 1, 'Một máy khác vẫn ở lần lưu 1');
		expect(stale.status).toBe(409);
		expect(stale.body).toMatchObject({
			ok: false,
			message: NOTE_CONFLICT_MESSAGE,
			conflict: { revision: 2, notes: 'Khai mạc hội nghị lúc 7 giờ 30. Tuyên bố lý do.' }
		});
		const same = await save(
			itemId,
			2,
			'Khai mạc hội nghị lúc 7 giờ 30. Tuyên bố lý do.',
			cookies.thuky,
			{
				floorSpeakers: [
					{ delegateId: null, name: 'Ông Hoàng Văn Tư', unit: 'Trưởng thôn Đồng Tiến' }
				]
			}
		);
		expect(same.body.note?.revision).toBe(2);
		const read = await getNote(itemId);
		expect(read.status).toBe(200);
		expect(read.body.note.revision).toBe(2);
		expect(read.body.revisions.map((r) => r.revision)).toEqual([2, 1]);
	});

	it('roles: signed out 401, check-in 403, the chair reads (page and note) but may not save', async () => {
		const itemId = itemIds[0]!;
		const out = await save(itemId, 2, 'Không đăng nhập', '');
		expect(out.status).toBe(401);
		expect(out.body.message).toMatch(VIETNAMESE);
		const door = await save(itemId, 2, 'Tổ điểm danh', cookies.diemdanh);
		expect(door.status).toBe(403);
		expect(door.body.message).toMatch(VIETNAMESE);
		const chair = await save(itemId, 2, 'Chủ tịch sửa', cookies.chutich);
		expect(chair.status).toBe(403);
		expect(chair.body.message).toMatch(VIETNAMESE);
		expect((await getNote(itemId, cookies.chutich)).body.note.revision).toBe(2);
		expect((await getNote(itemId, cookies.diemdanh)).status).toBe(403);

		const page = (cookie: string) =>
			fetch(`${server.url}/admin/minutes`, {
				headers: { cookie, accept: 'text/html' },
				redirect: 'manual'
			});
		const chairPage = await page(cookies.chutich);
		expect(chairPage.status).toBe(200);
		const html = await chairPage.text();
		expect(html).toContain('Ghi biên bản hội nghị');
		expect(html).toContain('Chế độ xem');
		expect((await page(cookies.thuky)).status).toBe(200);
		expect((await page(cookies.diemdanh)).status).toBe(403);
		expect((await page('')).status).toBe(303);
	});

	it('bad input: a Vietnamese 4xx and nothing written', async () => {
		const itemId = itemIds[1]!;
		const cases: [string, number][] = [
			['{"itemId": 1, "baseRevision"', 400],
			[JSON.stringify({ itemId: String(itemId), baseRevision: 0, ...content('x') }), 400],
			[
				JSON.stringify({ itemId, baseRevision: 0, notes: 5, floorSpeakers: [], conclusions: [] }),
				400
			],
			[JSON.stringify({ itemId, baseRevision: 0, ...content('a'.repeat(NOTES_MAX + 1)) }), 400],
			[
				JSON.stringify({
					itemId,
					baseRevision: 0,
					...content('x'),
					floorSpeakers: Array.from({ length: FLOOR_SPEAKERS_MAX + 1 }, (_, i) => ({
						delegateId: null,
						name: `Người ${i}`,
						unit: ''
					}))
				}),
				400
			],
			[JSON.stringify({ itemId, baseRevision: 0, ...content('x\u0000y') }), 400],
			[JSON.stringify({ itemId, baseRevision: 0, ...content('x'.repeat(1_100_000)) }), 413],
			[JSON.stringify({ itemId: 2_000_000_000, baseRevision: 0, ...content('Mục không có') }), 404],
			[JSON.stringify({ itemId: 9_999_999_999, baseRevision: 0, ...content('Mã quá lớn') }), 400]
		];
		for (const [body, status] of cases) {
			const res = await post(body, cookies.thuky);
			expect(res.status, body.slice(0, 80)).toBe(status);
			expect(res.body.message).toMatch(VIETNAMESE);
		}
		expect((await getNote(itemId)).body.note.revision).toBe(0);
		const unknown = await getNote(2_000_000_000);
		expect(unknown.status).toBe(404);
		expect(unknown.body.message).toMatch(VIETNAMESE);
	});
});
