import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { AgendaItemInput } from '$lib/domain/agenda-schema';
import { suggestedProgramme, type ProgrammeItem } from '$lib/domain/programme';
import { writeAudit, type Actor } from '../audit';
import type { Database, Executor } from '../db';
import {
	agendaItem,
	conference,
	delegate,
	documentRequest,
	documentRequestUnit,
	unit
} from '../db/schema';
import { NotFoundError, RuleError } from '../http/errors';
import { publish } from '../live';
import { swapWithNeighbour } from '../ordering';
import { deleteOwnedRow, type OwnedRows } from '../owned-rows';

const agendaList = {
	table: agendaItem,
	id: agendaItem.id,
	conferenceId: agendaItem.conferenceId,
	position: agendaItem.position
};
const agendaRows: OwnedRows = {
	...agendaList,
	label: agendaItem.title,
	labelKey: 'title',
	entity: 'agenda_item',
	action: 'agenda_item_deleted',
	announce: 'agenda'
};

/** One writer of a conference's agenda order at a time (inside the caller's transaction). */
function lockAgenda(tx: Executor, conferenceId: number) {
	return tx.execute(sql`select pg_advisory_xact_lock(727004, ${conferenceId})`);
}

/** The agenda in order, with the names of the linked delegate and unit. */
export async function listAgenda(db: Executor, conferenceId: number) {
	const rows = await db
		.select({
			id: agendaItem.id,
			position: agendaItem.position,
			kind: agendaItem.kind,
			title: agendaItem.title,
			presenter: agendaItem.presenter,
			delegateId: agendaItem.delegateId,
			delegateName: delegate.fullName,
			unitId: agendaItem.unitId,
			unitName: unit.name,
			plannedSeconds: agendaItem.plannedSeconds,
			chairNotes: agendaItem.chairNotes
		})
		.from(agendaItem)
		.leftJoin(delegate, eq(delegate.id, agendaItem.delegateId))
		.leftJoin(unit, eq(unit.id, agendaItem.unitId))
		.where(eq(agendaItem.conferenceId, conferenceId))
		.orderBy(asc(agendaItem.position), asc(agendaItem.id));
	return rows.map((r) => ({
		...r,
		// Free text wins; a chosen delegate fills in when nothing was typed.
		presenter: r.presenter || r.delegateName || '',
		unitName: r.unitName ?? ''
	}));
}
export type AgendaRow = Awaited<ReturnType<typeof listAgenda>>[number];

/** The agenda as the projector and delegates see it: no notes meant for the chair. */
export function publicProgramme(rows: AgendaRow[]): ProgrammeItem[] {
	return rows.map(({ id, kind, title, presenter, unitName, plannedSeconds }) => ({
		id,
		kind,
		title,
		presenter,
		unitName,
		plannedSeconds
	}));
}

async function checkLinks(db: Executor, conferenceId: number, input: AgendaItemInput) {
	if (input.delegateId !== null) {
		const [d] = await db
			.select({ id: delegate.id })
			.from(delegate)
			.where(and(eq(delegate.id, input.delegateId), eq(delegate.conferenceId, conferenceId)));
		if (!d) throw new RuleError('Đại biểu đã chọn không có trong danh sách của hội nghị này.');
	}
	if (input.unitId !== null) {
		const [u] = await db
			.select({ id: unit.id })
			.from(unit)
			.where(and(eq(unit.id, input.unitId), eq(unit.conferenceId, conferenceId)));
		if (!u) throw new RuleError('Đơn vị đã chọn không thuộc hội nghị này.');
	}
}

function columns(input: AgendaItemInput) {
	return {
		kind: input.kind,
		title: input.title,
		presenter: input.presenter,
		delegateId: input.delegateId,
		unitId: input.unitId,
		plannedSeconds: input.plannedMinutes * 60,
		chairNotes: input.chairNotes
	};
}

export async function createAgendaItem(
	db: Database,
	actor: Actor,
	conferenceId: number,
	input: AgendaItemInput
) {
	return db.transaction(async (tx) => {
		await checkLinks(tx, conferenceId, input);
		// Two clerks adding at once get distinct positions.
		await lockAgenda(tx, conferenceId);
		const [last] = await tx
			.select({ p: max(agendaItem.position) })
			.from(agendaItem)
			.where(eq(agendaItem.conferenceId, conferenceId));
		const [created] = await tx
			.insert(agendaItem)
			.values({ conferenceId, position: (last?.p ?? 0) + 1, ...columns(input) })
			.returning({ id: agendaItem.id });
		await writeAudit(tx, {
			...actor,
			action: 'agenda_item_created',
			entity: 'agenda_item',
			entityId: created!.id,
			detail: { title: input.title }
		});
		await publish(tx, { type: 'agenda', conferenceId });
		return created!.id;
	});
}

