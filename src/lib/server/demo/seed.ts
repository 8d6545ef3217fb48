import { count, sql } from 'drizzle-orm';
import { createSuggestedAgenda } from '../agenda';
import { writeAudit } from '../audit';
import { hashPassword } from '../auth';
import { assignInviteTokens } from '../delegates';
import { assignUnitTokens } from '../units';
import type { Database, Executor } from '../db';
import { conference, delegate, delegateGroup, unit, user } from '../db/schema';
import { insertRequest } from '../submissions/requests';
import { insertDemoMinutes } from './minutes';
import { demoSubmissionFiles, insertDemoSubmissions } from './submissions';
import {
	DEMO_ACCOUNTS,
	DEMO_CONFERENCE,
	DEMO_GROUPS,
	DEMO_REQUESTS,
	DEMO_UNITS,
	demoDelegates
} from './binh-thanh';

async function hasData(db: Executor): Promise<boolean> {
	const [conferences] = await db.select({ n: count() }).from(conference);
	const [users] = await db.select({ n: count() }).from(user);
	return conferences!.n > 0 || users!.n > 0;
}

export type SeedOutcome = { seeded: true; conferenceId: number } | { seeded: false };

/**
 * Fills an empty database with the Bình Thành demo. A database that holds any conference or any
 * account is left exactly as it is, so a restart never writes over real data.
 */
export async function seedDemo(db: Database, options: { password: string }): Promise<SeedOutcome> {
	// The files are built and read before the transaction (the reader runs in a worker), and only
	// for a database that looks empty; the transaction checks again under its lock.
	if (await hasData(db)) return { seeded: false };
	const [hashes, files] = await Promise.all([
		Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(options.password))),
		demoSubmissionFiles()
	]);
	return db.transaction(async (tx) => {
		// Two processes starting together on one PostgreSQL: the second waits, then sees data.
		await tx.execute(sql`select pg_advisory_xact_lock(727002)`);
		if (await hasData(tx)) return { seeded: false } as const;

		const [created] = await tx
			.insert(conference)
			.values(DEMO_CONFERENCE)
			.returning({ id: conference.id });
		const conferenceId = created!.id;
		const groups = await tx
			.insert(delegateGroup)
			.values(DEMO_GROUPS.map((g, i) => ({ conferenceId, name: g.name, position: i + 1 })))
			.returning({ id: delegateGroup.id, position: delegateGroup.position });
		const groupIdAt = new Map(groups.map((g) => [g.position - 1, g.id]));
		const delegates = await tx
			.insert(delegate)
			.values(
				demoDelegates().map((d) => ({
					conferenceId,
					groupId: groupIdAt.get(d.groupIndex)!,
					fullName: d.fullName,
					position: d.position,
					organisation: d.organisation,
					phone: d.phone
				}))
			)
			.returning({ id: delegate.id, inviteTokenVersion: delegate.inviteTokenVersion });
		await assignInviteTokens(tx, delegates);
		const units = await tx
			.insert(unit)
			.values(DEMO_UNITS.map((u, i) => ({ conferenceId, position: i + 1, ...u })))
			.returning({ id: unit.id, name: unit.name, uploadTokenVersion: unit.uploadTokenVersion });
		await assignUnitTokens(tx, units);
		const unitIdOf = new Map(units.map((u) => [u.name, u.id]));
		for (const r of DEMO_REQUESTS) {
			await insertRequest(tx, null, conferenceId, {
				kind: r.kind,
				title: r.title,
				dueAt: r.dueAt,
				topic: r.topic,
				agendaItemId: null,
				unitIds: r.units.map((name) => unitIdOf.get(name)!)
			});
		}
		await insertDemoSubmissions(tx, conferenceId, unitIdOf, files);
		// Links each tham luận request to the programme item made for it.
		await createSuggestedAgenda(tx, null, conferenceId);
		await insertDemoMinutes(tx, conferenceId);
		await tx.insert(user).values(DEMO_ACCOUNTS.map((a, i) => ({ ...a, passwordHash: hashes[i]! })));
		await writeAudit(tx, {
			userId: null,
			action: 'demo_seeded',
			entity: 'conference',
			entityId: conferenceId
		});
		return { seeded: true, conferenceId } as const;
	});
}
