import { and, eq, sql } from 'drizzle-orm';
import { deriveInviteToken, inviteTokenHash } from '$lib/domain/invite-token';
import type { Executor } from '../db';
import { delegate } from '../db/schema';
import { serverSecret } from '../secret';

/** sha256 of every earlier token version of this conference's delegates (re-derived, never stored). */
export async function revokedTokenHashes(db: Executor, conferenceId: number): Promise<Set<string>> {
	const rows = await db
		.select({ id: delegate.id, version: delegate.inviteTokenVersion })
		.from(delegate)
		.where(and(eq(delegate.conferenceId, conferenceId), sql`${delegate.inviteTokenVersion} > 1`));
	const secret = serverSecret();
	const hashes = new Set<string>();
	for (const row of rows) {
		for (let v = 1; v < row.version; v++)
			hashes.add(inviteTokenHash(deriveInviteToken(secret, row.id, v)));
	}
	return hashes;
}
