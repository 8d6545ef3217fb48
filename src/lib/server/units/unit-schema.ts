import { z } from 'zod';
import { cleanText, emailField, phoneField } from '$lib/domain/fields';

/** A unit as the secretariat types it: name, who leads it, how to reach it. */
export const unitInputSchema = z.object({
	name: cleanText(200, 'Tên đơn vị tối đa 200 ký tự.', { required: 'Vui lòng nhập tên đơn vị.' }),
	leader: cleanText(200, 'Người đứng đầu tối đa 200 ký tự.'),
	phone: phoneField((typed) => `Số điện thoại “${typed}” không đúng (ví dụ đúng: 0912 345 678).`),
	email: emailField(() => 'Địa chỉ email không đúng.')
});
export type UnitInput = z.output<typeof unitInputSchema>;

export const UNIT_FIELDS = ['name', 'leader', 'phone', 'email'] as const;
