// The chair's commands as POST /api/meeting reads them (server side). Browser code imports the
// types and plain functions of ./meeting, never this module, so zod stays out of the hall's screens.
import { z } from './zod';
import { dbId, textField } from './fields';
import { MESSAGE_MAX, PROJECTOR_SCREENS, type MeetingCommand } from './meeting';
import { MINUTE_MS } from './timer';

const itemId = dbId('Nội dung không hợp lệ.');
const fromItem = itemId.nullable().optional();

/** One press on the chair's console: a MeetingCommand (./meeting), checked against that type. */
export const meetingCommandSchema = z.discriminatedUnion(
	'action',
	[
		z.object({ action: z.literal('start') }),
		z.object({ action: z.literal('pause') }),
		z.object({ action: z.literal('resume') }),
		z.object({ action: z.literal('reset') }),
		z.object({ action: z.literal('stop') }),
		z.object({
			action: z.literal('extend'),
			ms: z
				.number({ error: 'Thời gian thêm bớt phải là số mili giây.' })
				.int('Thời gian thêm bớt phải là số mili giây.')
				.min(-60 * MINUTE_MS, 'Mỗi lần bớt không quá 60 phút.')
				.max(60 * MINUTE_MS, 'Mỗi lần thêm không quá 60 phút.')
		}),
		z.object({ action: z.literal('next'), fromItemId: fromItem }),
		z.object({ action: z.literal('previous'), fromItemId: fromItem }),
		z.object({ action: z.literal('goto'), itemId }),
		z.object({
			action: z.literal('screen'),
			screen: z.enum(PROJECTOR_SCREENS, { error: 'Màn hình chiếu không hợp lệ.' })
		}),
		/** "Kết thúc hội nghị": stops the timer and records the end time; "Mở lại hội nghị" undoes it. */
		z.object({ action: z.literal('end') }),
		z.object({ action: z.literal('reopen') }),
		z.object({
			action: z.literal('message'),
			message: textField('Lời nhắn phải là chữ.')
				.trim()
				.max(MESSAGE_MAX, `Lời nhắn không quá ${MESSAGE_MAX} ký tự.`)
		})
	],
	{ error: 'Thao tác không hợp lệ.' }
) satisfies z.ZodType<MeetingCommand>;
