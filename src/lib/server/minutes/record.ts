// The biên bản's revisions (minutes_record): drafted from data, edited section by section, finalized
// and locked, reopened with a reason as the next revision. Every change runs in a transaction under
// the conference row's lock, so two presses at once are one after the other, never interleaved.
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
	assembleMinutes,
	reassembleMinutes,
	REOPEN_REASON_MAX,
	REOPEN_REASON_MIN,
	type MinutesBody,
	type MinutesSection
} from '$lib/domain/minutes';
import { writeAudit, type Actor } from '../audit';
import type { Database, Executor } from '../db';
import { conference, minutesRecord, user } from '../db/schema';
import { ConflictError, NotFoundError, RuleError } from '../http/errors';
import { gatherMinutesInput } from './draft';

/** The page was open on an older state of the biên bản: someone saved since. Answered as a 409. */
export class MinutesConflictError extends ConflictError {
	constructor() {
		super('Biên bản vừa được sửa ở máy khác. Vui lòng tải lại trang.');
	}
}

export const NO_DRAFT = 'Chưa có dự thảo biên bản. Vui lòng bấm “Lập dự thảo biên bản” trước.';
export const FINAL_MESSAGE =
	'Biên bản đã hoàn thành nên không sửa được nữa. Bấm “Mở lại để sửa” và ghi lý do nếu cần sửa.';
export const UNKNOWN_REVISION = 'Không có bản biên bản này.';

const finalizer = alias(user, 'finalizer');

const revisionColumns = {
	id: minutesRecord.id,
	revision: minutesRecord.revision,
	body: minutesRecord.body,
	editCount: minutesRecord.editCount,
	updatedAt: minutesRecord.updatedAt,
	updatedBy: user.displayName,
	finalizedAt: minutesRecord.finalizedAt,
	finalizedBy: finalizer.displayName,
	reopenReason: minutesRecord.reopenReason
};

function revisionsQuery(db: Executor, conferenceId: number) {
	return db
		.select(revisionColumns)
		.from(minutesRecord)
		.leftJoin(user, eq(user.id, minutesRecord.byUserId))
		.leftJoin(finalizer, eq(finalizer.id, minutesRecord.finalizedByUserId))
		.where(eq(minutesRecord.conferenceId, conferenceId))
		.orderBy(desc(minutesRecord.revision))
		.$dynamic();
}

export type MinutesRevision = Awaited<ReturnType<typeof revisionsQuery>>[number];

/** The latest revision (null before the first draft) and the earlier ones, newest first. */
export async function currentMinutes(
	db: Executor,
	conferenceId: number
): Promise<{ current: MinutesRevision | null; earlier: MinutesRevision[] }> {
	const [current = null, ...earlier] = await revisionsQuery(db, conferenceId);
	return { current, earlier };
}

/** One revision by its number; NotFoundError (UNKNOWN_REVISION) for a number that never was. */
export async function minutesRevision(
	db: Executor,
	conferenceId: number,
	revision: number
): Promise<MinutesRevision> {
	const [row] = await revisionsQuery(db, conferenceId).where(
		and(eq(minutesRecord.conferenceId, conferenceId), eq(minutesRecord.revision, revision))
	);
	if (!row) throw new NotFoundError(UNKNOWN_REVISION);
	return row;
}

/** The latest revision FINALIZED (the one delegates may read), or null. */
export async function latestFinalMinutes(
	db: Executor,
	conferenceId: number
): Promise<MinutesRevision | null> {
	const [row] = await revisionsQuery(db, conferenceId)
		.where(and(eq(minutesRecord.conferenceId, conferenceId), isNotNull(minutesRecord.finalizedAt)))
		.limit(1);
	return row ?? null;
}

/** Takes the conference's minutes lock and reads the latest revision under it. */
async function lockedLatest(tx: Executor, conferenceId: number) {
	const [locked] = await tx
		.select({ id: conference.id })
		.from(conference)
		.where(eq(conference.id, conferenceId))
		.for('update');
	if (!locked) throw new NotFoundError('Không tìm thấy hội nghị.');
	const [row] = await tx
		.select()
		.from(minutesRecord)
		.where(eq(minutesRecord.conferenceId, conferenceId))
		.orderBy(desc(minutesRecord.revision))
		.limit(1);
	return row ?? null;
}

/** The open revision, with the edit count the page was showing; refusals for none, final or stale. */
async function lockedOpen(tx: Executor, conferenceId: number, editCount: number) {
	const row = await lockedLatest(tx, conferenceId);
	if (!row) throw new NotFoundError(NO_DRAFT);
	if (row.finalizedAt) throw new RuleError(FINAL_MESSAGE);
	if (row.editCount !== editCount) throw new MinutesConflictError();
	return row;
}

/**
 * "Lập dự thảo biên bản" / "Cập nhật số liệu": the first revision from the data, or the open one
 * assembled again keeping every section the secretary wrote. Returns the revision number.
 */
