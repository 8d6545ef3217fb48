import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import {
	REJECT_MESSAGES,
	UNDO_WINDOW_MS,
	type AttendanceChange,
	type CheckinItem,
	type CheckinResult,
	type RejectReason
} from '$lib/domain/checkin';
import { deriveInviteToken, inviteTokenHash } from '$lib/domain/invite-token';
import { SELF_DEVICE_ID } from '$lib/domain/devices';
import type { Role } from '$lib/domain/roles';
import type { ScannerRoster } from '$lib/domain/scan';
import { writeAudit } from '../audit';
import type { Database, Executor } from '../db';
import { checkin, delegate, delegateGroup } from '../db/schema';
import { createWalkIn, groupNameOrWalkIn } from '../delegates';
import { deviceNames } from './devices';
import { NotFoundError, RuleError } from '../http/errors';
import { publish } from '../live';
import { serverSecret } from '../secret';

/** Who sent a batch: a staff session, or nobody for a delegate's self check-in. */
export interface CheckinSender {
	userId: number | null;
	address: string | null;
}

export { SELF_DEVICE_ID } from '$lib/domain/devices';

function rejected(id: string | null, reason: RejectReason): CheckinResult {
	return { id, status: 'rejected', reason, message: REJECT_MESSAGES[reason] };
}

/** Earliest active scan per delegate among the rows `where` selects: the check-in that counts. */
async function earliestActiveCheckins(db: Executor, where: SQL) {
	const rows = await db
		.selectDistinctOn([checkin.delegateId], {
			id: checkin.id,
			delegateId: checkin.delegateId,
			scannedAt: checkin.scannedAt,
			deviceId: checkin.deviceId,
			method: checkin.method
		})
		.from(checkin)
		.where(and(where, isNull(checkin.undoneAt)))
		.orderBy(checkin.delegateId, asc(checkin.scannedAt), asc(checkin.id));
	return new Map(rows.map((r) => [r.delegateId, r]));
}

