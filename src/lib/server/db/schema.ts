import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	bigint,
	boolean,
	check,
	customType,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { AGENDA_KINDS } from '../../domain/programme';
import { CHECKIN_METHODS } from '../../domain/checkin';
import type { FloorSpeaker, MinutesBody } from '../../domain/minutes';
import type { ProceedingsChoice } from '../../domain/proceedings';
import { DOCUMENT_KINDS, EXTRACTION_STATUSES, FILE_KINDS } from '../../domain/documents';
import { REPLIES } from '../../domain/replies';
import { ROLES } from '../../domain/roles';
import { TIMER_EVENT_KINDS } from '../../domain/timer';

/** Files live in the database, so one backup holds everything (docs/architecture.md, The database). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const userRole = pgEnum('user_role', ROLES);
export const attendanceReply = pgEnum('attendance_reply', REPLIES);
export const checkinMethod = pgEnum('checkin_method', CHECKIN_METHODS);
export const agendaKind = pgEnum('agenda_kind', AGENDA_KINDS);
export const timerEventKind = pgEnum('timer_event_kind', TIMER_EVENT_KINDS);
export const documentKind = pgEnum('document_kind', DOCUMENT_KINDS);
export const fileKind = pgEnum('file_kind', FILE_KINDS);
export const extractionStatus = pgEnum('extraction_status', EXTRACTION_STATUSES);

export const conference = pgTable('conference', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	title: text('title').notNull(),
	/** Trích yếu: what the meeting is about, in a few words. */
	subject: text('subject').notNull(),
	place: text('place').notNull(),
	startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
	endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
	chairName: text('chair_name').notNull(),
	chairTitle: text('chair_title').notNull(),
	/** Issuing body as printed on documents, one line per element, e.g. ["ỦY BAN NHÂN DÂN", "XÃ BÌNH THÀNH"]. */
	issuerLines: jsonb('issuer_lines').$type<string[]>().notNull(),
	/** Place name written before the date on documents: "Bình Thành, ngày …". */
	locality: text('locality').notNull(),
	/** Cơ quan chủ quản above the issuing body, when there is one. */
	parentBody: text('parent_body'),
	/** The issuing body in running text: "Ủy ban nhân dân xã Bình Thành trân trọng kính mời". */
	issuerShortName: text('issuer_short_name').notNull().default(''),
	/** Authority line above the signer's title, e.g. "TM. ỦY BAN NHÂN DÂN"; null when none. */
	signerAuthority: text('signer_authority'),
	signerTitle: text('signer_title').notNull().default('CHỦ TỊCH'),
	signerName: text('signer_name').notNull().default(''),
	/** Printed after "Số: " on the giấy mời, e.g. "25/GM-UBND". */
	invitationNumber: text('invitation_number').notNull().default(''),
	invitationIssuedOn: date('invitation_issued_on'),
	/**
	 * Hạn đơn vị gửi báo cáo, tham luận: printed where a giấy mời note says "[hạn nộp]"; moves with
	 * the conference's date. Null when there is none.
	 */
	submissionsDueOn: date('submissions_due_on'),
	invitationNotes: jsonb('invitation_notes')
		.$type<string[]>()
		.notNull()
		.default(sql`'[]'::jsonb`),
	invitationRecipients: jsonb('invitation_recipients')
		.$type<string[]>()
		.notNull()
		.default(sql`'["Như thành phần mời", "Lưu: VT, VP"]'::jsonb`),
	/** Who delegates call with questions, as printed on the giấy mời. */
	contactInfo: text('contact_info').notNull().default(''),
	plannedDelegates: integer('planned_delegates'),
	/** Thư ký (người ghi biên bản): printed in the biên bản and under its left signature. */
	secretaryName: text('secretary_name').notNull().default(''),
	secretaryTitle: text('secretary_title').notNull().default(''),
	/** Printed after "Số: " on the biên bản, e.g. "12/BB-UBND"; empty prints dots to fill by hand. */
	minutesNumber: text('minutes_number').notNull().default(''),
	/** Printed after "Số: " on the thông báo kết luận, e.g. "45/TB-UBND". */
	conclusionNumber: text('conclusion_number').notNull().default(''),
	createdAt: createdAt()
});

export const delegateGroup = pgTable(
	'delegate_group',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		position: integer('position').notNull()
	},
	(t) => [uniqueIndex('delegate_group_conference_position').on(t.conferenceId, t.position)]
);

