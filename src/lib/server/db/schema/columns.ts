import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Files live in the database, so one backup holds everything (docs/architecture.md, The database). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

export const createdAt = () =>
	timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
