import { and, asc, count, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { unitTokenHash } from '$lib/domain/unit-token';
import { writeAudit, type Actor } from '../audit';
import type { Database, Executor } from '../db';
import {
	conference,
	documentRequest,
	documentRequestUnit,
	submission,
	submissionVersion,
	unit
} from '../db/schema';
import { NotFoundError, RuleError } from '../http/errors';
import { publish } from '../live';
import { swapWithNeighbour } from '../ordering';
import { deleteOwnedRow, type OwnedRows } from '../owned-rows';
import { currentToken, storeTokenHashes, type PersonalTokenRows } from '../personal-tokens';
import type { UnitInput } from './unit-schema';

// The units (đơn vị) asked to send reports and tham luận: the secretariat's list, each unit's
// personal upload link (the same mechanism as a delegate's, purpose "unit"), and what is still
// missing from each, for the reminder sent on Zalo.

const unitList = {
	table: unit,
	id: unit.id,
	conferenceId: unit.conferenceId,
	position: unit.position
};
const unitRows: OwnedRows = {
	...unitList,
	label: unit.name,
	labelKey: 'name',
	entity: 'unit',
	action: 'unit_deleted',
	announce: 'submissions'
};
const unitTokens: PersonalTokenRows = {
	purpose: 'unit',
	table: unit,
	id: unit.id,
	hash: unit.uploadTokenHash
};

/** The current upload token of a unit: derived, never stored. */
export function unitTokenOf(u: { id: number; uploadTokenVersion: number }): string {
	return currentToken('unit', { id: u.id, version: u.uploadTokenVersion });
}

/** Stores sha256 of each unit's current upload token. */
export async function assignUnitTokens(
	db: Executor,
	units: { id: number; uploadTokenVersion: number }[]
) {
	await storeTokenHashes(
		db,
		unitTokens,
		units.map((u) => ({ id: u.id, version: u.uploadTokenVersion }))
	);
}

const unitColumns = {
	id: unit.id,
	name: unit.name,
	leader: unit.leader,
	phone: unit.phone,
	email: unit.email,
	position: unit.position,
	uploadTokenVersion: unit.uploadTokenVersion
};

/** A unit's requests not yet answered by any file: not exempt, not closed. */
export interface MissingRequest {
	unitId: number;
	requestId: number;
	title: string;
	dueAt: Date;
}

/** The conference's units in their order, for a choice of unit (the agenda's speaker, a request's units). */
export async function unitsInOrder(db: Executor, conferenceId: number) {
	return db
		.select({ id: unit.id, name: unit.name })
		.from(unit)
		.where(eq(unit.conferenceId, conferenceId))
		.orderBy(asc(unit.position));
}

/** The conference's units in their order, each with how many submissions it has and what it still owes. */
export async function listUnits(db: Database, conferenceId: number) {
	const [rows, submitted, missing] = await Promise.all([
		db
			.select(unitColumns)
			.from(unit)
			.where(eq(unit.conferenceId, conferenceId))
			.orderBy(asc(unit.position)),
		db
			.select({ unitId: submission.unitId, n: count() })
			.from(submission)
			.innerJoin(unit, eq(submission.unitId, unit.id))
			.where(eq(unit.conferenceId, conferenceId))
			.groupBy(submission.unitId),
		missingRequests(db, conferenceId)
	]);
	const submissions = new Map(submitted.map((s) => [s.unitId, s.n]));
	return rows.map((u) => ({
		...u,
		submissions: submissions.get(u.id) ?? 0,
		missing: missing.filter((m) => m.unitId === u.id)
	}));
}
export type UnitRow = Awaited<ReturnType<typeof listUnits>>[number];

/** Every request still missing from a unit of the conference, by deadline. */
export async function missingRequests(
	db: Executor,
	conferenceId: number
): Promise<MissingRequest[]> {
	return db
		.select({
			unitId: documentRequestUnit.unitId,
			requestId: documentRequest.id,
			title: documentRequest.title,
			dueAt: documentRequest.dueAt
		})
		.from(documentRequestUnit)
		.innerJoin(documentRequest, eq(documentRequestUnit.requestId, documentRequest.id))
		.leftJoin(
			submission,
			and(
				eq(submission.requestId, documentRequest.id),
				eq(submission.unitId, documentRequestUnit.unitId)
			)
		)
		.where(
			and(
				eq(documentRequest.conferenceId, conferenceId),
				isNull(documentRequestUnit.exemptAt),
				isNull(documentRequest.closedAt),
				isNull(submission.id)
			)
		)
		.orderBy(asc(documentRequest.dueAt), asc(documentRequest.position));
}

export async function getUnit(db: Executor, conferenceId: number, id: number) {
	const [row] = await db
		.select(unitColumns)
		.from(unit)
		.where(and(eq(unit.conferenceId, conferenceId), eq(unit.id, id)));
	return row ?? null;
}

/** Two units of one name would make the board and the reminders ambiguous. */
async function refuseTakenName(
	tx: Executor,
	conferenceId: number,
	name: string,
	exceptId?: number
) {
	const names = await tx
		.select({ id: unit.id, name: unit.name })
		.from(unit)
		.where(eq(unit.conferenceId, conferenceId));
	const wanted = name.toLocaleLowerCase('vi');
	if (names.some((u) => u.id !== exceptId && u.name.toLocaleLowerCase('vi') === wanted))
		throw new RuleError(`Đã có đơn vị “${name}”.`);
}

export async function createUnit(
	db: Database,
	actor: Actor,
	conferenceId: number,
	input: UnitInput
): Promise<number> {
	return db.transaction(async (tx) => {
		// Two clerks adding at once would take the same next position.
		await tx.execute(sql`select pg_advisory_xact_lock(727014, ${conferenceId})`);
		await refuseTakenName(tx, conferenceId, input.name);
		const [last] = await tx
			.select({ n: max(unit.position) })
			.from(unit)
			.where(eq(unit.conferenceId, conferenceId));
		const [created] = await tx
			.insert(unit)
			.values({ conferenceId, position: (last?.n ?? 0) + 1, ...input })
			.returning({ id: unit.id, uploadTokenVersion: unit.uploadTokenVersion });
		await assignUnitTokens(tx, [created!]);
		await writeAudit(tx, {
			...actor,
			action: 'unit_created',
			entity: 'unit',
			entityId: created!.id,
			detail: { name: input.name }
		});
		await publish(tx, { type: 'submissions', conferenceId });
		return created!.id;
	});
}

export async function updateUnit(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	input: UnitInput
) {
	await db.transaction(async (tx) => {
		await refuseTakenName(tx, conferenceId, input.name, id);
		const updated = await tx
			.update(unit)
			.set(input)
			.where(and(eq(unit.id, id), eq(unit.conferenceId, conferenceId)))
			.returning({ id: unit.id });
		if (updated.length === 0) throw new NotFoundError();
		await writeAudit(tx, {
			...actor,
			action: 'unit_updated',
			entity: 'unit',
			entityId: id,
			detail: { name: input.name }
		});
		await publish(tx, { type: 'submissions', conferenceId });
	});
}

export async function moveUnit(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	direction: 'up' | 'down'
) {
	await db.transaction(async (tx) => {
		const moved = await swapWithNeighbour(tx, unitList, conferenceId, id, direction);
		if (moved === 'not-found') throw new NotFoundError();
		if (moved === 'at-end') return;
		await writeAudit(tx, {
			...actor,
			action: 'unit_moved',
			entity: 'unit',
			entityId: id,
			detail: { direction }
		});
		await publish(tx, { type: 'submissions', conferenceId });
	});
}

/** Refused while the unit has sent anything: its files are the conference's record. */
export function deleteUnit(db: Database, actor: Actor, conferenceId: number, id: number) {
	return deleteOwnedRow(db, actor, unitRows, conferenceId, id, async (tx) => {
		const [sent] = await tx
			.select({ n: count() })
			.from(submission)
			.where(eq(submission.unitId, id));
		if (sent!.n > 0) {
			throw new RuleError(
				`Đơn vị này đã nộp ${sent!.n} tài liệu nên không thể xóa. Các tài liệu đã nộp là hồ sơ của hội nghị và cần được giữ lại.`
			);
		}
	});
}

/** "Thu hồi và cấp lại": the old upload link stops working at once; a new one is issued. */
export async function reissueUnitLink(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number
) {
	await db.transaction(async (tx) => {
		const [bumped] = await tx
			.update(unit)
			.set({ uploadTokenVersion: sql`${unit.uploadTokenVersion} + 1` })
			.where(and(eq(unit.id, id), eq(unit.conferenceId, conferenceId)))
			.returning({ id: unit.id, uploadTokenVersion: unit.uploadTokenVersion });
		if (!bumped) throw new NotFoundError();
		await assignUnitTokens(tx, [bumped]);
		await writeAudit(tx, {
			...actor,
			action: 'unit_link_reissued',
			entity: 'unit',
			entityId: id,
			detail: { version: bumped.uploadTokenVersion }
		});
		await publish(tx, { type: 'submissions', conferenceId });
	});
}

/** The unit behind an upload link, with its conference; null for unknown or revoked tokens. */
export async function findUnitByToken(db: Database, token: string) {
	const [row] = await db
		.select({ unit: unitColumns, conference: { id: conference.id, title: conference.title } })
		.from(unit)
		.innerJoin(conference, eq(unit.conferenceId, conference.id))
		.where(eq(unit.uploadTokenHash, unitTokenHash(token)));
	return row ?? null;
}

/**
 * What the unit's own page shows: each request asked of it (exempt or not, closed or not) with
 * every version it has sent, newest first, and the text of its latest. Only this unit's rows.
 */
export async function requestsOfUnit(db: Database, unitId: number) {
	const requests = await db
		.select({
			id: documentRequest.id,
			kind: documentRequest.kind,
			title: documentRequest.title,
			topic: documentRequest.topic,
			dueAt: documentRequest.dueAt,
			closedAt: documentRequest.closedAt,
			exemptAt: documentRequestUnit.exemptAt
		})
		.from(documentRequestUnit)
		.innerJoin(documentRequest, eq(documentRequestUnit.requestId, documentRequest.id))
		.where(eq(documentRequestUnit.unitId, unitId))
		.orderBy(asc(documentRequest.dueAt), asc(documentRequest.position));
	const ids = requests.map((r) => r.id);
	const versions =
		ids.length === 0
			? []
			: await db
					.select({
						requestId: submission.requestId,
						version: submissionVersion.version,
						fileName: submissionVersion.fileName,
						size: submissionVersion.size,
						sha256: submissionVersion.sha256,
						submittedAt: submissionVersion.submittedAt,
						late: submissionVersion.late,
						extraction: submissionVersion.extraction,
						html: submissionVersion.html
					})
					.from(submissionVersion)
					.innerJoin(submission, eq(submissionVersion.submissionId, submission.id))
					.where(and(eq(submission.unitId, unitId), inArray(submission.requestId, ids)))
					.orderBy(desc(submissionVersion.version));
	return requests.map((r) => {
		const sent = versions.filter((v) => v.requestId === r.id);
		return {
			...r,
			// Only the latest text travels to the page: older ones are there for the secretariat.
			versions: sent.map(({ html, requestId: _, ...v }, i) =>
				i === 0 ? { ...v, html } : { ...v, html: null }
			)
		};
	});
}
export type UnitRequest = Awaited<ReturnType<typeof requestsOfUnit>>[number];
