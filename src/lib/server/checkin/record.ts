// The check-in pipeline: a batch of scans (a scanner's outbox, or a delegate's own check-in)
// stored in one transaction, each answered with its canonical state.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import {
	REJECT_MESSAGES,
	type AttendanceChange,
	type CheckinItem,
	type CheckinResult,
	type RejectReason
} from '$lib/domain/checkin';
import { SELF_DEVICE_ID } from '$lib/domain/devices';
import type { Database, Executor } from '../db';
import { checkin, delegate } from '../db/schema';
import { createWalkIn } from '../delegates';
import { publish } from '../live';
import { firstCheckins, type FirstCheckins } from './first';
import { revokedTokenHashes } from './revoked';

/** Who sent a batch: a staff session, or nobody for a delegate's self check-in. */
export interface CheckinSender {
	userId: number | null;
	address: string | null;
}

function rejected(id: string | null, reason: RejectReason): CheckinResult {
	return { id, status: 'rejected', reason, message: REJECT_MESSAGES[reason] };
}

/**
 * Why a hash that names no delegate of this conference was refused: a token of another conference,
 * an older (revoked) token of one of ours, or nothing this app ever made. Only called on a miss.
 */
async function foreignHashReason(db: Executor, conferenceId: number, hashes: string[]) {
	const reasons = new Map<string, RejectReason>();
	if (hashes.length === 0) return reasons;
	const elsewhere = await db
		.select({ hash: delegate.inviteTokenHash })
		.from(delegate)
		.where(and(inArray(delegate.inviteTokenHash, hashes), ne(delegate.conferenceId, conferenceId)));
	for (const row of elsewhere) if (row.hash) reasons.set(row.hash, 'other_conference');
	const revoked = await revokedTokenHashes(db, conferenceId);
	for (const hash of hashes)
		if (!reasons.has(hash)) reasons.set(hash, revoked.has(hash) ? 'revoked' : 'unknown_code');
	return reasons;
}

/**
 * Stores a batch of scans (already validated) in one transaction and answers the canonical state of
 * each: `checked_in` when it is the delegate's earliest active scan, else `repeat` with that first
 * time. A resent id stores nothing and gets the same answer. Results follow the input order.
 */
export async function recordCheckins(
	db: Database,
	conferenceId: number,
	items: CheckinItem[],
	sender: CheckinSender,
	now = new Date()
): Promise<CheckinResult[]> {
	if (items.length === 0) return [];
	return db.transaction(async (tx) => {
		const ids = [...new Set(items.map((i) => i.id))];
		await lockWalkIns(tx, items);
		const fresh = await freshItems(tx, items, ids);
		const targets = await findTargets(tx, conferenceId, [...fresh.values()]);
		const placed = await placeItems(tx, conferenceId, fresh, targets, sender, now);
		const touched = await storeCheckins(tx, placed.rows);
		const stored = await storedCheckins(tx, ids);
		await announceCheckins(tx, conferenceId, touched, stored.first, placed.rosterChanged);
		return items.map((item) => answerFor(item, conferenceId, stored, placed.refused));
	});
}

/**
 * A walk-in creates its delegate before its id is stored: a copy of it arriving while the first is
 * still being stored (a second tab, a retried request) must wait and then find that id known.
 */
async function lockWalkIns(tx: Executor, items: CheckinItem[]) {
	const walkInIds = [...new Set(items.flatMap((i) => (i.walkIn ? [i.id] : [])))].sort();
	for (const id of walkInIds)
		await tx.execute(sql`select pg_advisory_xact_lock(727003, hashtext(${id}))`);
}

/** The items whose id is not stored yet, first occurrence of each: a later copy is a resend. */
async function freshItems(tx: Executor, items: CheckinItem[], ids: string[]) {
	const known = new Set(
		(await tx.select({ id: checkin.id }).from(checkin).where(inArray(checkin.id, ids))).map(
			(r) => r.id
		)
	);
	const fresh = new Map<string, CheckinItem>();
	for (const item of items)
		if (!known.has(item.id) && !fresh.has(item.id)) fresh.set(item.id, item);
	return fresh;
}

interface Targets {
	/** Our delegates by the sha256 of their current token. */
	byHash: Map<string, number>;
	/** Why each other hash was refused. */
	foreign: Map<string, RejectReason>;
	/** The asked delegate ids that are this conference's. */
	ours: Set<number>;
}

/** Which delegate each fresh item names, by token hash or by id. */
async function findTargets(
	tx: Executor,
	conferenceId: number,
	fresh: CheckinItem[]
): Promise<Targets> {
	const hashes = [...new Set(fresh.flatMap((i) => (i.tokenHash ? [i.tokenHash] : [])))];
	const byHash = new Map<string, number>();
	if (hashes.length > 0) {
		const rows = await tx
			.select({ id: delegate.id, hash: delegate.inviteTokenHash })
			.from(delegate)
			.where(
				and(eq(delegate.conferenceId, conferenceId), inArray(delegate.inviteTokenHash, hashes))
			);
		for (const r of rows) if (r.hash) byHash.set(r.hash, r.id);
	}
	const foreign = await foreignHashReason(
		tx,
		conferenceId,
		hashes.filter((h) => !byHash.has(h))
	);
	const askedIds = [...new Set(fresh.flatMap((i) => (i.delegateId ? [i.delegateId] : [])))];
	const ours = new Set<number>();
	if (askedIds.length > 0) {
		const rows = await tx
			.select({ id: delegate.id })
			.from(delegate)
			.where(and(eq(delegate.conferenceId, conferenceId), inArray(delegate.id, askedIds)));
		for (const r of rows) ours.add(r.id);
	}
	return { byHash, foreign, ours };
}

