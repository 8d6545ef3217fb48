// The agenda form's boundary: the schema the secretariat's edits are read with (server side).
// The programme's types and plain functions are in ./programme, which browser code imports, so zod
// stays out of the projector's and delegates' pages.
import { z } from './zod';
import { postedDbId, textField } from './fields';
import { AGENDA_KINDS, MAX_ITEM_MINUTES, TITLE_MAX } from './programme';

const text = (max: number, message: string) =>
	textField(message)
		.trim()
		.max(max, message)
		.transform((s) => s.replace(/\s+/g, ' '));

const optionalId = (message: string) =>
	z
		.union([z.literal(''), postedDbId(message)], { error: message })
		.optional()
		.transform((v) => (v === '' || v === undefined ? null : v));

/** One agenda item as the secretariat's form sends it. */
export const agendaItemSchema = z.object({
	kind: z.enum(AGENDA_KINDS, { error: 'Vui lòng chọn loại nội dung.' }),
	title: text(TITLE_MAX, `Tên nội dung không quá ${TITLE_MAX} ký tự.`).refine(
		(s) => s.length > 0,
		'Vui lòng nhập tên nội dung.'
	),
	presenter: text(200, 'Người trình bày không quá 200 ký tự.'),
	/** A delegate or a unit chosen from the lists; '' for none. */
	delegateId: optionalId('Đại biểu đã chọn không hợp lệ.'),
	unitId: optionalId('Đơn vị đã chọn không hợp lệ.'),
	plannedMinutes: z.coerce
		.number({ error: 'Thời lượng phải là số phút.' })
		.int('Thời lượng phải là số phút nguyên.')
		.min(0, 'Thời lượng không được âm.')
		.max(MAX_ITEM_MINUTES, `Thời lượng không quá ${MAX_ITEM_MINUTES} phút.`),
	chairNotes: textField().trim().max(2000, 'Ghi chú cho chủ trì không quá 2000 ký tự.').default('')
});
export type AgendaItemInput = z.output<typeof agendaItemSchema>;
