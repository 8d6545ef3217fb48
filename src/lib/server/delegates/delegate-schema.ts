import { z } from 'zod';
import {
	cleanText,
	emailField,
	optionalText,
	phoneField,
	postedDbId,
	textField
} from '$lib/domain/fields';
import { normalizeName } from '$lib/domain/vietnamese';

/** What a refused delegate field says: the form and the import word it each their own way. */
export interface DelegateMessages {
	tooLong: (label: string, max: number, length: number) => string;
	phone: (typed: string) => string;
	email: (typed: string) => string;
}

const FORM_MESSAGES: DelegateMessages = {
	tooLong: (label, max) => `${label} tối đa ${max} ký tự.`,
	phone: (typed) => `Số điện thoại “${typed}” không đúng (ví dụ đúng: 0912 345 678).`,
	email: () => 'Địa chỉ email không đúng.'
};

/** The delegate's rules, written once: the form and every row of an imported list go through them. */
export function delegateSchema(say: DelegateMessages) {
	const tooLong = (label: string, max: number) => ({
		error: (issue: { input?: unknown }) => say.tooLong(label, max, String(issue.input ?? '').length)
	});
	return z.object({
		fullName: textField()
			.transform(normalizeName)
			.pipe(z.string().min(1, 'Vui lòng nhập họ và tên.').max(120, tooLong('Họ và tên', 120))),
		position: cleanText(200, tooLong('Chức vụ', 200)),
		organisation: cleanText(200, tooLong('Đơn vị', 200)),
		groupId: postedDbId('Vui lòng chọn thành phần.'),
		phone: phoneField(say.phone),
		email: emailField(say.email),
		note: optionalText(500, tooLong('Ghi chú', 500))
	});
}

/** A delegate as the secretariat types it in the form. */
export const delegateInputSchema = delegateSchema(FORM_MESSAGES);
export type DelegateInput = z.output<typeof delegateInputSchema>;

export const replySchema = z.discriminatedUnion(
	'reply',
	[
		z.object({ reply: z.literal('attending') }),
		z.object({
			reply: z.literal('absent'),
			reason: cleanText(300, 'Lý do tối đa 300 ký tự.', {
				required: 'Vui lòng cho biết lý do vắng mặt.'
			})
		})
	],
	{ error: 'Vui lòng chọn “Tôi sẽ tham dự” hoặc “Tôi vắng mặt”.' }
);
export type ReplyInput = z.output<typeof replySchema>;

export const groupNameSchema = textField()
	.transform(normalizeName)
	.pipe(
		z.string().min(1, 'Vui lòng nhập tên thành phần.').max(200, 'Tên thành phần tối đa 200 ký tự.')
	);
