import { z } from 'zod';
import { normalizePhone } from '$lib/domain/phone';
import { normalizeName } from '$lib/domain/vietnamese';
import { dbIdSchema } from '../validation';

const optionalText = (max: number, label: string) =>
	z
		.string()
		.trim()
		.max(max, `${label} tối đa ${max} ký tự.`)
		.transform((v) => (v ? v.normalize('NFC') : null));

/** A delegate as the secretariat types it in the form. */
export const delegateInputSchema = z.object({
	fullName: z
		.string()
		.transform(normalizeName)
		.pipe(z.string().min(1, 'Vui lòng nhập họ và tên.').max(120, 'Họ và tên tối đa 120 ký tự.')),
	position: z.string().trim().max(200, 'Chức vụ tối đa 200 ký tự.').transform((v) => v.normalize('NFC')),
	organisation: z.string().trim().max(200, 'Đơn vị tối đa 200 ký tự.').transform((v) => v.normalize('NFC')),
	groupId: dbIdSchema('Vui lòng chọn thành phần.'),
	phone: z
		.string()
		.trim()
		.transform((v, ctx) => {
			if (!v) return null;
			const phone = normalizePhone(v);
			if (!phone) {
				ctx.addIssue({ code: 'custom', message: `Số điện thoại “${v}” không đúng (ví dụ đúng: 0912 345 678).` });
				return z.NEVER;
			}
			return phone;
		}),
	email: z
		.string()
		.trim()
		.transform((v) => v || null)
		.pipe(z.email('Địa chỉ email không đúng.').max(200).nullable()),
	note: optionalText(500, 'Ghi chú')
});
export type DelegateInput = z.output<typeof delegateInputSchema>;

export const replySchema = z.discriminatedUnion('reply', [
	z.object({ reply: z.literal('attending') }),
	z.object({
		reply: z.literal('absent'),
		reason: z
			.string()
			.trim()
			.min(1, 'Vui lòng cho biết lý do vắng mặt.')
			.max(300, 'Lý do tối đa 300 ký tự.')
			.transform((v) => v.normalize('NFC'))
	})
], { error: 'Vui lòng chọn “Tôi sẽ tham dự” hoặc “Tôi vắng mặt”.' });
export type ReplyInput = z.output<typeof replySchema>;

export const groupNameSchema = z
	.string()
	.transform(normalizeName)
	.pipe(z.string().min(1, 'Vui lòng nhập tên thành phần.').max(200, 'Tên thành phần tối đa 200 ký tự.'));
