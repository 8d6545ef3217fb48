import { z } from './zod';
import { dbId, cleanText, textField } from './fields';
import {
	CONCLUSION_MAX,
	CONCLUSIONS_MAX,
	FLOOR_SPEAKERS_MAX,
	NOTES_MAX,
	SPEAKER_NAME_MAX,
	SPEAKER_UNIT_MAX
} from './minutes';

// The body of POST /api/minutes/notes (a NoteSave). Its own module, as the architecture asks of
// schemas, so the notes screen's plain helpers (./minutes-notes.ts) never bring zod along.

const count = (n: number) => n.toLocaleString('vi-VN');

const speakerSchema = z.object(
	{
		delegateId: dbId('Đại biểu phát biểu không hợp lệ.').nullable(),
		name: cleanText(SPEAKER_NAME_MAX, `Tên người phát biểu dài quá ${SPEAKER_NAME_MAX} ký tự.`, {
			required: 'Vui lòng nhập tên người phát biểu.',
			error: 'Tên người phát biểu không hợp lệ.'
		}),
		unit: cleanText(
			SPEAKER_UNIT_MAX,
			`Chức vụ, đơn vị của người phát biểu dài quá ${SPEAKER_UNIT_MAX} ký tự.`,
			{
				error: 'Chức vụ, đơn vị của người phát biểu không hợp lệ.'
			}
		)
	},
	{ error: 'Người phát biểu không hợp lệ.' }
);

/**
 * Notes and conclusions keep their spaces and blank lines as typed (the secretary is mid-sentence);
 * only NFC, so the same words compare equal from any keyboard.
 */
export const noteSaveSchema = z.object(
	{
		itemId: dbId('Mục chương trình không hợp lệ.', 'Thiếu mục chương trình.'),
		baseRevision: z
			.number({ error: 'Thiếu số lần lưu của nội dung.' })
			.int('Số lần lưu không hợp lệ.')
			.min(0, 'Số lần lưu không hợp lệ.'),
		notes: textField('Nội dung ghi chép không hợp lệ.')
			.max(
				NOTES_MAX,
				`Nội dung ghi chép của một mục dài quá ${count(NOTES_MAX)} ký tự. Vui lòng rút gọn hoặc chuyển bớt sang mục khác.`
			)
			.transform((v) => v.normalize('NFC')),
		floorSpeakers: z
			.array(speakerSchema, { error: 'Danh sách người phát biểu không hợp lệ.' })
			.max(FLOOR_SPEAKERS_MAX, `Một mục ghi được tối đa ${FLOOR_SPEAKERS_MAX} người phát biểu.`),
		conclusions: z
			.array(
				textField('Nội dung kết luận không hợp lệ.')
					.max(CONCLUSION_MAX, `Một ý kết luận dài quá ${count(CONCLUSION_MAX)} ký tự.`)
					.transform((v) => v.normalize('NFC')),
				{ error: 'Danh sách kết luận không hợp lệ.' }
			)
			.max(CONCLUSIONS_MAX, `Kết luận có tối đa ${CONCLUSIONS_MAX} ý.`)
	},
	{ error: 'Nội dung gửi lên không hợp lệ.' }
);
