import { describe, expect, it } from 'vitest';
import { vietnameseValidityMessage, type FieldLike, type ValidityLike } from './validity';

const ok: ValidityLike = {
	valueMissing: false,
	typeMismatch: false,
	patternMismatch: false,
	tooLong: false,
	tooShort: false,
	rangeUnderflow: false,
	rangeOverflow: false,
	stepMismatch: false,
	badInput: false
};
const field = (over: Partial<FieldLike> = {}): FieldLike => ({
	type: 'text',
	value: '',
	minLength: -1,
	maxLength: -1,
	min: '',
	max: '',
	title: '',
	...over
});

describe('vietnameseValidityMessage', () => {
	it('asks for a missing value in Vietnamese, by kind of field', () => {
		expect(vietnameseValidityMessage({ ...ok, valueMissing: true }, field())).toBe(
			'Vui lòng nhập thông tin vào ô này.'
		);
		expect(vietnameseValidityMessage({ ...ok, valueMissing: true }, field({ type: 'file' }))).toBe(
			'Vui lòng chọn tệp.'
		);
		expect(
			vietnameseValidityMessage({ ...ok, valueMissing: true }, field({ type: 'select-one' }))
		).toBe('Vui lòng chọn một mục.');
	});

	it('explains a wrong email, a format with the field’s own wording, and lengths and ranges with their numbers', () => {
		expect(
			vietnameseValidityMessage({ ...ok, typeMismatch: true }, field({ type: 'email' }))
		).toContain('Email chưa đúng');
		expect(
			vietnameseValidityMessage(
				{ ...ok, patternMismatch: true },
				field({ title: 'ngày/tháng/năm, ví dụ 24/04/2026' })
			)
		).toBe('Chưa đúng định dạng: ngày/tháng/năm, ví dụ 24/04/2026.');
		expect(
			vietnameseValidityMessage({ ...ok, tooShort: true }, field({ minLength: 8, value: 'abc' }))
		).toBe('Quá ngắn: cần ít nhất 8 ký tự (hiện có 3).');
		expect(
			vietnameseValidityMessage(
				{ ...ok, rangeUnderflow: true },
				field({ type: 'number', min: '1' })
			)
		).toBe('Giá trị nhỏ nhất là 1.');
		expect(
			vietnameseValidityMessage(
				{ ...ok, rangeOverflow: true },
				field({ type: 'number', max: '600' })
			)
		).toBe('Giá trị lớn nhất là 600.');
	});
});
