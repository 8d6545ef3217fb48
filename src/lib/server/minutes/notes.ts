import { desc, eq } from 'drizzle-orm';
import type { ItemNote } from '$lib/domain/minutes';
import type { Executor } from '../db';
import { minutesNote, user } from '../db/schema';

/** Each agenda item's latest note (its highest revision), by item id; items never written are absent. */
export async function latestNotes(db: Executor, conferenceId: number): Promise<Map<number, ItemNote>> {
	const rows = await db
		.selectDistinctOn([minutesNote.agendaItemId], {
			itemId: minutesNote.agendaItemId,
			revision: minutesNote.revision,
			notes: minutesNote.notes,
			floorSpeakers: minutesNote.floorSpeakers,
			conclusions: minutesNote.conclusions,
			savedAt: minutesNote.savedAt,
			savedBy: user.displayName
		})
		.from(minutesNote)
		.leftJoin(user, eq(user.id, minutesNote.byUserId))
		.where(eq(minutesNote.conferenceId, conferenceId))
		.orderBy(minutesNote.agendaItemId, desc(minutesNote.revision));
	return new Map(rows.map((r) => [r.itemId, { ...r, savedAt: r.savedAt.getTime(), savedBy: r.savedBy ?? null }]));
}
