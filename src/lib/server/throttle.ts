import { and, count, gt, inArray, lt } from 'drizzle-orm';
import type { Executor } from './db';
import { loginFailure } from './db/schema';

// Failed guesses (a password at the login, a hall code on a delegate's page), counted per key in
// a sliding window to hold guessing back. Kept in the database, so every app process sees them.

/** Failures per key in the `windowMs` before `now` (keys without any are left out). */
export async function failuresWithin(
	db: Executor,
	keys: string[],
	windowMs: number,
	now: number
): Promise<Map<string, number>> {
	const rows = await db
		.select({ key: loginFailure.key, n: count() })
		.from(loginFailure)
		.where(and(inArray(loginFailure.key, keys), gt(loginFailure.at, new Date(now - windowMs))))
		.groupBy(loginFailure.key);
	return new Map(rows.map((r) => [r.key, r.n]));
}

/** Counts one failure against each key, and forgets failures older than a day. */
export async function recordFailure(db: Executor, keys: string[], now: number): Promise<void> {
	const at = new Date(now);
	await db.insert(loginFailure).values(keys.map((key) => ({ key, at })));
	await db.delete(loginFailure).where(lt(loginFailure.at, new Date(now - 24 * 60 * 60 * 1000)));
}
