// Delegate groups (thành phần): the lines of the guest list, in the office's order.
import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import { writeAudit, type Actor } from '../audit';
import type { Database, Executor } from '../db';
import { delegate, delegateGroup } from '../db/schema';
import { NotFoundError, RuleError } from '../http/errors';
import { swapWithNeighbour } from '../ordering';
import { deleteOwnedRow, type OwnedRows } from '../owned-rows';

const groupList = {
	table: delegateGroup,
	id: delegateGroup.id,
	conferenceId: delegateGroup.conferenceId,
	position: delegateGroup.position
};
const groupRows: OwnedRows = {
	...groupList,
	label: delegateGroup.name,
	labelKey: 'name',
	entity: 'delegate_group',
	action: 'group_deleted'
};

export function listGroups(db: Executor, conferenceId: number) {
	return db
		.select({ id: delegateGroup.id, name: delegateGroup.name, position: delegateGroup.position })
		.from(delegateGroup)
		.where(eq(delegateGroup.conferenceId, conferenceId))
		.orderBy(asc(delegateGroup.position));
}

/** "Thêm thành phần": one group, in a transaction of its own. */
export function addGroup(db: Database, actor: Actor, conferenceId: number, name: string) {
	return db.transaction((tx) => createGroups(tx, actor, conferenceId, [name]));
}

/**
 * Adds groups at the end of the order. Run inside a transaction: it takes the conference's group
 * lock, so two clerks adding the same name at once get one group and one clear refusal.
 */
export async function createGroups(
	db: Executor,
	actor: Actor,
	conferenceId: number,
	names: string[]
) {
	if (names.length === 0) return [];
	await db.execute(sql`select pg_advisory_xact_lock(727005, ${conferenceId})`);
	const taken = new Set(
		(
			await db
				.select({ name: delegateGroup.name })
				.from(delegateGroup)
				.where(eq(delegateGroup.conferenceId, conferenceId))
		).map((g) => g.name.toLocaleLowerCase('vi'))
	);
	for (const name of names) {
		if (taken.has(name.toLocaleLowerCase('vi'))) throw new RuleError(`Đã có thành phần “${name}”.`);
		taken.add(name.toLocaleLowerCase('vi'));
	}
	const [last] = await db
		.select({ n: max(delegateGroup.position) })
		.from(delegateGroup)
		.where(eq(delegateGroup.conferenceId, conferenceId));
	const start = (last?.n ?? 0) + 1;
	const created = await db
		.insert(delegateGroup)
		.values(names.map((name, i) => ({ conferenceId, name, position: start + i })))
		.returning({ id: delegateGroup.id, name: delegateGroup.name });
	for (const g of created)
		await writeAudit(db, {
			...actor,
			action: 'group_created',
			entity: 'delegate_group',
			entityId: g.id,
			detail: { name: g.name }
		});
	return created;
}

export async function renameGroup(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	name: string
) {
	await db.transaction(async (tx) => {
		const updated = await tx
			.update(delegateGroup)
			.set({ name })
			.where(and(eq(delegateGroup.id, id), eq(delegateGroup.conferenceId, conferenceId)))
			.returning({ id: delegateGroup.id });
		if (updated.length === 0) throw new NotFoundError();
		await writeAudit(tx, {
			...actor,
			action: 'group_renamed',
			entity: 'delegate_group',
			entityId: id,
			detail: { name }
		});
	});
}

/** Swaps a group with its neighbour above or below. */
export async function moveGroup(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: number,
	direction: 'up' | 'down'
) {
	await db.transaction(async (tx) => {
		const moved = await swapWithNeighbour(tx, groupList, conferenceId, id, direction);
		if (moved === 'not-found') throw new NotFoundError();
		if (moved === 'at-end') return;
		await writeAudit(tx, {
			...actor,
			action: 'group_moved',
			entity: 'delegate_group',
			entityId: id,
			detail: { direction }
		});
	});
}

export function deleteGroup(db: Database, actor: Actor, conferenceId: number, id: number) {
	return deleteOwnedRow(db, actor, groupRows, conferenceId, id, async (tx) => {
		const [members] = await tx
			.select({ n: count() })
			.from(delegate)
			.where(eq(delegate.groupId, id));
		if (members!.n > 0)
			throw new RuleError(
				`Thành phần này còn ${members!.n} đại biểu. Hãy chuyển họ sang thành phần khác trước khi xóa.`
			);
	});
}
