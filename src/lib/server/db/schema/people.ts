// Staff accounts, their sessions, the audit log and the sign-in throttle.
import { sql } from 'drizzle-orm';
import {
	bigint,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../../domain/roles';
import { createdAt } from './columns';

export const userRole = pgEnum('user_role', ROLES);

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

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
