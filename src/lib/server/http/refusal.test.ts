import { isRedirect, redirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { done } from './actions';
import { attempt, attemptJson } from './refusal';
import { ConflictError, NotFoundError, RuleError, TooLargeError } from './errors';

const GONE = 'Không tìm thấy mục này (có thể đã bị xóa).';

describe('attempt: the one answer of a form action to a refusal', () => {
	it('gives back what the change returns', async () => {
		expect(await attempt(() => Promise.resolve().then(done('Đã lưu.')), GONE)).toEqual({
			success: 'Đã lưu.'
		});
	});

	it('answers a broken rule with a 400, its message and the extra fields', async () => {
		const failed = await attempt(
			() => Promise.reject(new RuleError('Đã có thành phần này.')),
			GONE,
			{ values: { name: 'A' } }
		);
		expect(failed).toMatchObject({
			status: 400,
			data: { message: 'Đã có thành phần này.', values: { name: 'A' } }
		});
	});

	it('answers a stale page with a 409', async () => {
		expect(await attempt(() => Promise.reject(new ConflictError('Cũ.')), GONE)).toMatchObject({
			status: 409,
			data: { message: 'Cũ.' }
		});
	});

	it('answers a gone row with a 404: its own message, else the page’s', async () => {
		expect(await attempt(() => Promise.reject(new NotFoundError()), GONE)).toMatchObject({
			status: 404,
			data: { message: GONE }
		});
		const own = await attempt(
			() => Promise.reject(new NotFoundError('Không tìm thấy đại biểu này.')),
			GONE
		);
		expect(own).toMatchObject({ status: 404, data: { message: 'Không tìm thấy đại biểu này.' } });
	});

	it('lets redirects and unexpected errors through', async () => {
		const redirected = await attempt(async () => redirect(303, '/admin'), GONE).catch(
			(e: unknown) => e
		);
		expect(isRedirect(redirected)).toBe(true);
		await expect(attempt(() => Promise.reject(new TypeError('lỗi')), GONE)).rejects.toBeInstanceOf(
			TypeError
		);
	});
});

describe('attemptJson: the same for a JSON endpoint', () => {
	it('answers { message } with the refusal’s own status: 409 for a conflict, 404 for a gone row', async () => {
		const conflict = await attemptJson(
			() => Promise.reject(new ConflictError('Nội dung này không còn trong chương trình.')),
			GONE
		);
		expect(conflict.status).toBe(409);
		expect(conflict.headers.get('cache-control')).toBe('no-store');
		expect(await conflict.json()).toEqual({
			message: 'Nội dung này không còn trong chương trình.'
		});
		const rule = await attemptJson(() => Promise.reject(new RuleError('Sai.')), GONE);
		expect(rule.status).toBe(400);
		const large = await attemptJson(() => Promise.reject(new TooLargeError('Lớn.')), GONE);
		expect(large.status).toBe(413);
		const gone = await attemptJson(() => Promise.reject(new NotFoundError()), GONE);
		expect(gone.status).toBe(404);
		expect(await gone.json()).toEqual({ message: GONE });
	});
});

describe('attemptJson: a refusal with no words at all', () => {
	it('still says something in Vietnamese', async () => {
		const res = await attemptJson(() => Promise.reject(new NotFoundError()));
		expect(res.status).toBe(404);
		expect((await res.json()).message).toMatch(/^Không tìm thấy nội dung này/);
	});
});
