import { idleTimer, type TimerState } from './timer';

/** What the chair puts on the projector: the timed item, or between items the programme or the hall's check-in QR. */
export const PROJECTOR_SCREENS = ['item', 'programme', 'hall'] as const;
export type ProjectorScreen = (typeof PROJECTOR_SCREENS)[number];

/** What every screen in the hall shows: the timed item, its timer and the chair's message. */
export interface MeetingSnapshot {
	/** Grows with every change; a screen ignores news older than what it shows. */
	version: number;
	timer: TimerState;
	message: string;
	/** The chair's choice for the projector; opening or starting an item brings it back to 'item'. */
	screen: ProjectorScreen;
	/** Server epoch ms at which the chair closed the meeting; null while it runs. */
	endedAt: number | null;
}

/** Before the chair opens the first item. */
export function idleMeeting(): MeetingSnapshot {
	return { version: 0, timer: idleTimer(), message: '', screen: 'item', endedAt: null };
}

/** What the projector draws: the closing screen once the meeting is closed, else the chair's choice (the programme while no item is open). */
export function projectorView(
	meeting: Pick<MeetingSnapshot, 'timer' | 'screen' | 'endedAt'>
): 'closed' | ProjectorScreen {
	if (meeting.endedAt !== null) return 'closed';
	if (meeting.screen === 'item' && meeting.timer.itemId === null) return 'programme';
	return meeting.screen;
}

export const MESSAGE_MAX = 120;
/** Messages the chair sends most, one tap each. */
export const MESSAGE_PRESETS = [
	'Còn 1 phút',
	'Đề nghị kết thúc',
	'Xin mời đồng chí tiếp tục',
	'Giữ trật tự'
] as const;

/**
 * One press on the chair's console, as POST /api/meeting reads it (meetingCommandSchema in
 * ./meeting-schema checks it against this type). `next`/`previous` name the item the console was
 * showing, so a double tap or a second chair's device pressing at the same moment moves one item.
 */
export type MeetingCommand =
	| { action: 'start' | 'pause' | 'resume' | 'reset' | 'stop' | 'end' | 'reopen' }
	| { action: 'extend'; ms: number }
	| { action: 'next' | 'previous'; fromItemId?: number | null }
	| { action: 'goto'; itemId: number }
	| { action: 'screen'; screen: ProjectorScreen }
	| { action: 'message'; message: string };
