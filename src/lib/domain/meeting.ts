import { z } from './zod';
import { dbId, textField } from './fields';
import { idleTimer, MINUTE_MS, type TimerState } from './timer';

/** What every screen in the hall shows: the timed item, its timer and the chair's message. */
export interface MeetingSnapshot {
	/** Grows with every change; a screen ignores news older than what it shows. */
	version: number;
	timer: TimerState;
	message: string;
}

/** Before the chair opens the first item. */
export function idleMeeting(): MeetingSnapshot {
	return { version: 0, timer: idleTimer(), message: '' };
}

export const MESSAGE_MAX = 120;
/** Messages the chair sends most, one tap each. */
export const MESSAGE_PRESETS = ['Còn 1 phút', 'Đề nghị kết thúc', 'Xin mời đồng chí tiếp tục', 'Giữ trật tự'] as const;

const itemId = dbId('Nội dung không hợp lệ.');
const fromItem = itemId.nullable().optional();

/**
 * One press on the chair's console. `next`/`previous` name the item the console was showing, so a
 * double tap or a second chair's device pressing at the same moment moves one item, not two.
 */
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
			action: z.literal('message'),
			message: textField('Lời nhắn phải là chữ.').trim().max(MESSAGE_MAX, `Lời nhắn không quá ${MESSAGE_MAX} ký tự.`)
		})
	],
	{ error: 'Thao tác không hợp lệ.' }
);
export type MeetingCommand = z.output<typeof meetingCommandSchema>;
