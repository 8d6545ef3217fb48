// The two upload endpoints' handlers on a real database: what a unit's link reaches, and every
// refusal answered with its status and a Vietnamese message, leaving nothing stored.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import type { UploadReceipt } from '$lib/domain/upload';
import { setCurrentDatabase, type Database } from '$lib/server/db';
import {
	conference,
	documentRequest,
	documentRequestUnit,
	submissionVersion,
	unit,
	user
} from '$lib/server/db/schema';
import { reissueUnitLink, unitTokenOf } from '$lib/server/units';
import { createTestDatabase } from './test-db';
import { buildDocx, EXE_BYTES, OLD_DOC_BYTES } from './unit-files';

// The secretariat's endpoint reads the conference from the request (src/lib/server/request.ts).
let currentEvent: unknown;
vi.mock('$app/server', () => ({ getRequestEvent: () => currentEvent }));

const { POST: unitPost } = await import('../../src/routes/u/[token]/upload/+server');
const { POST: officePost } = await import('../../src/routes/admin/documents/upload/+server');

const ORIGIN = 'http://127.0.0.1:4000';
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

describe('upload endpoints', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let secretariatId: number;
	let units: { id: number; uploadTokenVersion: number }[];
	let report: number;
	let othersOnly: number;

	beforeAll(async () => {
		const t = await createTestDatabase();
		setCurrentDatabase(t.handle);
		db = t.handle.db;
		dispose = async () => (setCurrentDatabase(undefined), await t.dispose());
		const [conf] = await db.select().from(conference);
		conferenceId = conf!.id;
		secretariatId = (await db.select().from(user).where(eq(user.username, 'thuky')))[0]!.id;
		units = await db
			.select({ id: unit.id, uploadTokenVersion: unit.uploadTokenVersion })
			.from(unit)
			.orderBy(unit.position);
		const dueAt = new Date(Date.now() + 2 * 86_400_000);
		const [a, b] = await db
			.insert(documentRequest)
			.values([
				{ conferenceId, kind: 'report', title: 'Báo cáo kiểm thử', dueAt, position: 90 },
				{ conferenceId, kind: 'speech', title: 'Tham luận của đơn vị khác', dueAt, position: 91 }
			])
			.returning({ id: documentRequest.id });
		report = a!.id;
		othersOnly = b!.id;
		await db.insert(documentRequestUnit).values([
			{ requestId: report, unitId: units[0]!.id },
			{ requestId: report, unitId: units[1]!.id },
			{ requestId: othersOnly, unitId: units[1]!.id }
		]);
	});
	afterAll(() => dispose());

	function unitRequest(
		token: string,
		query: string,
		body: BodyInit | null,
		headers: Record<string, string> = {}
	) {
		const url = new URL(`${ORIGIN}/u/${token}/upload${query}`);
		const request = new Request(url, {
			method: 'POST',
			body,
			headers: {
				origin: ORIGIN,
				'content-type': 'application/octet-stream',
				'x-file-name': encodeURIComponent('Báo cáo sơ kết.docx'),
				...headers
			},
			// @ts-expect-error Node's fetch needs it for a streamed body
			duplex: 'half'
		});
		return unitPost({
			request,
			url,
			params: { token },
			getClientAddress: () => '10.1.2.3'
		} as unknown as Parameters<typeof unitPost>[0]);
	}

	async function answer(res: Response) {
		return {
			status: res.status,
			body: (await res.json()) as { receipt?: UploadReceipt; message?: string }
		};
	}

	const storedVersions = async () =>
		(await db.select({ n: count() }).from(submissionVersion))[0]!.n;
	const tokenOf = async (index: number) => {
		const [row] = await db
			.select({ id: unit.id, uploadTokenVersion: unit.uploadTokenVersion })
			.from(unit)
			.where(eq(unit.id, units[index]!.id));
		return unitTokenOf(row!);
	};

	it('takes a real .docx through the unit link and answers the receipt with its code and text', async () => {
		const bytes = await buildDocx('BÁO CÁO SƠ KẾT', 'Đã tiếp nhận 1.245 hồ sơ.');
		const first = await answer(await unitRequest(await tokenOf(0), `?request=${report}`, bytes));
		expect(first.status).toBe(200);
		expect(first.body.receipt).toMatchObject({
			version: 1,
			created: true,
			late: false,
			fileName: 'Báo cáo sơ kết.docx',
			extraction: 'text'
		});
		expect(first.body.receipt!.code).toBe(first.body.receipt!.sha256.slice(0, 6).toUpperCase());
		expect(first.body.receipt!.html).toContain('Đã tiếp nhận 1.245 hồ sơ.');
		expect(first.body.receipt).not.toHaveProperty('bytes');

		const again = await answer(await unitRequest(await tokenOf(0), `?request=${report}`, bytes));
		expect(again.status).toBe(200);
		expect(again.body.receipt).toMatchObject({ version: 1, created: false });
		const stored = await db
			.select({ byUserId: submissionVersion.byUserId })
			.from(submissionVersion)
			.where(eq(submissionVersion.submissionId, first.body.receipt!.submissionId));
		expect(stored).toEqual([{ byUserId: null }]);
	});

	it('refuses every bad file with its status and a Vietnamese message, storing nothing', async () => {
		const before = await storedVersions();
		const token = await tokenOf(1);
		const cases: [BodyInit | null, number][] = [
			[new Uint8Array(0), 400],
			[OLD_DOC_BYTES, 415],
			[EXE_BYTES, 415],
			[new TextEncoder().encode('chỉ là chữ, không phải tệp Word'), 415]
		];
		for (const [body, status] of cases) {
			const res = await answer(await unitRequest(token, `?request=${report}`, body));
			expect(res.status, String(status)).toBe(status);
			expect(res.body.message).toMatch(VIETNAMESE);
		}
		// Over the limit: refused while streaming (the limit made small for the test).
		vi.stubEnv('HOINGHI_UPLOAD_MAX_MB', '1');
		try {
			const big = new Uint8Array(1024 * 1024 + 10);
			big.set([0x50, 0x4b, 0x03, 0x04]);
			const res = await answer(
				await unitRequest(token, `?request=${report}`, new Blob([big]).stream())
			);
			expect(res.status).toBe(413);
			expect(res.body.message).toMatch(VIETNAMESE);
		} finally {
			vi.unstubAllEnvs();
		}
		expect(await storedVersions()).toBe(before);
	});

	it('reaches only its own unit: another unit’s request is 404, a bad query 400, a revoked or made-up token 404', async () => {
		const before = await storedVersions();
		const bytes = await buildDocx('Tham luận', 'Nội dung');
		const notOurs = await answer(
			await unitRequest(await tokenOf(0), `?request=${othersOnly}`, bytes)
		);
		expect(notOurs.status).toBe(404);
		expect(notOurs.body.message).toMatch(VIETNAMESE);
		for (const query of ['', '?request=abc', '?request=0', '?request=99999999999']) {
			const res = await answer(await unitRequest(await tokenOf(0), query, bytes));
			expect(res.status, query).toBe(400);
			expect(res.body.message).toMatch(VIETNAMESE);
		}
		const noName = await answer(
			await unitRequest(await tokenOf(0), `?request=${report}`, bytes, { 'x-file-name': '' })
		);
		expect(noName).toEqual({
			status: 400,
			body: { message: 'Thiếu tên tệp. Vui lòng chọn lại tệp rồi gửi.' }
		});
		const controlInName = await answer(
			await unitRequest(await tokenOf(0), `?request=${report}`, bytes, {
				'x-file-name': encodeURIComponent('bao\u0007cao.docx')
			})
		);
		expect(controlInName.status).toBe(400);
		expect(controlInName.body.message).toMatch(VIETNAMESE);

		const old = await tokenOf(1);
		await reissueUnitLink(db, { userId: secretariatId, address: null }, conferenceId, units[1]!.id);
		for (const token of [old, 'a'.repeat(26), 'not-a-token']) {
			const res = await answer(await unitRequest(token, `?request=${report}`, bytes));
			expect(res.status).toBe(404);
			expect(res.body.message).toBe('Liên kết không hợp lệ hoặc đã bị thu hồi');
		}
		const fresh = await answer(await unitRequest(await tokenOf(1), `?request=${report}`, bytes));
		expect(fresh.status).toBe(200);
		expect(await storedVersions()).toBe(before + 1);
	});

	it('refuses a post from another site and a closed request (409), storing nothing', async () => {
		const before = await storedVersions();
		const bytes = await buildDocx('Khác', 'Bản gửi từ trang khác');
		const cross = await answer(
			await unitRequest(await tokenOf(0), `?request=${report}`, bytes, {
				origin: 'https://evil.example'
			})
		);
		expect(cross.status).toBe(403);
		expect(cross.body.message).toMatch(VIETNAMESE);
		await db
			.update(documentRequest)
			.set({ closedAt: new Date() })
			.where(eq(documentRequest.id, report));
		const closed = await answer(await unitRequest(await tokenOf(0), `?request=${report}`, bytes));
		expect(closed.status).toBe(409);
		expect(closed.body.message).toBe(
			'Yêu cầu này đã khóa, không nhận thêm tệp. Vui lòng liên hệ Văn phòng.'
		);
		await db.update(documentRequest).set({ closedAt: null }).where(eq(documentRequest.id, report));
		expect(await storedVersions()).toBe(before);
	});

	it('lets the secretariat send a file for a unit, naming who sent it', async () => {
		const [conf] = await db.select().from(conference);
		const url = new URL(
			`${ORIGIN}/admin/documents/upload?request=${othersOnly}&unit=${units[1]!.id}`
		);
		const request = new Request(url, {
			method: 'POST',
			body: await buildDocx('Tham luận', 'Gửi qua Zalo, Văn phòng nộp thay'),
			headers: { origin: ORIGIN, 'x-file-name': encodeURIComponent('tham-luan.docx') }
		});
		const event = {
			request,
			url,
			params: {},
			locals: { user: { id: secretariatId, role: 'secretariat' }, conference: async () => conf },
			getClientAddress: () => '127.0.0.1'
		};
		currentEvent = event;
		const res = await answer(
			await officePost(event as unknown as RequestEvent as Parameters<typeof officePost>[0])
		);
		expect(res.status).toBe(200);
		expect(res.body.receipt).toMatchObject({ version: 1, created: true });
		const [stored] = await db
			.select({ byUserId: submissionVersion.byUserId })
			.from(submissionVersion)
			.where(eq(submissionVersion.submissionId, res.body.receipt!.submissionId));
		expect(stored!.byUserId).toBe(secretariatId);

		const badUnit = new URL(`${ORIGIN}/admin/documents/upload?request=${othersOnly}&unit=x`);
		currentEvent = {
			...event,
			url: badUnit,
			request: new Request(badUnit, { method: 'POST', body: 'x' })
		};
		const refused = await answer(
			await officePost(currentEvent as Parameters<typeof officePost>[0])
		);
		expect(refused.status).toBe(400);
		expect(refused.body.message).toMatch(/mã đơn vị/);
	});
});
