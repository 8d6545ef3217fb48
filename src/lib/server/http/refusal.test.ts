import { isRedirect, redirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { attempt, attemptJson, done } from './actions';
import { NotFoundError, RuleError } from './errors';

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
	it('answers { message } with 409 for a rule and 404 for a gone row', async () => {
		const rule = await attemptJson(
			() => Promise.reject(new RuleError('Nội dung này không còn trong chương trình.')),
			GONE
		);
		expect(rule.status).toBe(409);
		expect(await rule.json()).toEqual({ message: 'Nội dung này không còn trong chương trình.' });
		const gone = await attemptJson(() => Promise.reject(new NotFoundError()), GONE);
		expect(gone.status).toBe(404);
		expect(await gone.json()).toEqual({ message: GONE });
	});
});
