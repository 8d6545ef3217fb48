// Document requests (docs/architecture.md, "units' submissions"): what the units must send, by when.
// Every change is one transaction with its audit line and the live event 'submissions'.
import { and, asc, count, eq, inArray, max, notInArray, sql } from 'drizzle-orm';
import { writeAudit, type Actor } from '../audit';
import type { Database, Executor } from '../db';
import { agendaItem, documentRequest, documentRequestUnit, submission, unit } from '../db/schema';
import { NotFoundError, RuleError } from '../http/errors';
import { publish } from '../live';
import type { RequestInput } from './request-schema';

/** One writer of a conference's request order at a time (inside the caller's transaction). */
function lockRequests(tx: Executor, conferenceId: number) {
	return tx.execute(sql`select pg_advisory_xact_lock(727014, ${conferenceId})`);
}

/** The requests in order, with the units each asks, whether it has submissions, and its programme item. */
export async function listRequests(db: Executor, conferenceId: number) {
	const [requests, asked, submitted] = await Promise.all([
		db
			.select({
				id: documentRequest.id,
				kind: documentRequest.kind,
				title: documentRequest.title,
				dueAt: documentRequest.dueAt,
				topic: documentRequest.topic,
				agendaItemId: documentRequest.agendaItemId,
				agendaItemTitle: agendaItem.title,
				closedAt: documentRequest.closedAt,
				position: documentRequest.position
			})
			.from(documentRequest)
			.leftJoin(agendaItem, eq(agendaItem.id, documentRequest.agendaItemId))
			.where(eq(documentRequest.conferenceId, conferenceId))
			.orderBy(asc(documentRequest.position), asc(documentRequest.id)),
		db
			.select({
				requestId: documentRequestUnit.requestId,
				unitId: documentRequestUnit.unitId,
				exemptAt: documentRequestUnit.exemptAt
			})
			.from(documentRequestUnit)
			.innerJoin(unit, eq(unit.id, documentRequestUnit.unitId))
			.where(eq(unit.conferenceId, conferenceId))
			.orderBy(asc(unit.position)),
		db
			.select({ requestId: submission.requestId, n: count() })
			.from(submission)
			.innerJoin(documentRequest, eq(documentRequest.id, submission.requestId))
			.where(eq(documentRequest.conferenceId, conferenceId))
			.groupBy(submission.requestId)
	]);
	const submissions = new Map(submitted.map((s) => [s.requestId, s.n]));
	return requests.map((r) => {
		const units = asked.filter((a) => a.requestId === r.id);
		return {
			...r,
			unitIds: units.map((a) => a.unitId),
			asked: units.map(({ unitId, exemptAt }) => ({ unitId, exemptAt })),
			submissions: submissions.get(r.id) ?? 0
		};
	});
}
export type RequestRow = Awaited<ReturnType<typeof listRequests>>[number];

/** The units and the programme item must be this conference's. */
async function checkLinks(db: Executor, conferenceId: number, input: RequestInput) {
	const found = await db
		.select({ id: unit.id })
		.from(unit)
		.where(and(eq(unit.conferenceId, conferenceId), inArray(unit.id, input.unitIds)));
	if (found.length !== input.unitIds.length)
		throw new RuleError(
			'Có đơn vị đã chọn không thuộc hội nghị này (có thể vừa bị xóa). Vui lòng tải lại trang.'
		);
	if (input.agendaItemId !== null) {
		const [item] = await db
			.select({ id: agendaItem.id })
			.from(agendaItem)
			.where(and(eq(agendaItem.id, input.agendaItemId), eq(agendaItem.conferenceId, conferenceId)));
		if (!item)
			throw new RuleError(
				'Nội dung chương trình đã chọn không có trong chương trình của hội nghị này.'
			);
	}
}

const columns = (input: RequestInput) => ({
	kind: input.kind,
	title: input.title,
	dueAt: input.dueAt,
	topic: input.topic,
	agendaItemId: input.agendaItemId
});

/** Adds a request at the end of the list; runs inside the caller's transaction (the demo seeds through it). */
export async function insertRequest(
	tx: Executor,
	actor: Actor | null,
	conferenceId: number,
	input: RequestInput
): Promise<number> {
	await checkLinks(tx, conferenceId, input);
	await lockRequests(tx, conferenceId);
	const [last] = await tx
		.select({ p: max(documentRequest.position) })
		.from(documentRequest)
		.where(eq(documentRequest.conferenceId, conferenceId));
	const [created] = await tx
		.insert(documentRequest)
		.values({ conferenceId, position: (last?.p ?? 0) + 1, ...columns(input) })
		.returning({ id: documentRequest.id });
	const id = created!.id;
	await tx
		.insert(documentRequestUnit)
		.values(input.unitIds.map((unitId) => ({ requestId: id, unitId })));
	await writeAudit(tx, {
		userId: actor?.userId ?? null,
		address: actor?.address ?? null,
		action: 'document_request_created',
		entity: 'document_request',
		entityId: id,
		detail: { title: input.title, units: input.unitIds.length }
	});
	await publish(tx, { type: 'submissions', conferenceId });
	return id;
}

