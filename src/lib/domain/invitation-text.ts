import { formatDayInText } from './dates';

/**
 * Where a giấy mời note wants the units' deadline, the secretariat writes this instead of a date;
 * the letter prints the conference's current deadline there, so moving it (or the conference,
 * which moves it) never leaves a stale date in the text.
 */
export const DUE_DATE_PLACEHOLDER = '[hạn nộp]';

/** Room to write a date in by hand when none is set. */
const BLANK_DATE = '…/…/……';

/** The notes as printed: each placeholder (any letter case) replaced by the deadline "22/4/2026". */
export function fillInvitationNotes(notes: string[], submissionsDueOn: string | null): string[] {
	const date = submissionsDueOn ? formatDayInText(submissionsDueOn) : BLANK_DATE;
	const placeholder = new RegExp(DUE_DATE_PLACEHOLDER.replace(/[[\]]/g, '\\$&'), 'giu');
	return notes.map((n) => n.replace(placeholder, date));
}