async function firstCheckins(db: Executor, delegateIds: number[]) {
	if (delegateIds.length === 0)
		return new Map<number, { id: string; scannedAt: Date; deviceId: string }>();
	return earliestActiveCheckins(db, inArray(checkin.delegateId, delegateIds));
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

/** sha256 of every earlier token version of this conference's delegates (re-derived, never stored). */
export async function revokedTokenHashes(db: Executor, conferenceId: number): Promise<Set<string>> {
	const rows = await db
		.select({ id: delegate.id, version: delegate.inviteTokenVersion })
		.from(delegate)
		.where(and(eq(delegate.conferenceId, conferenceId), sql`${delegate.inviteTokenVersion} > 1`));
	const secret = serverSecret();
	const hashes = new Set<string>();
	for (const row of rows) {
		for (let v = 1; v < row.version; v++)
			hashes.add(inviteTokenHash(deriveInviteToken(secret, row.id, v)));
	}
	return hashes;
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

type FirstCheckins = Awaited<ReturnType<typeof firstCheckins>>;

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

export interface UndoRequest {
	delegateId: number;
	reason: string;
	/** The device asking; staff without the secretariat role may undo only their own device's check-in. */
	deviceId: string;
	user: { id: number; role: Role };
	address: string | null;
}

/**
 * Cancels a delegate's check-in (with every repeat scan, so nothing else takes its place) within
 * 15 minutes of the scan: from the device that made it, or by any secretariat user.
 */
export async function undoCheckin(
	db: Database,
	conferenceId: number,
	request: UndoRequest,
	now = new Date()
) {
	return db.transaction(async (tx) => {
		const [target] = await tx
			.select({ id: delegate.id, fullName: delegate.fullName })
			.from(delegate)
			.where(and(eq(delegate.id, request.delegateId), eq(delegate.conferenceId, conferenceId)))
			.for('update');
		if (!target) throw new NotFoundError('Không tìm thấy đại biểu này.');
		const first = (await firstCheckins(tx, [target.id])).get(target.id);
		if (!first) throw new RuleError(`${target.fullName} chưa được điểm danh, không có gì để hủy.`);
		if (now.getTime() - first.scannedAt.getTime() > UNDO_WINDOW_MS) {
			throw new RuleError('Chỉ hủy được trong 15 phút sau khi điểm danh. Vui lòng báo Văn phòng.');
		}
		if (request.user.role !== 'secretariat' && first.deviceId !== request.deviceId) {
			throw new RuleError('Lượt này do máy khác ghi nhận. Chỉ máy đó hoặc Văn phòng được hủy.');
		}
		const undone = await tx
			.update(checkin)
			.set({ undoneAt: now, undoneByUserId: request.user.id, undoReason: request.reason })
			.where(and(eq(checkin.delegateId, target.id), isNull(checkin.undoneAt)))
			.returning({ id: checkin.id });
		await writeAudit(tx, {
			userId: request.user.id,
			action: 'checkin.undo',
			entity: 'delegate',
			entityId: target.id,
			detail: {
				fullName: target.fullName,
				reason: request.reason,
				checkins: undone.map((r) => r.id)
			},
			address: request.address
		});
		await publish(tx, {
			type: 'attendance',
			conferenceId,
			changes: [{ delegateId: target.id, firstAt: null, firstDeviceId: null }]
		});
		return { fullName: target.fullName, undone: undone.length };
	});
}

/**
 * What a scanner keeps on the device (docs/architecture.md, The offline outbox): each delegate with the sha256
 * of their token and their first check-in, plus the hashes it should name as revoked or foreign.
 * GET /api/roster adds the conference title; the wire type is ScannerRoster ($lib/domain/scan).
 */
export async function scannerRoster(
	db: Database,
	conferenceId: number
): Promise<Omit<ScannerRoster, 'conferenceTitle'>> {
	const [delegates, groups, revoked, elsewhere, devices] = await Promise.all([
		db
			.select({
				id: delegate.id,
				fullName: delegate.fullName,
				position: delegate.position,
				groupId: delegate.groupId,
				groupName: groupNameOrWalkIn,
				tokenHash: delegate.inviteTokenHash,
				isWalkIn: delegate.isWalkIn,
				reply: delegate.reply
			})
			.from(delegate)
			.leftJoin(delegateGroup, eq(delegate.groupId, delegateGroup.id))
			.where(eq(delegate.conferenceId, conferenceId)),
		db
			.select({ id: delegateGroup.id, name: delegateGroup.name })
			.from(delegateGroup)
			.where(eq(delegateGroup.conferenceId, conferenceId))
			.orderBy(asc(delegateGroup.position)),
		revokedTokenHashes(db, conferenceId),
		db
			.select({ hash: delegate.inviteTokenHash })
			.from(delegate)
			.where(
				and(ne(delegate.conferenceId, conferenceId), sql`${delegate.inviteTokenHash} is not null`)
			),
		deviceNames(db)
	]);
	const first = await firstCheckins(
		db,
		delegates.map((d) => d.id)
	);
	return {
		conferenceId,
		generatedAt: Date.now(),
		groups,
		delegates: delegates.map((d) => {
			const f = first.get(d.id);
			return {
				id: d.id,
				fullName: d.fullName,
				position: d.position,
				groupName: d.groupName,
				tokenHash: d.tokenHash,
				isWalkIn: d.isWalkIn,
				excused: d.reply === 'absent',
				firstAt: f ? f.scannedAt.getTime() : null,
				firstDeviceId: f?.deviceId ?? null
			};
		}),
		revokedHashes: [...revoked],
		otherConferenceHashes: elsewhere.flatMap((r) => (r.hash ? [r.hash] : [])),
		devices
	};
}

/** Everyone's first check-in in this conference (for the board and the danh sách). */
export function firstCheckinsOfConference(db: Database, conferenceId: number) {
	return earliestActiveCheckins(db, eq(checkin.conferenceId, conferenceId));
}

/** The check-in of one delegate that counts (their earliest active one), or null. */
export async function firstCheckinOf(db: Executor, delegateId: number) {
	return (await firstCheckins(db, [delegateId])).get(delegateId) ?? null;
}
