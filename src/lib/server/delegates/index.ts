import { and, eq, sql } from 'drizzle-orm';
import { inviteTokenHash } from '$lib/domain/invite-token';
import { WALK_IN_LINE } from '$lib/domain/attendance';
import { repliesClosedReason, repliesOpen } from '$lib/domain/delegate-moment';
import { compareVietnameseNames } from '$lib/domain/vietnamese';
import { writeAudit, type Actor } from '../audit';
import type { Database, Executor } from '../db';
import { conference, delegate, delegateGroup } from '../db/schema';
import { publish } from '../live';
import { NotFoundError, RuleError } from '../http/errors';
import { deleteOwnedRow, type OwnedRows } from '../owned-rows';
import { currentToken, storeTokenHashes, type PersonalTokenRows } from '../personal-tokens';
import type { DelegateInput, ReplyInput } from './delegate-schema';

const delegateRows: OwnedRows = {
	table: delegate,
	id: delegate.id,
	conferenceId: delegate.conferenceId,
	label: delegate.fullName,
	labelKey: 'fullName',
	entity: 'delegate',
	action: 'delegate_deleted',
	announce: 'roster'
};

const inviteTokens: PersonalTokenRows = {
	purpose: 'invite',
	table: delegate,
	id: delegate.id,
	hash: delegate.inviteTokenHash
};

/** The current token of a delegate: derived, never stored. */
export function inviteTokenOf(d: { id: number; inviteTokenVersion: number }): string {
	return currentToken('invite', { id: d.id, version: d.inviteTokenVersion });
}

/** Stores sha256 of each delegate's current token, in one statement per 1000 delegates. */
export async function assignInviteTokens(
	db: Executor,
	delegates: { id: number; inviteTokenVersion: number }[]
) {
	await storeTokenHashes(
		db,
		inviteTokens,
		delegates.map((d) => ({ id: d.id, version: d.inviteTokenVersion }))
	);
}

/** A walk-in filed under no group is on the line "Khách ngoài danh sách", after every group (with a left join on the group). */
export const groupNameOrWalkIn = sql<string>`coalesce(${delegateGroup.name}, ${WALK_IN_LINE})`;

const delegateColumns = {
	id: delegate.id,
	fullName: delegate.fullName,
	position: delegate.position,
	organisation: delegate.organisation,
	phone: delegate.phone,
	email: delegate.email,
	note: delegate.note,
	groupId: delegate.groupId,
	groupName: groupNameOrWalkIn,
	groupPosition: sql<number>`coalesce(${delegateGroup.position}, 2147483647)`.mapWith(Number),
	reply: delegate.reply,
	absenceReason: delegate.absenceReason,
	repliedAt: delegate.repliedAt,
	/** True when the Văn phòng recorded the reply for the delegate (a reply given by phone). */
	replyRecordedByOffice: sql<boolean>`${delegate.replyRecordedByUserId} is not null`.mapWith(
		Boolean
	),
	isWalkIn: delegate.isWalkIn,
	inviteTokenVersion: delegate.inviteTokenVersion
};

/** Delegates by group order, then by name the Vietnamese way. */
export async function listDelegates(db: Database, conferenceId: number) {
	const rows = await db
		.select(delegateColumns)
		.from(delegate)
		.leftJoin(delegateGroup, eq(delegate.groupId, delegateGroup.id))
		.where(eq(delegate.conferenceId, conferenceId));
	return rows.sort(
		(a, b) => a.groupPosition - b.groupPosition || compareVietnameseNames(a.fullName, b.fullName)
	);
}
export type DelegateRow = Awaited<ReturnType<typeof listDelegates>>[number];

export async function getDelegate(db: Database, conferenceId: number, id: number) {
	const [row] = await db
		.select(delegateColumns)
		.from(delegate)
		.leftJoin(delegateGroup, eq(delegate.groupId, delegateGroup.id))
		.where(and(eq(delegate.conferenceId, conferenceId), eq(delegate.id, id)));
	return row ?? null;
}

async function requireGroup(db: Executor, conferenceId: number, groupId: number) {
	const [g] = await db
		.select({ id: delegateGroup.id })
		.from(delegateGroup)
		.where(and(eq(delegateGroup.id, groupId), eq(delegateGroup.conferenceId, conferenceId)));
	if (!g) throw new RuleError('Thành phần đã chọn không còn tồn tại. Vui lòng chọn lại.');
}

export async function createDelegate(
	db: Database,
	actor: Actor,
	conferenceId: number,
	input: DelegateInput
) {
	return db.transaction(async (tx) => {
		await requireGroup(tx, conferenceId, input.groupId);
		const [created] = await tx
			.insert(delegate)
			.values({ conferenceId, ...input })
			.returning({ id: delegate.id, inviteTokenVersion: delegate.inviteTokenVersion });
		await assignInviteTokens(tx, [created!]);
		await writeAudit(tx, {
			...actor,
			action: 'delegate_created',
			entity: 'delegate',
			entityId: created!.id,
			detail: { fullName: input.fullName }
		});
		await publish(tx, { type: 'roster', conferenceId });
		return created!.id;
	});
}

export async function updateDelegate(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	input: DelegateInput
) {
	await db.transaction(async (tx) => {
		await requireGroup(tx, conferenceId, input.groupId);
		const updated = await tx
			.update(delegate)
			.set(input)
			.where(and(eq(delegate.id, id), eq(delegate.conferenceId, conferenceId)))
			.returning({ id: delegate.id });
		if (updated.length === 0) throw new NotFoundError();
		await writeAudit(tx, {
			...actor,
			action: 'delegate_updated',
			entity: 'delegate',
			entityId: id,
			detail: { fullName: input.fullName }
		});
		await publish(tx, { type: 'roster', conferenceId });
	});
}

