/** A rule of the domain was broken; the message is Vietnamese and shown to the user as it is. */
export class RuleError extends Error {}
/** The row to change is not there (any more): someone else deleted it, or the id was made up. */
export class NotFoundError extends Error {}
