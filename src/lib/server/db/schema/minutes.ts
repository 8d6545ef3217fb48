// The secretary's notes, the biên bản and the kỷ yếu's choice.
import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { FloorSpeaker, MinutesBody } from '../../../domain/minutes';
import type { ProceedingsChoice } from '../../../domain/proceedings';
import { createdAt } from './columns';
import { user } from './people';
import { conference } from './conference';
import { agendaItem } from './agenda';

/**
 * The secretary's notes on one agenda item, one row per saved revision (every revision kept): the
 * latest revision is the item's note. A save names the revision it was typed on, so two writers
 * never silently overwrite each other (src/lib/server/minutes/notes.ts).
 */
export const minutesNote = pgTable(
	'minutes_note',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		agendaItemId: integer('agenda_item_id')
			.notNull()
			.references(() => agendaItem.id, { onDelete: 'cascade' }),
		revision: integer('revision').notNull(),
		notes: text('notes').notNull().default(''),
		floorSpeakers: jsonb('floor_speakers')
			.$type<FloorSpeaker[]>()
			.notNull()
			.default(sql`'[]'::jsonb`),
		conclusions: jsonb('conclusions')
			.$type<string[]>()
			.notNull()
			.default(sql`'[]'::jsonb`),
		savedAt: timestamp('saved_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
		byUserId: integer('by_user_id').references((): AnyPgColumn => user.id, { onDelete: 'set null' })
	},
	(t) => [
		uniqueIndex('minutes_note_item_revision').on(t.agendaItemId, t.revision),
		index('minutes_note_conference').on(t.conferenceId)
	]
);

/**
 * The biên bản, one row per revision: the open (unfinalized) revision is edited in place; "Hoàn thành"
 * sets `finalizedAt`; "Mở lại để sửa" adds the next revision with its reason. Earlier revisions stay.
 */
export const minutesRecord = pgTable(
	'minutes_record',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		revision: integer('revision').notNull(),
		body: jsonb('body').$type<MinutesBody>().notNull(),
		/** Grows with every save of an open revision: a save typed on an older one is refused. */
		editCount: integer('edit_count').notNull().default(0),
		updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
		byUserId: integer('by_user_id').references((): AnyPgColumn => user.id, {
			onDelete: 'set null'
		}),
		finalizedAt: timestamp('finalized_at', { withTimezone: true, precision: 3 }),
		finalizedByUserId: integer('finalized_by_user_id').references((): AnyPgColumn => user.id, {
			onDelete: 'set null'
		}),
		/** Why a finalized biên bản was opened again (this revision's reason); null for the first. */
		reopenReason: text('reopen_reason'),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('minutes_record_conference_revision').on(t.conferenceId, t.revision)]
);

/** The secretariat's choice of what the kỷ yếu holds (src/lib/domain/proceedings.ts), one row per conference. */
export const proceedingsChoice = pgTable('proceedings_choice', {
	conferenceId: integer('conference_id')
		.primaryKey()
		.references(() => conference.id, { onDelete: 'cascade' }),
	choice: jsonb('choice').$type<ProceedingsChoice>().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
	byUserId: integer('by_user_id').references((): AnyPgColumn => user.id, { onDelete: 'set null' })
});

export type MinutesNote = typeof minutesNote.$inferSelect;
export type MinutesRecord = typeof minutesRecord.$inferSelect;
