/**
 * The browser's own form checks (required, a too-long text, a number out of range, a pattern)
 * speak the browser's language: "Please fill out this field." This gives each failed check its
 * Vietnamese sentence; src/lib/client/validation.ts sets it on the field (setCustomValidity) for
 * every form of the app.
 */
export interface ValidityLike {
	valueMissing: boolean;
	typeMismatch: boolean;
	patternMismatch: boolean;
	tooLong: boolean;
	tooShort: boolean;
	rangeUnderflow: boolean;
	rangeOverflow: boolean;
	stepMismatch: boolean;
	badInput: boolean;
}

export interface FieldLike {
	type: string;
	value: string;
	minLength: number;
	maxLength: number;
	min: string;
	max: string;
	/** The field's own wording of its format (the title attribute), used for a pattern mismatch. */
	title: string;
}

export function vietnameseValidityMessage(v: ValidityLike, f: FieldLike): string {
	if (v.valueMissing) {
		if (f.type === 'file') return 'Vui lòng chọn tệp.';
		if (f.type === 'checkbox' || f.type === 'radio' || f.type === 'select-one')
			return 'Vui lòng chọn một mục.';
		return 'Vui lòng nhập thông tin vào ô này.';
	}
	if (v.typeMismatch) {
		if (f.type === 'email') return 'Email chưa đúng, ví dụ: ten@example.vn.';
		if (f.type === 'url') return 'Địa chỉ chưa đúng, ví dụ: https://example.vn.';
		return 'Giá trị chưa đúng định dạng.';
	}
	if (v.patternMismatch)
		return f.title ? `Chưa đúng định dạng: ${f.title}.` : 'Giá trị chưa đúng định dạng.';
	if (v.tooLong) return `Quá dài: tối đa ${f.maxLength} ký tự (hiện có ${f.value.length}).`;
	if (v.tooShort) return `Quá ngắn: cần ít nhất ${f.minLength} ký tự (hiện có ${f.value.length}).`;
	if (v.badInput) return 'Vui lòng nhập một số.';
	if (v.rangeUnderflow) return `Giá trị nhỏ nhất là ${f.min}.`;
	if (v.rangeOverflow) return `Giá trị lớn nhất là ${f.max}.`;
	if (v.stepMismatch) return 'Vui lòng nhập một số nguyên.';
	return 'Giá trị chưa hợp lệ.';
}
