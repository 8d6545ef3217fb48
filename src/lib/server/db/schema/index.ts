// The one schema drizzle reads (drizzle.config.ts) and the app imports as `$lib/server/db/schema`;
// the tables live by capability beside it.
export * from './people';
export * from './conference';
export * from './checkin';
export * from './agenda';
export * from './documents';
export * from './minutes';
