// What units must send (requests), and what they sent (submissions and their versions).
import {
	type AnyPgColumn,
	boolean,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { DOCUMENT_KINDS, EXTRACTION_STATUSES, FILE_KINDS } from '../../../domain/documents';
import { bytea, createdAt } from './columns';
import { user } from './people';
import { conference, unit } from './conference';
import { agendaItem } from './agenda';

export const documentKind = pgEnum('document_kind', DOCUMENT_KINDS);
export const fileKind = pgEnum('file_kind', FILE_KINDS);
export const extractionStatus = pgEnum('extraction_status', EXTRACTION_STATUSES);

/** What must be sent, by which units, by when (the plan's section V): a báo cáo, a tham luận, … */
export const documentRequest = pgTable(
	'document_request',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		kind: documentKind('kind').notNull(),
		title: text('title').notNull(),
		/** The deadline; a later upload is accepted and marked late until the request is closed. */
		dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
		/** A tham luận's topic from the plan's DANH SÁCH. */
		topic: text('topic'),
		/** The programme item a tham luận is given at. */
		agendaItemId: integer('agenda_item_id').references((): AnyPgColumn => agendaItem.id, {
			onDelete: 'set null'
		}),
		/** Closed by the secretariat: no more uploads, late or not. */
		closedAt: timestamp('closed_at', { withTimezone: true }),
		position: integer('position').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('document_request_conference').on(t.conferenceId, t.position)]
);

/** A unit asked by a request; `exemptAt` when the secretariat marked it "không phải nộp". */
export const documentRequestUnit = pgTable(
	'document_request_unit',
	{
		requestId: integer('request_id')
			.notNull()
			.references(() => documentRequest.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id, { onDelete: 'cascade' }),
		exemptAt: timestamp('exempt_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.requestId, t.unitId] }),
		index('document_request_unit_unit').on(t.unitId)
	]
);

/** One unit's answer to one request; its versions are the files it sent, the latest counts. */
export const submission = pgTable(
	'submission',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		requestId: integer('request_id')
			.notNull()
			.references(() => documentRequest.id, { onDelete: 'restrict' }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id, { onDelete: 'restrict' }),
		/** "Công bố cho đại biểu": readable through the delegates' links from then on. */
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('submission_request_unit').on(t.requestId, t.unitId)]
);

/** Every file a unit (or the office for it) sent, kept whole: the same bytes twice make no new version. */
export const submissionVersion = pgTable(
	'submission_version',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		submissionId: integer('submission_id')
			.notNull()
			.references(() => submission.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		fileName: text('file_name').notNull(),
		fileKind: fileKind('file_kind').notNull(),
		size: integer('size').notNull(),
		/** sha256 (hex) of the bytes; its first six characters are the receipt's code. */
		sha256: text('sha256').notNull(),
		bytes: bytea('bytes').notNull(),
		submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 })
			.notNull()
			.defaultNow(),
		/** After the request's deadline ("Nộp muộn"). */
		late: boolean('late').notNull(),
		/** The staff member who uploaded it for the unit; null when the unit sent it through its link. */
		byUserId: integer('by_user_id').references((): AnyPgColumn => user.id, {
			onDelete: 'set null'
		}),
		extraction: extractionStatus('extraction').notNull(),
		/** The text as read, for search and the báo cáo tổng hợp. */
		text: text('text').notNull().default(''),
		/** The readable page: mammoth's or the PDF's text as HTML, already sanitised to the allow-list. */
		html: text('html').notNull().default(''),
		/**
		 * The version of the signed link to this file (`/f/ID/TOKEN`, printed in the kỷ yếu): the token is
		 * HMAC(secret, "file", id, linkVersion) and never stored; "Thu hồi liên kết" bumps it.
		 */
		linkVersion: integer('link_version').notNull().default(1)
	},
	(t) => [
		uniqueIndex('submission_version_number').on(t.submissionId, t.version),
		uniqueIndex('submission_version_sha256').on(t.submissionId, t.sha256)
	]
);

export type DocumentRequest = typeof documentRequest.$inferSelect;
export type Submission = typeof submission.$inferSelect;
export type SubmissionVersion = typeof submissionVersion.$inferSelect;
