import { describe, expect, it } from 'vitest';
import { cleanText, dbId, optionalText, postedDbId, textField } from './fields';
import { CONTROL_CHARACTER_MESSAGE } from './text';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
	result.error?.issues[0]?.message;

describe('shared field primitives', () => {
	it('refuse control characters in every string, keeping tab and line breaks', () => {
		expect(firstMessage(textField('Thiếu').safeParse('a\u0000b'))).toBe(CONTROL_CHARACTER_MESSAGE);
		expect(firstMessage(cleanText(10, 'Dài').safeParse('a\u007fb'))).toBe(
			CONTROL_CHARACTER_MESSAGE
		);
		expect(textField().safeParse('dòng 1\r\n\tdòng 2').success).toBe(true);
		expect(firstMessage(textField('Thiếu tên').safeParse(undefined))).toBe('Thiếu tên');
	});

	it('trim, measure and normalise to NFC; optional text stores "" as null', () => {
		expect(cleanText(10, 'Dài').parse('  Hoa\u0300  ')).toBe('Hoà');
		expect(firstMessage(cleanText(3, 'Tối đa 3 ký tự.').safeParse('abcd'))).toBe('Tối đa 3 ký tự.');
		expect(firstMessage(cleanText(3, 'Dài', { required: 'Vui lòng nhập.' }).safeParse('   '))).toBe(
			'Vui lòng nhập.'
		);
		expect(optionalText(10).parse('  ')).toBeNull();
		expect(
			cleanText(3, { error: (issue) => `${String(issue.input).length} ký tự` }).safeParse('abcde')
				.error?.issues[0]?.message
		).toBe('5 ký tự');
	});

	it('take a database id from JSON as a number and from a form as text', () => {
		expect(dbId('Sai').parse(7)).toBe(7);
		for (const bad of [0, -1, 1.5, 2_147_483_648, '7'])
			expect(firstMessage(dbId('Sai', 'Thiếu').safeParse(bad))).toBe(bad === '7' ? 'Thiếu' : 'Sai');
		expect(postedDbId('Sai').parse('12')).toBe(12);
		for (const bad of ['', 'abc', '0', '1e12'])
			expect(firstMessage(postedDbId('Sai').safeParse(bad))).toBe('Sai');
	});
});