export async function draftMinutes(
	db: Database,
	actor: Actor,
	conferenceId: number,
	now = new Date()
): Promise<number> {
	// Read outside the lock: the board's queries take the database, and a check-in landing meanwhile
	// is simply in the next "Cập nhật số liệu".
	const fresh = assembleMinutes(await gatherMinutesInput(db, conferenceId));
	return db.transaction(async (tx) => {
		const row = await lockedLatest(tx, conferenceId);
		if (row?.finalizedAt) throw new RuleError(FINAL_MESSAGE);
		if (!row) {
			const body: MinutesBody = { sections: fresh, assembledAt: now.getTime() };
			await tx
				.insert(minutesRecord)
				.values({ conferenceId, revision: 1, body, byUserId: actor.userId, updatedAt: now });
			await writeAudit(tx, {
				userId: actor.userId,
				action: 'minutes_drafted',
				entity: 'minutes_record',
				entityId: 1,
				detail: { revision: 1 },
				address: actor.address
			});
			return 1;
		}
		const body: MinutesBody = {
			sections: reassembleMinutes(row.body.sections, fresh),
			assembledAt: now.getTime()
		};
		await tx
			.update(minutesRecord)
			.set({ body, editCount: row.editCount + 1, byUserId: actor.userId, updatedAt: now })
			.where(eq(minutesRecord.id, row.id));
		await writeAudit(tx, {
			userId: actor.userId,
			action: 'minutes_drafted',
			entity: 'minutes_record',
			entityId: row.revision,
			detail: { revision: row.revision, refreshed: true },
			address: actor.address
		});
		return row.revision;
	});
}

export interface MinutesSave {
	/** The edit count the page was showing. */
	editCount: number;
	/** The sections' new wording by key; null (or the data itself) goes back to the data. */
	texts: Record<string, string | null>;
}

/**
 * One section's answer to a save. Text that says just what the data says is no edit. New wording
 * answers a "số liệu mới" notice, as does going back to the data; the same text saved again leaves it.
 */
function savedSection(section: MinutesSection, typed: string | null): MinutesSection {
	const text = typed === null ? null : typed.replace(/\r\n?/g, '\n').trim();
	if (text === null || text === section.data.trim()) {
		const { dataChanged: _, ...rest } = section;
		return { ...rest, text: null };
	}
	if (text === section.text) return section;
	return { ...section, text, dataChanged: false };
}

/** "Lưu": the typed sections of the open revision. Nothing is written when one key is unknown. */
export async function saveMinutesSections(
	db: Database,
	actor: Actor,
	conferenceId: number,
	save: MinutesSave,
	now = new Date()
): Promise<number> {
	return db.transaction(async (tx) => {
		const row = await lockedOpen(tx, conferenceId, save.editCount);
		const sections = row.body.sections;
		const keys = new Set(sections.map((s) => s.key as string));
		const unknown = Object.keys(save.texts).find((k) => !keys.has(k));
		if (unknown !== undefined)
			throw new RuleError(
				'Biên bản không có phần này (chương trình có thể vừa thay đổi). Vui lòng tải lại trang.'
			);
		const body: MinutesBody = {
			...row.body,
			sections: sections.map((s) =>
				Object.hasOwn(save.texts, s.key) ? savedSection(s, save.texts[s.key]!) : s
			)
		};
		await tx
			.update(minutesRecord)
			.set({ body, editCount: row.editCount + 1, byUserId: actor.userId, updatedAt: now })
			.where(eq(minutesRecord.id, row.id));
		return row.editCount + 1;
	});
}

/** "Hoàn thành biên bản": the open revision is locked, with who and when. */
export async function finalizeMinutes(
	db: Database,
	actor: Actor,
	conferenceId: number,
	editCount: number,
	now = new Date()
): Promise<number> {
	return db.transaction(async (tx) => {
		const row = await lockedOpen(tx, conferenceId, editCount);
		await tx
			.update(minutesRecord)
			.set({ finalizedAt: now, finalizedByUserId: actor.userId })
			.where(eq(minutesRecord.id, row.id));
		await writeAudit(tx, {
			userId: actor.userId,
			action: 'minutes_finalized',
			entity: 'minutes_record',
			entityId: row.revision,
			detail: { revision: row.revision },
			address: actor.address
		});
		return row.revision;
	});
}

/** "Mở lại để sửa": the next revision, a copy of the final one, open, with the reason. */
export async function reopenMinutes(
	db: Database,
	actor: Actor,
	conferenceId: number,
	reason: string,
	now = new Date()
): Promise<number> {
	const why = reason.trim();
	if (why.length < REOPEN_REASON_MIN || why.length > REOPEN_REASON_MAX) {
		throw new RuleError(
			`Vui lòng ghi lý do mở lại, từ ${REOPEN_REASON_MIN} đến ${REOPEN_REASON_MAX} ký tự.`
		);
	}
	return db.transaction(async (tx) => {
		const row = await lockedLatest(tx, conferenceId);
		if (!row) throw new NotFoundError(NO_DRAFT);
		if (!row.finalizedAt) throw new RuleError('Biên bản đang mở để sửa, không cần mở lại.');
		const revision = row.revision + 1;
		await tx.insert(minutesRecord).values({
			conferenceId,
			revision,
			body: row.body,
			byUserId: actor.userId,
			updatedAt: now,
			reopenReason: why
		});
		await writeAudit(tx, {
			userId: actor.userId,
			action: 'minutes_reopened',
			entity: 'minutes_record',
			entityId: revision,
			detail: { revision, reason: why },
			address: actor.address
		});
		return revision;
	});
}
