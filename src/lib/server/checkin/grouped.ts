import type { CheckinItem, CheckinResult } from '$lib/domain/checkin';
import type { Database } from '../db';
import { groupCommit } from '../group-commit';
import { recordCheckins, type CheckinSender } from './record';

/** Items per merged transaction: a few phones' outboxes, well inside one NOTIFY-chunked publish. */
const MAX_ITEMS = 500;

interface Lane {
	db: Database;
	conferenceId: number;
	sender: CheckinSender;
}

const grouped = groupCommit(
	(lane: Lane, items: CheckinItem[]) =>
		recordCheckins(lane.db, lane.conferenceId, items, lane.sender),
	{
		// The sender's address is used only to audit a walk-in, and walk-ins are never merged.
		keyOf: (lane) => `${lane.conferenceId}:${lane.sender.userId}`,
		maxItems: MAX_ITEMS
	}
);

/**
 * recordCheckins for the scanners' endpoint: concurrent batches of one staff account are written in
 * one transaction (src/lib/server/group-commit.ts). Every item gets the answer recordCheckins gives.
 */
export function recordScannerCheckins(
	db: Database,
	conferenceId: number,
	items: CheckinItem[],
	sender: CheckinSender
): Promise<CheckinResult[]> {
	if (items.length === 0) return Promise.resolve([]);
	if (items.some((i) => i.walkIn)) return recordCheckins(db, conferenceId, items, sender);
	return grouped({ db, conferenceId, sender }, items);
}
