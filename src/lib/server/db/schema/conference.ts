// The conference itself, its delegates by thành phần, its units and delegate-list imports.
import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { REPLIES } from '../../../domain/replies';
import { bytea, createdAt } from './columns';
import { user } from './people';

export const attendanceReply = pgEnum('attendance_reply', REPLIES);

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

export type Conference = typeof conference.$inferSelect;
export type DelegateGroup = typeof delegateGroup.$inferSelect;
export type Delegate = typeof delegate.$inferSelect;
export type Unit = typeof unit.$inferSelect;
