import { and, asc, desc, eq } from 'drizzle-orm';
import type { ItemNote, NoteSave, NoteSaveResult } from '$lib/domain/minutes';
import { personRole } from '$lib/domain/person';
import {
	emptyNote,
	NOTE_CONFLICT_MESSAGE,
	noteContent,
	sameNoteContent
} from '$lib/domain/minutes-notes';
import type { Actor } from '../audit';
import type { Database, Executor } from '../db';
import { agendaItem, delegate, minutesNote, user } from '../db/schema';
import { NotFoundError } from '../http/errors';
import { publish } from '../live';

export const ITEM_GONE_MESSAGE =
	'Mục này không còn trong chương trình của hội nghị. Vui lòng tải lại trang.';

const noteColumns = {
	itemId: minutesNote.agendaItemId,
	revision: minutesNote.revision,
	notes: minutesNote.notes,
	floorSpeakers: minutesNote.floorSpeakers,
	conclusions: minutesNote.conclusions,
	savedAt: minutesNote.savedAt,
	savedBy: user.displayName
};

type NoteRow = Omit<ItemNote, 'savedAt' | 'savedBy'> & { savedAt: Date; savedBy: string | null };

const toNote = (r: NoteRow): ItemNote => ({
	...r,
	savedAt: r.savedAt.getTime(),
	savedBy: r.savedBy ?? null
});

/** Each agenda item's latest note (its highest revision), by item id; items never written are absent. */
export async function latestNotes(
	db: Executor,
	conferenceId: number
): Promise<Map<number, ItemNote>> {
	const rows = await db
		.selectDistinctOn([minutesNote.agendaItemId], noteColumns)
		.from(minutesNote)
		.leftJoin(user, eq(user.id, minutesNote.byUserId))
		.where(eq(minutesNote.conferenceId, conferenceId))
		.orderBy(minutesNote.agendaItemId, desc(minutesNote.revision));
	return new Map(rows.map((r) => [r.itemId, toNote(r)]));
}

/** The item's agenda row, or a NotFoundError when it is not (or no longer) in this conference's programme. */
async function itemOf(db: Executor, conferenceId: number, itemId: number, lock: boolean) {
	const query = db
		.select({ id: agendaItem.id, kind: agendaItem.kind })
		.from(agendaItem)
		.where(and(eq(agendaItem.id, itemId), eq(agendaItem.conferenceId, conferenceId)));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw new NotFoundError(ITEM_GONE_MESSAGE);
	return row;
}

async function latestOf(db: Executor, itemId: number): Promise<ItemNote> {
	const [row] = await db
		.select(noteColumns)
		.from(minutesNote)
		.leftJoin(user, eq(user.id, minutesNote.byUserId))
		.where(eq(minutesNote.agendaItemId, itemId))
		.orderBy(desc(minutesNote.revision))
		.limit(1);
	return row ? toNote(row) : emptyNote(itemId);
}

/** One item's latest note (revision 0 and empty before the first save); NotFoundError for another conference's item. */
export async function noteOf(
	db: Executor,
	conferenceId: number,
	itemId: number
): Promise<ItemNote> {
	await itemOf(db, conferenceId, itemId, false);
	return latestOf(db, itemId);
}

/**
 * Saves one item's note as its next revision, if it was typed on the latest one. The item's row is
 * locked, so two laptops saving at once are served one after the other: the second sees the first's
 * revision and gets it back as a conflict, nothing written. The same content as the latest (a retry
 * whose answer was lost, or a typed-and-undone word) is answered with the latest, no new revision.
 */
export async function saveNote(
	db: Database,
	actor: Actor,
	conferenceId: number,
	save: NoteSave
): Promise<NoteSaveResult> {
	return db.transaction(async (tx) => {
		await itemOf(tx, conferenceId, save.itemId, true);
		const latest = await latestOf(tx, save.itemId);
		if (sameNoteContent(save, latest)) return { ok: true, note: latest };
		if (save.baseRevision !== latest.revision)
			return { ok: false, conflict: latest, message: NOTE_CONFLICT_MESSAGE };
		const revision = latest.revision + 1;
		await tx.insert(minutesNote).values({
			conferenceId,
			agendaItemId: save.itemId,
			revision,
			...noteContent(save),
			byUserId: actor.userId
		});
		await publish(tx, { type: 'minutes', conferenceId, itemId: save.itemId, revision });
		return { ok: true, note: await latestOf(tx, save.itemId) };
	});
}

/** "Các lần lưu": every revision of one item, newest first, who saved it and when. */
export async function noteRevisions(db: Executor, conferenceId: number, itemId: number) {
	await itemOf(db, conferenceId, itemId, false);
	const rows = await db
		.select({
			revision: minutesNote.revision,
			savedAt: minutesNote.savedAt,
			savedBy: user.displayName
		})
		.from(minutesNote)
		.leftJoin(user, eq(user.id, minutesNote.byUserId))
		.where(and(eq(minutesNote.conferenceId, conferenceId), eq(minutesNote.agendaItemId, itemId)))
		.orderBy(desc(minutesNote.revision));
	return rows.map((r) => ({
		revision: r.revision,
		savedAt: r.savedAt.getTime(),
		savedBy: r.savedBy ?? null
	}));
}
export type NoteRevision = Awaited<ReturnType<typeof noteRevisions>>[number];

/** The delegates the secretary picks floor speakers from (walk-ins included: they speak too). */
export async function speakerChoices(db: Executor, conferenceId: number) {
	const rows = await db
		.select({
			id: delegate.id,
			fullName: delegate.fullName,
			position: delegate.position,
			organisation: delegate.organisation
		})
		.from(delegate)
		.where(eq(delegate.conferenceId, conferenceId))
		.orderBy(asc(delegate.fullName));
	return rows.map((r) => ({
		id: r.id,
		fullName: r.fullName,
		unit: personRole(r)
	}));
}
