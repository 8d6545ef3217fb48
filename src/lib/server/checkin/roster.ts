import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { ScannerRoster } from '$lib/domain/scan';
import type { Database } from '../db';
import { delegate, delegateGroup } from '../db/schema';
import { groupNameOrWalkIn } from '../delegates';
import { deviceNames } from './devices';
import { firstCheckins } from './first';
import { revokedTokenHashes } from './revoked';

/**
 * What a scanner keeps on the device (docs/architecture.md, The offline outbox): each delegate with the sha256
 * of their token and their first check-in, plus the hashes it should name as revoked or foreign.
 * GET /api/roster adds the conference title; the wire type is ScannerRoster ($lib/domain/scan).
 */
export async function scannerRoster(
	db: Database,
	conferenceId: number
): Promise<Omit<ScannerRoster, 'conferenceTitle'>> {
	const [delegates, groups, revoked, elsewhere, devices] = await Promise.all([
		db
			.select({
				id: delegate.id,
				fullName: delegate.fullName,
				position: delegate.position,
				groupId: delegate.groupId,
				groupName: groupNameOrWalkIn,
				tokenHash: delegate.inviteTokenHash,
				isWalkIn: delegate.isWalkIn,
				reply: delegate.reply
			})
			.from(delegate)
			.leftJoin(delegateGroup, eq(delegate.groupId, delegateGroup.id))
			.where(eq(delegate.conferenceId, conferenceId)),
		db
			.select({ id: delegateGroup.id, name: delegateGroup.name })
			.from(delegateGroup)
			.where(eq(delegateGroup.conferenceId, conferenceId))
			.orderBy(asc(delegateGroup.position)),
		revokedTokenHashes(db, conferenceId),
		db
			.select({ hash: delegate.inviteTokenHash })
			.from(delegate)
			.where(
				and(ne(delegate.conferenceId, conferenceId), sql`${delegate.inviteTokenHash} is not null`)
			),
		deviceNames(db)
	]);
	const first = await firstCheckins(
		db,
		delegates.map((d) => d.id)
	);
	return {
		conferenceId,
		generatedAt: Date.now(),
		groups,
		delegates: delegates.map((d) => {
			const f = first.get(d.id);
			return {
				id: d.id,
				fullName: d.fullName,
				position: d.position,
				groupName: d.groupName,
				tokenHash: d.tokenHash,
				isWalkIn: d.isWalkIn,
				excused: d.reply === 'absent',
				firstAt: f ? f.scannedAt.getTime() : null,
				firstDeviceId: f?.deviceId ?? null
			};
		}),
		revokedHashes: [...revoked],
		otherConferenceHashes: elsewhere.flatMap((r) => (r.hash ? [r.hash] : [])),
		devices
	};
}
