// The refusals of the domain: the one family every server module throws and every action and
// endpoint answers through src/lib/server/actions.ts. Messages are Vietnamese and shown as they are.

/** A rule of the domain was broken (a taken name, an unreadable file, too late to change). */
export class RuleError extends Error {}
/** The row to change is not there (any more): someone else deleted it, or the id was made up. */
export class NotFoundError extends Error {}
/** A rule broken because someone changed the row since the page was read (a stale page): answered as a 409. */
export class ConflictError extends RuleError {}