/**
 * The row to store for each fresh item, or the reason it is refused; a walk-in's delegate is
 * created here (the roster changed then).
 */
async function placeItems(
	tx: Executor,
	conferenceId: number,
	fresh: Map<string, CheckinItem>,
	{ byHash, foreign, ours }: Targets,
	sender: CheckinSender,
	now: Date
) {
	const refused = new Map<string, CheckinResult>();
	const rows: (typeof checkin.$inferInsert)[] = [];
	let rosterChanged = false;
	for (const item of fresh.values()) {
		let delegateId: number | undefined;
		if (item.tokenHash) {
			delegateId = byHash.get(item.tokenHash);
			if (delegateId === undefined)
				refused.set(item.id, rejected(item.id, foreign.get(item.tokenHash) ?? 'unknown_code'));
		} else if (item.delegateId) {
			if (ours.has(item.delegateId)) delegateId = item.delegateId;
			else refused.set(item.id, rejected(item.id, 'not_found'));
		} else if (item.walkIn) {
			const created = await createWalkIn(tx, sender, conferenceId, item.walkIn, {
				checkinId: item.id,
				at: now
			});
			if (!created) {
				refused.set(item.id, {
					id: item.id,
					status: 'rejected',
					reason: 'invalid',
					message: 'Thành phần đã chọn không còn tồn tại'
				});
				continue;
			}
			delegateId = created.id;
			rosterChanged = true;
		}
		if (delegateId === undefined) continue;
		rows.push({
			id: item.id,
			conferenceId,
			delegateId,
			// A device whose clock runs ahead cannot place a scan in the future.
			scannedAt: item.scannedAt > now ? now : item.scannedAt,
			receivedAt: now,
			deviceId: item.deviceId,
			method: item.method,
			userId: sender.userId
		});
	}
	return { rows, refused, rosterChanged };
}

/** Inserts the rows with their delegates locked in id order; returns those delegates' ids. */
async function storeCheckins(tx: Executor, rows: (typeof checkin.$inferInsert)[]) {
	const touched = [...new Set(rows.map((r) => r.delegateId))].sort((a, b) => a - b);
	if (touched.length > 0) {
		// Two batches for one delegate at once must agree on which scan came first.
		await tx.execute(
			sql`select 1 from ${delegate} where ${inArray(delegate.id, touched)} order by ${delegate.id} for update`
		);
		await tx.insert(checkin).values(rows).onConflictDoNothing({ target: checkin.id });
	}
	return touched;
}

/** The stored rows of the batch's ids (new or resent), and their delegates' first check-ins. */
async function storedCheckins(tx: Executor, ids: string[]) {
	const stored = await tx
		.select({
			id: checkin.id,
			delegateId: checkin.delegateId,
			conferenceId: checkin.conferenceId,
			undoneAt: checkin.undoneAt
		})
		.from(checkin)
		.where(inArray(checkin.id, ids));
	const first = await firstCheckins(tx, [...new Set(stored.map((r) => r.delegateId))]);
	return { byId: new Map(stored.map((r) => [r.id, r])), first };
}

/** Tells the scanners and boards, inside the transaction: the new first check-ins, a new walk-in. */
async function announceCheckins(
	tx: Executor,
	conferenceId: number,
	touched: number[],
	first: FirstCheckins,
	rosterChanged: boolean
) {
	if (touched.length > 0) {
		const changes: AttendanceChange[] = touched.map((delegateId) => {
			const f = first.get(delegateId);
			return {
				delegateId,
				firstAt: f ? f.scannedAt.getTime() : null,
				firstDeviceId: f?.deviceId ?? null
			};
		});
		await publish(tx, { type: 'attendance', conferenceId, changes });
	}
	if (rosterChanged) await publish(tx, { type: 'roster', conferenceId });
}

/** One item's answer: the canonical state of its stored row, or why it was refused. */
function answerFor(
	item: CheckinItem,
	conferenceId: number,
	stored: Awaited<ReturnType<typeof storedCheckins>>,
	refused: Map<string, CheckinResult>
): CheckinResult {
	const row = stored.byId.get(item.id);
	if (!row) return refused.get(item.id) ?? rejected(item.id, 'invalid');
	if (row.conferenceId !== conferenceId) return rejected(item.id, 'not_found');
	if (row.undoneAt) return rejected(item.id, 'undone');
	const f = stored.first.get(row.delegateId)!;
	return {
		id: item.id,
		status: f.id === item.id ? 'checked_in' : 'repeat',
		delegateId: row.delegateId,
		firstAt: f.scannedAt.toISOString(),
		firstDeviceId: f.deviceId
	};
}

/** A delegate's own check-in with the hall QR. */
export async function selfCheckin(
	db: Database,
	conferenceId: number,
	delegateId: number,
	now = new Date()
) {
	const [result] = await recordCheckins(
		db,
		conferenceId,
		[
			{
				id: `self-${randomUUID()}`,
				delegateId,
				scannedAt: now,
				deviceId: SELF_DEVICE_ID,
				method: 'self'
			}
		],
		{ userId: null, address: null },
		now
	);
	return result!;
}
