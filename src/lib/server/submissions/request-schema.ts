// The document request form: the schema the secretariat's request is read with.
import { DOCUMENT_KINDS } from '$lib/domain/documents';
import { cleanText, optionalText, postedDbId } from '$lib/domain/fields';
import { z } from '$lib/domain/zod';
import { dateTimeField } from '../conference-settings-schema';

const optionalId = (message: string) =>
	z
		.union([z.literal(''), postedDbId(message)], { error: message })
		.transform((v) => (v === '' ? null : v));

/** A request as the secretariat's form sends it; `unitIds` are the ticked boxes. */
export const requestSchema = z
	.object({
		kind: z.enum(DOCUMENT_KINDS, { error: 'Vui lòng chọn loại tài liệu.' }),
		title: cleanText(300, 'Tên tài liệu tối đa 300 ký tự.', {
			required: 'Vui lòng nhập tên tài liệu phải nộp.'
		}),
		dueAt: dateTimeField('hạn nộp'),
		unitIds: z
			.array(postedDbId('Đơn vị đã chọn không hợp lệ.'))
			.min(1, 'Vui lòng chọn ít nhất một đơn vị phải nộp.')
			.max(500, 'Chọn quá nhiều đơn vị.')
			.transform((ids) => [...new Set(ids)]),
		topic: optionalText(500, 'Chủ đề tham luận tối đa 500 ký tự.'),
		agendaItemId: optionalId('Nội dung chương trình đã chọn không hợp lệ.')
	})
	// The topic and the programme item belong to a tham luận only; another kind keeps neither.
	.transform((r) => (r.kind === 'speech' ? r : { ...r, topic: null, agendaItemId: null }));
export type RequestInput = z.output<typeof requestSchema>;

/** The form's text fields (the unit boxes are read apart, with getAll). */
export const REQUEST_FIELDS = ['kind', 'title', 'dueAt', 'topic', 'agendaItemId'] as const;
