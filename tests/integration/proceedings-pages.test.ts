// The kỷ yếu pages on the built app: the secretariat's form actions refuse bad input
// with a Vietnamese 4xx before touching the database and keep a good choice, which the delegates'
// web kỷ yếu then follows; the delegate's page is reached only through a valid personal link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveInviteToken } from '$lib/domain/invite-token';
import { signIn, startTestApp, VIETNAMESE } from './app-client';

const PAGE = '/admin/proceedings';

describe('the kỷ yếu pages (built app, demo conference)', () => {
	let app: Awaited<ReturnType<typeof startTestApp>>;
	const cookies: Record<string, string> = {};
	beforeAll(async () => {
		app = await startTestApp();
		for (const who of ['thuky', 'chutich']) cookies[who] = await signIn(app.url, who);
	}, 120_000);
	afterAll(() => app?.stop());

	/** A form action as use:enhance sends it; SvelteKit answers `{ type, status, data }`. */
	async function post(
		action: string,
		fields: Record<string, string>,
		cookie: string | undefined = cookies.thuky
	) {
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
		const body = res.headers.get('content-type')?.includes('json')
			? ((await res.json()) as { type: string; status?: number; data?: string; location?: string })
			: null;
		return { status: res.status, body, text: body?.data ?? '' };
	}
	const delegatePage = (token: string) =>
		fetch(`${app.url}/d/${token}/proceedings`, { headers: { accept: 'text/html' } });
	const token = () =>
		deriveInviteToken(new TextEncoder().encode(process.env.HOINGHI_SECRET!), 1, 1);

	it('refuses a choice that does not read, in Vietnamese, and keeps none of it', async () => {
		for (const choice of [
			'không phải JSON',
			JSON.stringify({ omittedParts: ['cover'] }),
			JSON.stringify({ omittedDocuments: [-1] }),
			''
		]) {
			const { body, text } = await post('save', { choice });
			expect(body?.type, choice).toBe('failure');
			expect(body?.status).toBe(400);
			expect(text).toContain('Không đọc được lựa chọn gửi lên');
			expect(text).toMatch(VIETNAMESE);
		}
		const html = await (await delegatePage(token())).text();
		expect(html).toContain('I. Kế hoạch tổ chức hội nghị');
	});

	it('keeps a good choice, and the delegates’ kỷ yếu follows it with the parts renumbered', async () => {
		const saved = await post('save', {
			choice: JSON.stringify({ omittedParts: ['plan', 'minutes'], omittedDocuments: [], order: {} })
		});
		expect(saved.body?.type).toBe('success');
		expect(saved.text).toContain('Đã lưu lựa chọn.');
		const res = await delegatePage(token());
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('I. Chương trình hội nghị');
		expect(html).toContain('III. Tham luận');
		expect(html).not.toContain('Kế hoạch tổ chức hội nghị');
		expect(html).not.toContain('Thông báo kết luận và biên bản hội nghị');
		expect(html).toContain('Phụ lục: Danh sách đại biểu tham dự');
	});

	it('revokes only a document the page offers; a bad or unknown id is a Vietnamese 4xx', async () => {
		const bad = await post('revoke', { submissionId: 'abc' });
		expect(bad.body?.status).toBe(400);
		expect(bad.text).toMatch(VIETNAMESE);
		const unknown = await post('revoke', { submissionId: '999999' });
		expect(unknown.body?.status).toBe(404);
		expect(unknown.text).toContain('Không tìm thấy tài liệu này');
	});

	it('lets only the secretariat save or revoke', async () => {
		const chair = await post('save', { choice: JSON.stringify({}) }, cookies.chutich);
		expect(chair.status).toBe(403);
		// Signed out: sent to the login page (as a form action's answer), nothing saved.
		const none = await post('save', { choice: JSON.stringify({}) }, '');
		expect(none.body).toMatchObject({
			type: 'redirect',
			status: 303,
			location: expect.stringMatching(/^\/login\?redirect=/)
		});
		const revoke = await post('revoke', { submissionId: '1' }, cookies.chutich);
		expect(revoke.status).toBe(403);
		const html = await (await delegatePage(token())).text();
		expect(html).toContain('I. Chương trình hội nghị');
	});

	it('answers a wrong delegate link with the invalid-link page, never a volume', async () => {
		const res = await delegatePage('khong-phai-ma-moi-hop-le-123');
		expect(res.status).toBe(404);
		const html = await res.text();
		expect(html).toContain('Liên kết không hợp lệ hoặc đã bị thu hồi');
		expect(html).not.toContain('Mục lục');
	});
});