export async function updateAgendaItem(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	input: AgendaItemInput
) {
	await db.transaction(async (tx) => {
		await checkLinks(tx, conferenceId, input);
		const updated = await tx
			.update(agendaItem)
			.set(columns(input))
			.where(and(eq(agendaItem.id, id), eq(agendaItem.conferenceId, conferenceId)))
			.returning({ id: agendaItem.id });
		if (updated.length === 0) throw new NotFoundError();
		await writeAudit(tx, {
			...actor,
			action: 'agenda_item_updated',
			entity: 'agenda_item',
			entityId: id,
			detail: { title: input.title }
		});
		await publish(tx, { type: 'agenda', conferenceId });
	});
}

/** Swaps an item with its neighbour above or below. */
export async function moveAgendaItem(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	direction: 'up' | 'down'
) {
	await db.transaction(async (tx) => {
		await lockAgenda(tx, conferenceId);
		const moved = await swapWithNeighbour(tx, agendaList, conferenceId, id, direction);
		if (moved === 'not-found') throw new NotFoundError();
		if (moved === 'at-end') return;
		await writeAudit(tx, {
			...actor,
			action: 'agenda_item_moved',
			entity: 'agenda_item',
			entityId: id,
			detail: { direction }
		});
		await publish(tx, { type: 'agenda', conferenceId });
	});
}

export function deleteAgendaItem(db: Database, actor: Actor, conferenceId: number, id: number) {
	return deleteOwnedRow(db, actor, agendaRows, conferenceId, id);
}

/** "Lập chương trình gợi ý": createSuggestedAgenda in a transaction of its own. */
export function suggestAgenda(db: Database, actor: Actor, conferenceId: number) {
	return db.transaction((tx) => createSuggestedAgenda(tx, actor, conferenceId));
}

/**
 * Fills an empty agenda with the usual programme built from the conference, its units and the
 * tham luận its speech requests ask for, and links each such request with no programme item yet to
 * the item made for it. Refused when the agenda already has items. Runs inside the caller's
 * transaction (the lock and the inserts go together).
 */
export async function createSuggestedAgenda(
	db: Executor,
	actor: Actor | null,
	conferenceId: number
) {
	await lockAgenda(db, conferenceId);
	const [existing] = await db
		.select({ p: max(agendaItem.position) })
		.from(agendaItem)
		.where(eq(agendaItem.conferenceId, conferenceId));
	if (existing?.p != null)
		throw new RuleError(
			'Chương trình đã có nội dung; chỉ lập chương trình gợi ý khi chương trình còn trống.'
		);
	const [conf] = await db.select().from(conference).where(eq(conference.id, conferenceId));
	if (!conf) throw new NotFoundError();
	const units = await db
		.select({ id: unit.id, name: unit.name })
		.from(unit)
		.where(eq(unit.conferenceId, conferenceId))
		.orderBy(asc(unit.position));
	// A tham luận is one unit's: the first unit a speech request asks gives it.
	const speechRows = await db
		.selectDistinctOn([documentRequest.id], {
			requestId: documentRequest.id,
			position: documentRequest.position,
			agendaItemId: documentRequest.agendaItemId,
			topic: documentRequest.topic,
			title: documentRequest.title,
			unitName: unit.name
		})
		.from(documentRequest)
		.innerJoin(documentRequestUnit, eq(documentRequestUnit.requestId, documentRequest.id))
		.innerJoin(unit, eq(unit.id, documentRequestUnit.unitId))
		.where(and(eq(documentRequest.conferenceId, conferenceId), eq(documentRequest.kind, 'speech')))
		.orderBy(documentRequest.id, asc(unit.position));
	// DISTINCT ON needs its own order; the programme follows the requests' order.
	const speeches = speechRows.sort((a, b) => a.position - b.position || a.requestId - b.requestId);
	const unitIdByName = new Map(units.map((u) => [u.name, u.id]));
	const entries = suggestedProgramme(
		conf,
		units,
		speeches.map((s) => ({ topic: s.topic ?? s.title, unitName: s.unitName }))
	);
	const created = await db
		.insert(agendaItem)
		.values(
			entries.map((e, i) => ({
				conferenceId,
				position: i + 1,
				kind: e.kind,
				title: e.title,
				presenter: e.presenter,
				unitId: unitIdByName.get(e.unitName) ?? null,
				plannedSeconds: e.plannedSeconds,
				chairNotes: e.chairNotes
			}))
		)
		.returning({ id: agendaItem.id, kind: agendaItem.kind, position: agendaItem.position });
	// The speech items come in the speeches' order.
	const speechItems = created
		.filter((c) => c.kind === 'speech')
		.sort((a, b) => a.position - b.position);
	for (const [i, s] of speeches.entries()) {
		if (s.agendaItemId === null)
			await db
				.update(documentRequest)
				.set({ agendaItemId: speechItems[i]!.id })
				.where(eq(documentRequest.id, s.requestId));
	}
	await writeAudit(db, {
		userId: actor?.userId ?? null,
		address: actor?.address ?? null,
		action: 'agenda_suggested',
		entity: 'conference',
		entityId: conferenceId
	});
	await publish(db, { type: 'agenda', conferenceId });
	return entries.length;
}