export function deleteDelegate(db: Database, actor: Actor, conferenceId: number, id: number) {
	return deleteOwnedRow(db, actor, delegateRows, conferenceId, id);
}

/** "Thu hồi và cấp lại": the old link and QR stop working at once; a new one is issued. */
export async function reissueInvite(db: Database, actor: Actor, conferenceId: number, id: number) {
	await db.transaction(async (tx) => {
		const [bumped] = await tx
			.update(delegate)
			.set({ inviteTokenVersion: sql`${delegate.inviteTokenVersion} + 1` })
			.where(and(eq(delegate.id, id), eq(delegate.conferenceId, conferenceId)))
			.returning({ id: delegate.id, inviteTokenVersion: delegate.inviteTokenVersion });
		if (!bumped) throw new NotFoundError();
		await assignInviteTokens(tx, [bumped]);
		await writeAudit(tx, {
			...actor,
			action: 'invite_reissued',
			entity: 'delegate',
			entityId: id,
			detail: { version: bumped.inviteTokenVersion }
		});
		await publish(tx, { type: 'roster', conferenceId });
	});
}

/** The delegate behind a personal link, with their conference; null for unknown or revoked tokens. */
export async function findByInviteToken(db: Database, token: string) {
	const [row] = await db
		.select({ delegate: delegateColumns, conference })
		.from(delegate)
		.leftJoin(delegateGroup, eq(delegate.groupId, delegateGroup.id))
		.innerJoin(conference, eq(delegate.conferenceId, conference.id))
		.where(eq(delegate.inviteTokenHash, inviteTokenHash(token)));
	return row ?? null;
}

/** The delegate's own reply; accepted until the meeting starts. */
export async function setReply(
	db: Database,
	delegateId: number,
	input: ReplyInput,
	now = new Date()
) {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ startsAt: conference.startsAt, endsAt: conference.endsAt })
			.from(delegate)
			.innerJoin(conference, eq(delegate.conferenceId, conference.id))
			.where(eq(delegate.id, delegateId));
		if (!row) throw new NotFoundError();
		if (!repliesOpen(now.getTime(), row.startsAt.getTime())) {
			throw new RuleError(
				`${repliesClosedReason(now.getTime(), row.endsAt.getTime())} Vui lòng liên hệ Văn phòng.`
			);
		}
		await tx
			.update(delegate)
			.set({
				reply: input.reply,
				absenceReason: input.reply === 'absent' ? input.reason : null,
				repliedAt: now,
				replyRecordedByUserId: null
			})
			.where(eq(delegate.id, delegateId));
		await writeAudit(tx, {
			userId: null,
			address: null,
			action: 'reply_set',
			entity: 'delegate',
			entityId: delegateId,
			detail: { reply: input.reply }
		});
	});
}

/**
 * A reply given to the Văn phòng (by phone, in person), recorded for the delegate and marked as
 * recorded by the office. Accepted at any time: the office may also note a late excuse.
 */
export async function recordReplyForDelegate(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	input: ReplyInput,
	now = new Date()
) {
	await db.transaction(async (tx) => {
		const reason = input.reply === 'absent' ? input.reason : null;
		const [updated] = await tx
			.update(delegate)
			.set({
				reply: input.reply,
				absenceReason: reason,
				repliedAt: now,
				replyRecordedByUserId: actor.userId
			})
			.where(
				and(
					eq(delegate.id, id),
					eq(delegate.conferenceId, conferenceId),
					eq(delegate.isWalkIn, false)
				)
			)
			.returning({ fullName: delegate.fullName });
		if (!updated) throw new NotFoundError();
		await writeAudit(tx, {
			...actor,
			action: 'reply_recorded',
			entity: 'delegate',
			entityId: id,
			detail: {
				fullName: updated.fullName,
				reply: input.reply,
				...(reason ? { reason } : {}),
				recordedByOffice: true
			}
		});
	});
}

/**
 * A person not on the list, added at the door: a delegate marked as a walk-in, attending, with a
 * personal link like everyone else. Null when the chosen group is not (or no longer) in this
 * conference. The check-in that brought them is named in the audit row.
 */
export async function createWalkIn(
	tx: Executor,
	actor: { userId: number | null; address: string | null },
	conferenceId: number,
	walkIn: { fullName: string; position: string; groupId: number | null },
	context: { checkinId: string; at: Date }
): Promise<{ id: number } | null> {
	let groupId: number | null = null;
	if (walkIn.groupId !== null) {
		const [group] = await tx
			.select({ id: delegateGroup.id })
			.from(delegateGroup)
			.where(
				and(eq(delegateGroup.id, walkIn.groupId), eq(delegateGroup.conferenceId, conferenceId))
			);
		if (!group) return null;
		groupId = group.id;
	}
	const [created] = await tx
		.insert(delegate)
		.values({
			conferenceId,
			groupId,
			fullName: walkIn.fullName,
			position: walkIn.position,
			isWalkIn: true,
			reply: 'attending',
			repliedAt: context.at
		})
		.returning({ id: delegate.id, inviteTokenVersion: delegate.inviteTokenVersion });
	await assignInviteTokens(tx, [created!]);
	await writeAudit(tx, {
		...actor,
		action: 'delegate.walk_in',
		entity: 'delegate',
		entityId: created!.id,
		detail: { fullName: walkIn.fullName, checkinId: context.checkinId }
	});
	return { id: created!.id };
}
