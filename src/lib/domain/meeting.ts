import { idleTimer, type TimerState } from './timer';

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

export type { MeetingCommand } from './meeting-schema';
