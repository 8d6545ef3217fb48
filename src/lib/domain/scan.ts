import type { DeviceNames } from './devices';
import { REJECT_MESSAGES, type RejectReason } from './checkin';
import { formatTime } from './dates';
import { parseInviteToken } from './invite-token';

/** What a scanned text is, before anything is looked up. Never throws, whatever the camera read. */
export type ScannedText =
	{ kind: 'invite'; token: string } | { kind: 'hall' } | { kind: 'not_app' };

const HALL_LINK = /^https?:\/\/[^/\s]+\/c\/[a-z2-7]{10}\/?(?:[?#].*)?$/i;

export function classifyScannedText(text: string): ScannedText {
	if (typeof text !== 'string' || text.length > 2000) return { kind: 'not_app' };
	const token = parseInviteToken(text);
	if (token) return { kind: 'invite', token };
	if (HALL_LINK.test(text.trim())) return { kind: 'hall' };
	return { kind: 'not_app' };
}

/** A delegate as the scanner keeps it (docs/architecture.md, The offline outbox). */
export interface RosterEntry {
	id: number;
	fullName: string;
	position: string;
	groupName: string;
	tokenHash: string | null;
	isWalkIn: boolean;
	/** The delegate replied they will not come (vắng có lý do). */
	excused: boolean;
	/** Epoch ms of the delegate's first check-in, as far as this device knows. */
	firstAt: number | null;
	firstDeviceId: string | null;
}

/** GET /api/roster: the scanner's offline copy of the delegate list (hashes only, never tokens). */
export interface ScannerRoster {
	conferenceId: number;
	conferenceTitle: string;
	/** Epoch ms when the server read it. */
	generatedAt: number;
	groups: { id: number; name: string }[];
	delegates: RosterEntry[];
	revokedHashes: string[];
	otherConferenceHashes: string[];
	/** The names staff gave their scanners, by device id ("Cửa chính – Lan"). */
	devices: DeviceNames;
}

/**
 * What a name-search result says beside the name: when the delegate arrived, that they excused
 * themselves, or nothing (still expected).
 */
export function arrivalNote(
	entry: Pick<RosterEntry, 'firstAt' | 'excused'>
): { kind: 'arrived' | 'excused'; text: string } | null {
	if (entry.firstAt != null)
		return { kind: 'arrived', text: `Đã đến ${formatTime(new Date(entry.firstAt))}` };
	if (entry.excused) return { kind: 'excused', text: 'Vắng có lý do' };
	return null;
}

export type Verdict =
	| { kind: 'admit'; entry: RosterEntry }
	| { kind: 'repeat'; entry: RosterEntry; firstAt: number; firstDeviceId: string | null }
	| { kind: 'reject'; reason: RejectReason; message: string }
	/**
	 * A code shaped like one of our giấy mời that the device's roster does not hold (not loaded yet,
	 * or older than the delegate): the server decides, or the next roster does. Never red on a guess.
	 */
	| { kind: 'check' };

export function rejectVerdict(reason: RejectReason): Verdict {
	return { kind: 'reject', reason, message: REJECT_MESSAGES[reason] };
}

/**
 * The verdict for a delegate found (or not) on the device. `knownElsewhere` says whether the hash
 * is one of this conference's revoked tokens or a token of another conference: those are facts
 * (a revoked token never comes back), so they are red at once. Any other miss is for the server to
 * settle (`check`): the roster on the device may be missing, partial or older than the delegate.
 */
export function verdictFor(
	entry: RosterEntry | undefined,
	knownElsewhere?: 'revoked' | 'other_conference'
): Verdict {
	if (!entry) return knownElsewhere ? rejectVerdict(knownElsewhere) : { kind: 'check' };
	if (entry.firstAt != null)
		return { kind: 'repeat', entry, firstAt: entry.firstAt, firstDeviceId: entry.firstDeviceId };
	return { kind: 'admit', entry };
}

/**
 * The camera reports the same code many times a second while it is held up: the same text within
 * `quietMs` of its last sighting is one scan, not several.
 */
export class RepeatFilter {
	#last = new Map<string, number>();
	constructor(readonly quietMs = 4000) {}

	/** Lets `text` be judged again at its next sighting (its verdict may change: a new roster). */
	forget(text: string): void {
		this.#last.delete(text);
	}

	accept(text: string, nowMs: number): boolean {
		const seen = this.#last.get(text);
		this.#last.set(text, nowMs);
		for (const [key, at] of this.#last) if (nowMs - at > this.quietMs) this.#last.delete(key);
		return seen === undefined || nowMs - seen > this.quietMs;
	}
}
