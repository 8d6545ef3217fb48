// The refusals of the app: the one family every server module throws, each class answered with its
// own HTTP status. src/lib/server/http/refusal.ts is the one place that turns them into an answer (a
// form's failure, an endpoint's JSON, a page's error). This file imports nothing from Kit, so
// capability modules throw these and stay free of HTTP. Messages are Vietnamese and shown as they are.
// The status is a getter of the class, not a field of each error, so two refusals with the same
// words compare equal whatever their class.

export type RefusalStatus = 400 | 403 | 404 | 409 | 413 | 415;

/** A refusal, answered with its status. */
export abstract class AppError extends Error {
	abstract get status(): RefusalStatus;
}

/** A rule of the domain was broken (a taken name, an unreadable file, too late to change): 400. */
export class RuleError extends AppError {
	get status(): RefusalStatus {
		return 400;
	}
}

/** A rule broken because someone changed the row since the page was read (a stale page, a closed request): 409. */
export class ConflictError extends RuleError {
	override get status(): RefusalStatus {
		return 409;
	}
}

/** The row to change is not there (any more): someone else deleted it, or the id was made up: 404. */
export class NotFoundError extends AppError {
	get status(): RefusalStatus {
		return 404;
	}
}

/** The body or file is over its limit: 413. */
export class TooLargeError extends AppError {
	get status(): RefusalStatus {
		return 413;
	}
}

/** The request may not do this (say, a post from another site): 403. */
export class ForbiddenError extends AppError {
	get status(): RefusalStatus {
		return 403;
	}
}
