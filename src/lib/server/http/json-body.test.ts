import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RuleError, TooLargeError } from './errors';
import { NOT_JSON_MESSAGE, parseJson, readJson } from './json-body';

const schema = z.object({ n: z.number({ error: 'Cần một số.' }) });
const post = (body: string) => ({ request: new Request('http://x/', { method: 'POST', body }) });

describe('readJson: the one reader of a JSON body', () => {
	it('gives the parsed value', async () => {
		expect(await readJson(post('{"n":1}'), schema, { maxBytes: 100 })).toEqual({ n: 1 });
	});

	it('refuses text that is not JSON (400), with the endpoint’s words when it has its own', async () => {
		await expect(readJson(post('{"n":'), schema, { maxBytes: 100 })).rejects.toEqual(
			new RuleError(NOT_JSON_MESSAGE)
		);
		await expect(
			readJson(post(''), schema, { maxBytes: 100, notJson: 'Không phải JSON.' })
		).rejects.toThrow('Không phải JSON.');
	});

	it('answers a value the schema refuses with the schema’s message', async () => {
		await expect(readJson(post('{"n":"x"}'), schema, { maxBytes: 100 })).rejects.toThrow(
			'Cần một số.'
		);
	});

	it('refuses a body over maxBytes (counted in bytes) with a 413', async () => {
		const refused = await readJson(post(`{"n":1,"s":"${'ệ'.repeat(40)}"}`), schema, {
			maxBytes: 100,
			tooLarge: 'Quá lớn.'
		}).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(TooLargeError);
		expect(refused).toMatchObject({ status: 413, message: 'Quá lớn.' });
	});

	it('parseJson: one message for anything unreadable when the page wrote the value', () => {
		expect(() => parseJson('{"n":"x"}', schema, { unreadable: 'Tải lại trang.' })).toThrow(
			'Tải lại trang.'
		);
		expect(() => parseJson('{', schema, { unreadable: 'Tải lại trang.' })).toThrow(
			'Tải lại trang.'
		);
	});
});
