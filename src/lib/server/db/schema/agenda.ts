// The programme and the live meeting: what the hall sees and every timer event.
import {
	bigint,
	boolean,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { AGENDA_KINDS } from '../../../domain/programme';
import { TIMER_EVENT_KINDS } from '../../../domain/timer';
import { createdAt } from './columns';
import { user } from './people';
import { conference, delegate, unit } from './conference';

export const agendaKind = pgEnum('agenda_kind', AGENDA_KINDS);
export const timerEventKind = pgEnum('timer_event_kind', TIMER_EVENT_KINDS);

/** The programme (chương trình hội nghị), in `position` order. */
export const agendaItem = pgTable(
	'agenda_item',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: agendaKind('kind').notNull(),
		title: text('title').notNull(),
		/** Who speaks, as written; may name a delegate not on the list. */
		presenter: text('presenter').notNull().default(''),
		delegateId: integer('delegate_id').references(() => delegate.id, { onDelete: 'set null' }),
		unitId: integer('unit_id').references(() => unit.id, { onDelete: 'set null' }),
		plannedSeconds: integer('planned_seconds').notNull(),
		chairNotes: text('chair_notes').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('agenda_item_conference_position').on(t.conferenceId, t.position)]
);

/**
 * What the hall sees now, one row per conference: the item being run, its timer (docs/architecture.md,
 * Live state) and the chair's message. `version` grows with every change so clients drop stale news.
 */
export const meetingState = pgTable('meeting_state', {
	conferenceId: integer('conference_id')
		.primaryKey()
		.references(() => conference.id, { onDelete: 'cascade' }),
	itemId: integer('item_id').references(() => agendaItem.id, { onDelete: 'set null' }),
	allottedMs: integer('allotted_ms').notNull().default(0),
	running: boolean('running').notNull().default(false),
	/** Server epoch ms at which the time runs out, while running. */
	endsAt: bigint('ends_at', { mode: 'number' }),
	remainingMs: integer('remaining_ms').notNull().default(0),
	message: text('message').notNull().default(''),
	version: integer('version').notNull().default(0),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	/** What the projector shows between items ('programme', 'hall'); null: the timed item. */
	screen: text('screen').$type<'programme' | 'hall'>(),
	/** When the chair closed the meeting ("Kết thúc hội nghị"); the minutes take the end time from here. */
	endedAt: timestamp('ended_at', { withTimezone: true })
});

/** Every start, pause, resume, extension, reset, stop and item change, with the server's time. */
export const timerEvent = pgTable(
	'timer_event',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		itemId: integer('item_id').references(() => agendaItem.id, { onDelete: 'set null' }),
		kind: timerEventKind('kind').notNull(),
		at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
		/** Time left for start/pause/stop/reset/select, the change for extend. */
		ms: integer('ms').notNull(),
		userId: integer('user_id').references(() => user.id, { onDelete: 'set null' })
	},
	(t) => [index('timer_event_conference_at').on(t.conferenceId, t.at)]
);

export type AgendaItem = typeof agendaItem.$inferSelect;
export type MeetingState = typeof meetingState.$inferSelect;
export type TimerEvent = typeof timerEvent.$inferSelect;
