// What a delegate reads through their link: the published reports and tham luận, in
// the programme's order, each readable and downloadable; nothing unpublished, nothing of another
// conference, nothing through a revoked link. The rows are written straight into a real database
// (PGlite), and the pages' own load functions and the download endpoint answer as the app would.
import { createHash } from 'node:crypto';
import { isHttpError } from '@sveltejs/kit';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '$lib/domain/documents';
import { setCurrentDatabase, type Database } from '$lib/server/db';
import {
	agendaItem,
	conference,
	delegate,
	documentRequest,
	submission,
	submissionVersion,
	unit,
	user
} from '$lib/server/db/schema';
import { inviteTokenOf, reissueInvite } from '$lib/server/delegates';
import { countPublished, listPublished, NOT_PUBLISHED } from '$lib/server/submissions/published';
import { load as loadDelegatePage } from '../../src/routes/d/[token]/+page.server';
import { load as loadList } from '../../src/routes/d/[token]/documents/+page.server';
import { load as loadDocument } from '../../src/routes/d/[token]/documents/[id=id]/+page.server';
import { GET as getOriginal } from '../../src/routes/d/[token]/documents/[id=id]/original/+server';
import { createTestDatabase } from './test-db';

/** A real .docx: a heading and a table, as a unit's tham luận might have. */
async function realDocx(title: string): Promise<Uint8Array> {
	const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
					new Table({
						rows: [
							new TableRow({ children: [cell('Chỉ tiêu'), cell('Kết quả')] }),
							new TableRow({ children: [cell('Hồ sơ trực tuyến'), cell('92%')] })
						]
					})
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

let db: Database;
let dispose: () => Promise<void>;
let conferenceId: number;
let token: string;
let delegateId: number;
const ids = {} as Record<
	'report' | 'reportLater' | 'speech' | 'speechLater' | 'unpublished' | 'otherConference',
	number
>;
let reportBytes: Uint8Array;
/** The demo units' names in their order. */
let units: string[];

/** A request, one unit's submission to it, and its versions (the last one counts). */
async function submit(
	conf: number,
	req:
		number | { kind: DocumentKind; title: string; position: number; agendaItemId?: number | null },
	unitId: number,
	versions: { fileName: string; bytes: Uint8Array; html: string }[],
	published: boolean
): Promise<number> {
	const requestId =
		typeof req === 'number'
			? req
			: (
					await db
						.insert(documentRequest)
						.values({
							conferenceId: conf,
							kind: req.kind,
							title: req.title,
							dueAt: new Date('2026-04-22T17:00:00+07:00'),
							position: req.position,
							agendaItemId: req.agendaItemId ?? null
						})
						.returning()
				)[0]!.id;
	const [sub] = await db
		.insert(submission)
		.values({
			requestId,
			unitId,
			publishedAt: published ? new Date('2026-04-23T08:00:00+07:00') : null
		})
		.returning();
	for (const [i, v] of versions.entries()) {
		await db.insert(submissionVersion).values({
			submissionId: sub!.id,
			version: i + 1,
			fileName: v.fileName,
			fileKind: v.fileName.endsWith('.pdf') ? 'pdf' : 'docx',
			size: v.bytes.byteLength,
			sha256: createHash('sha256').update(v.bytes).digest('hex'),
			bytes: v.bytes,
			submittedAt: new Date(`2026-04-2${1 + i}T16:05:00+07:00`),
			late: false,
			extraction: 'text',
			text: v.html.replace(/<[^>]+>/g, ' '),
			html: v.html
		});
	}
	return sub!.id;
}

const event = (params: Record<string, string>) =>
	({
		params,
		url: new URL(`http://hoinghi.test/d/${params.token}`),
		cookies: { set() {} }
	}) as never;

/** The error a load function or endpoint threw with `error()`: its status and message. */
async function refusal(run: () => unknown): Promise<{ status: number; message: string }> {
	try {
		await run();
	} catch (err) {
		if (isHttpError(err)) return { status: err.status, message: err.body.message };
		throw err;
	}
	throw new Error('expected a refusal');
}

beforeAll(async () => {
	const t = await createTestDatabase();
	setCurrentDatabase(t.handle);
	db = t.handle.db;
	dispose = t.dispose;
	const [demo] = await db.select().from(conference);
	conferenceId = demo!.id;
	// These tests publish their own files; the demo's (tests/integration/migrations-seed.test.ts)
	// would only blur the order.
	await db.delete(submission);
	const unitRows = await db
		.select()
		.from(unit)
		.where(eq(unit.conferenceId, conferenceId))
		.orderBy(asc(unit.position));
	units = unitRows.map((u) => u.name);
	const items = await db
		.select()
		.from(agendaItem)
		.where(eq(agendaItem.conferenceId, conferenceId))
		.orderBy(asc(agendaItem.position));
	const [first] = await db
		.select()
		.from(delegate)
		.where(eq(delegate.conferenceId, conferenceId))
		.orderBy(asc(delegate.id))
		.limit(1);
	delegateId = first!.id;
	token = inviteTokenOf(first!);

	const docx = await realDocx('Ứng dụng chuyển đổi số');
	reportBytes = await realDocx('Báo cáo sơ kết của Văn phòng');
	const speechHtml =
		'<h2>I. Thực trạng</h2><p>Nội dung</p><table><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr></table>';
	// One request of every unit; the later unit sent first: the units' order decides.
	ids.reportLater = await submit(
		conferenceId,
		{ kind: 'report', title: 'Báo cáo sơ kết 01 năm', position: 1 },
		unitRows[3]!.id,
		[{ fileName: 'bc-kinh-te.docx', bytes: docx, html: '<p>Kinh tế</p>' }],
		true
	);
	const [reportRequest] = await db
		.select()
		.from(submission)
		.where(eq(submission.id, ids.reportLater));
	ids.report = await submit(
		conferenceId,
		reportRequest!.requestId,
		unitRows[1]!.id,
		[
			{ fileName: 'bao-cao-ban-1.docx', bytes: docx, html: '<p>Bản 1</p>' },
			{ fileName: 'bao-cao-ban-2.docx', bytes: reportBytes, html: '<h1>Báo cáo</h1><p>Bản 2</p>' }
		],
		true
	);
	// Tham luận given at a later agenda item, then at an earlier one: the agenda's order decides.
	ids.speechLater = await submit(
		conferenceId,
		{
			kind: 'speech',
			title: 'Tham luận: an ninh trật tự',
			position: 3,
			agendaItemId: items.at(-2)!.id
		},
		unitRows[4]!.id,
		[{ fileName: 'tl-an-ninh.docx', bytes: docx, html: speechHtml }],
		true
	);
	ids.speech = await submit(
		conferenceId,
		{ kind: 'speech', title: 'Tham luận: chuyển đổi số', position: 4, agendaItemId: items[2]!.id },
		unitRows[2]!.id,
		[{ fileName: 'tl-cds.docx', bytes: docx, html: speechHtml }],
		true
	);
	ids.unpublished = await submit(
		conferenceId,
		{ kind: 'speech', title: 'Tham luận chưa công bố', position: 5, agendaItemId: items[3]!.id },
		unitRows[5]!.id,
		[{ fileName: 'tl-chua.docx', bytes: docx, html: '<p>Bí mật</p>' }],
		false
	);

	// Another conference, with its own unit and a published document.
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
	const [otherUnit] = await db
		.insert(unit)
		.values({ conferenceId: other!.id, name: 'Đơn vị xã khác', position: 1 })
		.returning();
	ids.otherConference = await submit(
		other!.id,
		{ kind: 'report', title: 'Báo cáo của xã khác', position: 1 },
		otherUnit!.id,
		[{ fileName: 'khac.docx', bytes: docx, html: '<p>Khác</p>' }],
		true
	);
}, 120_000);

afterAll(async () => {
	setCurrentDatabase(undefined);
	await dispose?.();
});

describe('the published documents of a conference', () => {
	it('lists only the published ones: tham luận in the agenda’s order, then the reports in the units’ order, each as its latest version', async () => {
		const list = await listPublished(db, conferenceId);
		expect(list.map((d) => d.id)).toEqual([
			ids.speech,
			ids.speechLater,
			ids.report,
			ids.reportLater
		]);
		const report = list.find((d) => d.id === ids.report)!;
		expect(report).toMatchObject({
			version: 2,
			fileName: 'bao-cao-ban-2.docx',
			size: reportBytes.byteLength,
			fileKind: 'docx',
			kind: 'report'
		});
		expect(report.unitName).toBeTruthy();
		expect(await countPublished(db, conferenceId)).toBe(4);
	});

	it('gives the delegate page the count, and the documents page the list and the programme', async () => {
		const page = (await loadDelegatePage(event({ token }))) as { documentCount: number };
		expect(page.documentCount).toBe(4);
		const data = (await loadList(event({ token }))) as {
			documents: { title: string; unitName: string }[];
			programme: unknown[];
		};
		expect(data.documents.map((d) => `${d.title} — ${d.unitName}`)).toEqual(
			[ids.speech, ids.speechLater, ids.report, ids.reportLater].map((id) => {
				const [title, unitName] =
					id === ids.speech
						? ['Tham luận: chuyển đổi số', units[2]]
						: id === ids.speechLater
							? ['Tham luận: an ninh trật tự', units[4]]
							: ['Báo cáo sơ kết 01 năm', id === ids.report ? units[1] : units[3]];
				return `${title} — ${unitName}`;
			})
		);
		expect(data.programme.length).toBeGreaterThan(3);
		expect(JSON.stringify(data)).not.toContain('Tham luận chưa công bố');
		expect(JSON.stringify(data)).not.toContain(token);
	});

	it('opens a published document as its readable page, headings and table included', async () => {
		const data = (await loadDocument(event({ token, id: String(ids.speech) }))) as {
			document: { html: string; title: string; fileName: string };
		};
		expect(data.document.title).toBe('Tham luận: chuyển đổi số');
		expect(data.document.html).toContain('<h2>I. Thực trạng</h2>');
		expect(data.document.html).toContain('<table>');
	});

	it('downloads the original of the latest version, byte for byte, with its name', async () => {
		const res = await getOriginal(event({ token, id: String(ids.report) }));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''bao-cao-ban-2.docx");
		expect(new Uint8Array(await res.arrayBuffer())).toEqual(reportBytes);
	});

	it('answers an unpublished document 404 by id and by download, the same as an id that does not exist', async () => {
		for (const id of [ids.unpublished, 999_999]) {
			expect(await refusal(() => loadDocument(event({ token, id: String(id) })))).toEqual({
				status: 404,
				message: NOT_PUBLISHED
			});
			expect(await refusal(() => getOriginal(event({ token, id: String(id) })))).toEqual({
				status: 404,
				message: NOT_PUBLISHED
			});
		}
	});

	it('never opens another conference’s document through this delegate’s link', async () => {
		expect(
			await refusal(() => loadDocument(event({ token, id: String(ids.otherConference) })))
		).toEqual({ status: 404, message: NOT_PUBLISHED });
		expect(
			await refusal(() => getOriginal(event({ token, id: String(ids.otherConference) })))
		).toEqual({ status: 404, message: NOT_PUBLISHED });
	});

	it('drops a document from the list as soon as it is unpublished', async () => {
		await db
			.update(submission)
			.set({ publishedAt: null })
			.where(eq(submission.id, ids.reportLater));
		const data = (await loadList(event({ token }))) as { documents: { id: number }[] };
		expect(data.documents.map((d) => d.id)).not.toContain(ids.reportLater);
		expect(
			await refusal(() => getOriginal(event({ token, id: String(ids.reportLater) })))
		).toMatchObject({ status: 404 });
		await db
			.update(submission)
			.set({ publishedAt: new Date() })
			.where(eq(submission.id, ids.reportLater));
	});

	it('refuses a revoked link with the invalid-link page, on the list, the document and the download', async () => {
		const [secretariat] = await db.select().from(user).where(eq(user.username, 'thuky'));
		await reissueInvite(
			db,
			{ userId: secretariat!.id, address: '127.0.0.1' },
			conferenceId,
			delegateId
		);
		const invalid = { status: 404, message: 'Liên kết không hợp lệ hoặc đã bị thu hồi' };
		expect(await refusal(() => loadList(event({ token })))).toEqual(invalid);
		expect(await refusal(() => loadDocument(event({ token, id: String(ids.speech) })))).toEqual(
			invalid
		);
		expect(await refusal(() => getOriginal(event({ token, id: String(ids.speech) })))).toEqual(
			invalid
		);
		expect(await refusal(() => loadList(event({ token: 'not-a-token' })))).toEqual(invalid);
	});
});