export function createRequest(
	db: Database,
	actor: Actor,
	conferenceId: number,
	input: RequestInput
): Promise<number> {
	return db.transaction((tx) => insertRequest(tx, actor, conferenceId, input));
}

/** The request's row, locked for the change; NotFoundError when it is not this conference's. */
async function lockedRequest(tx: Executor, conferenceId: number, id: number) {
	const [row] = await tx
		.select()
		.from(documentRequest)
		.where(and(eq(documentRequest.id, id), eq(documentRequest.conferenceId, conferenceId)))
		.for('update');
	if (!row) throw new NotFoundError();
	return row;
}

/**
 * Saves an edited request. A unit may be taken off the list only while it has sent nothing for
 * this request: its files would be left hanging on a request that no longer asks it.
 */
export async function updateRequest(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	input: RequestInput
) {
	await db.transaction(async (tx) => {
		await lockedRequest(tx, conferenceId, id);
		await checkLinks(tx, conferenceId, input);
		const dropped = await tx
			.select({ name: unit.name })
			.from(submission)
			.innerJoin(unit, eq(unit.id, submission.unitId))
			.where(and(eq(submission.requestId, id), notInArray(submission.unitId, input.unitIds)));
		if (dropped.length) {
			throw new RuleError(
				`${dropped.map((d) => d.name).join(', ')} đã nộp tệp cho yêu cầu này nên không thể bỏ khỏi danh sách đơn vị phải nộp. Có thể đánh dấu “Không phải nộp” trên bảng theo dõi.`
			);
		}
		await tx.update(documentRequest).set(columns(input)).where(eq(documentRequest.id, id));
		await tx
			.delete(documentRequestUnit)
			.where(
				and(
					eq(documentRequestUnit.requestId, id),
					notInArray(documentRequestUnit.unitId, input.unitIds)
				)
			);
		// A unit still asked keeps its row, and with it its "không phải nộp" mark.
		await tx
			.insert(documentRequestUnit)
			.values(input.unitIds.map((unitId) => ({ requestId: id, unitId })))
			.onConflictDoNothing();
		await writeAudit(tx, {
			...actor,
			action: 'document_request_updated',
			entity: 'document_request',
			entityId: id,
			detail: { title: input.title, units: input.unitIds.length }
		});
		await publish(tx, { type: 'submissions', conferenceId });
	});
}

/** Removes a request that nobody has answered yet; one with submissions is kept (close it instead). */
export async function deleteRequest(db: Database, actor: Actor, conferenceId: number, id: number) {
	await db.transaction(async (tx) => {
		const row = await lockedRequest(tx, conferenceId, id);
		const [answered] = await tx
			.select({ n: count() })
			.from(submission)
			.where(eq(submission.requestId, id));
		if (answered!.n > 0) {
			throw new RuleError(
				`Không thể xóa “${row.title}”: đã có ${answered!.n} đơn vị nộp tệp. Nếu không nhận thêm, hãy bấm “Khóa nhận tệp”.`
			);
		}
		await tx.delete(documentRequest).where(eq(documentRequest.id, id));
		await writeAudit(tx, {
			...actor,
			action: 'document_request_deleted',
			entity: 'document_request',
			entityId: id,
			detail: { title: row.title }
		});
		await publish(tx, { type: 'submissions', conferenceId });
	});
}

/** "Khóa nhận tệp" (closed: no more uploads, late or not) or "Mở lại". Closing a closed request changes nothing. */
export async function setRequestClosed(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	closed: boolean,
	now = new Date()
) {
	await db.transaction(async (tx) => {
		const row = await lockedRequest(tx, conferenceId, id);
		if ((row.closedAt !== null) === closed) return;
		await tx
			.update(documentRequest)
			.set({ closedAt: closed ? now : null })
			.where(eq(documentRequest.id, id));
		await writeAudit(tx, {
			...actor,
			action: closed ? 'document_request_closed' : 'document_request_reopened',
			entity: 'document_request',
			entityId: id,
			detail: { title: row.title }
		});
		await publish(tx, { type: 'submissions', conferenceId });
	});
}