export const delegate = pgTable(
	'delegate',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		/** The thành phần; null only for a walk-in (khách ngoài danh sách), who was never invited. */
		groupId: integer('group_id').references(() => delegateGroup.id, { onDelete: 'restrict' }),
		fullName: text('full_name').notNull(),
		position: text('position').notNull().default(''),
		organisation: text('organisation').notNull().default(''),
		phone: text('phone'),
		email: text('email'),
		note: text('note'),
		/** sha256 (hex) of the current invite token; the token itself is never stored. */
		inviteTokenHash: text('invite_token_hash').unique(),
		inviteTokenVersion: integer('invite_token_version').notNull().default(1),
		reply: attendanceReply('reply').notNull().default('pending'),
		absenceReason: text('absence_reason'),
		repliedAt: timestamp('replied_at', { withTimezone: true }),
		/** The staff member who recorded the reply for the delegate (given by phone); null when they replied themselves. */
		replyRecordedByUserId: integer('reply_recorded_by_user_id').references(
			(): AnyPgColumn => user.id,
			{ onDelete: 'set null' }
		),
		isWalkIn: boolean('is_walk_in').notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [
		index('delegate_conference_group').on(t.conferenceId, t.groupId),
		check('delegate_group_unless_walk_in', sql`${t.groupId} is not null or ${t.isWalkIn}`)
	]
);

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

export const unit = pgTable(
	'unit',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		conferenceId: integer('conference_id')
			.notNull()
			.references(() => conference.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		position: integer('position').notNull(),
		/** Who leads the unit, as a reminder is addressed: "Trưởng phòng Văn hóa - Xã hội". */
		leader: text('leader').notNull().default(''),
		phone: text('phone'),
		email: text('email'),
		/** sha256 (hex) of the unit's upload token (`/u/TOKEN`); the token itself is never stored. */
		uploadTokenHash: text('upload_token_hash').unique(),
		uploadTokenVersion: integer('upload_token_version').notNull().default(1),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('unit_conference_position').on(t.conferenceId, t.position)]
);

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

/** An uploaded delegate list between its preview and its commit (kept so nothing is re-uploaded). */
export const importDraft = pgTable('import_draft', {
	id: text('id').primaryKey(),
	conferenceId: integer('conference_id')
		.notNull()
		.references(() => conference.id, { onDelete: 'cascade' }),
	userId: integer('user_id').references(() => user.id, { onDelete: 'cascade' }),
	fileName: text('file_name').notNull(),
	bytes: bytea('bytes').notNull(),
	createdAt: createdAt()
});

export const user = pgTable('user', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	username: text('username').notNull().unique(),
	displayName: text('display_name').notNull(),
	role: userRole('role').notNull(),
	passwordHash: text('password_hash').notNull(),
	disabledAt: timestamp('disabled_at', { withTimezone: true }),
	createdAt: createdAt()
});

export const session = pgTable(
	'session',
	{
		/** sha256 (hex) of the token in the cookie. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('session_user').on(t.userId)]
);

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		userId: integer('user_id').references(() => user.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		entity: text('entity').notNull(),
		entityId: text('entity_id'),
		detail: jsonb('detail')
			.$type<Record<string, unknown>>()
			.notNull()
			.default(sql`'{}'::jsonb`),
		address: text('address')
	},
	(t) => [index('audit_log_at').on(t.at)]
);

/** Failed guesses, counted per key to throttle guessing: sign-ins per username and per address, hall codes per delegate (src/lib/server/throttle.ts). */
export const loginFailure = pgTable(
	'login_failure',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_failure_key_at').on(t.key, t.at)]
);

export type Conference = typeof conference.$inferSelect;
export type DelegateGroup = typeof delegateGroup.$inferSelect;
export type Delegate = typeof delegate.$inferSelect;
export type Unit = typeof unit.$inferSelect;
export type ScannerDevice = typeof scannerDevice.$inferSelect;
export type DocumentRequest = typeof documentRequest.$inferSelect;
export type Submission = typeof submission.$inferSelect;
export type SubmissionVersion = typeof submissionVersion.$inferSelect;
export type Checkin = typeof checkin.$inferSelect;
export type AgendaItem = typeof agendaItem.$inferSelect;
export type MeetingState = typeof meetingState.$inferSelect;
export type TimerEvent = typeof timerEvent.$inferSelect;
export type MinutesNote = typeof minutesNote.$inferSelect;
export type MinutesRecord = typeof minutesRecord.$inferSelect;
export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
