// Check-ins and the scanner phones that send them.
import {
	type AnyPgColumn,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { CHECKIN_METHODS } from '../../../domain/checkin';
import { user } from './people';
import { conference, delegate } from './conference';

export const checkinMethod = pgEnum('checkin_method', CHECKIN_METHODS);

/**
 * Every scan that named a delegate, under the id its device made (so a resend stores nothing new).
 * The delegate's earliest active row is the check-in; later rows are kept as repeat scans.
 */
export const checkin = pgTable(
	'checkin',
	{
		id: text('id').primaryKey(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		delegateId: integer('delegate_id')
			.notNull()
			.references(() => delegate.id, { onDelete: 'cascade' }),
		scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
		deviceId: text('device_id').notNull(),
		method: checkinMethod('method').notNull(),
		/** Staff member whose session sent it; null for a delegate's self check-in. */
		userId: integer('user_id').references(() => user.id, { onDelete: 'set null' }),
		undoneAt: timestamp('undone_at', { withTimezone: true }),
		undoneByUserId: integer('undone_by_user_id').references(() => user.id, {
			onDelete: 'set null'
		}),
		undoReason: text('undo_reason')
	},
	(t) => [
		index('checkin_delegate_scanned').on(t.delegateId, t.scannedAt),
		index('checkin_conference').on(t.conferenceId)
	]
);

/** A name staff give their phone once ("Cửa chính – Lan"), shown wherever its check-ins are. */
export const scannerDevice = pgTable('scanner_device', {
	/** The id the device made for itself (src/lib/client/scanner.svelte.ts). */
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	namedByUserId: integer('named_by_user_id').references((): AnyPgColumn => user.id, {
		onDelete: 'set null'
	}),
	namedAt: timestamp('named_at', { withTimezone: true }).notNull().defaultNow()
});

export type Checkin = typeof checkin.$inferSelect;
export type ScannerDevice = typeof scannerDevice.$inferSelect;
