import { asc, eq } from 'drizzle-orm';
import type { Role } from '$lib/domain/roles';
import { writeAudit, type Actor } from './audit';
import { hashPassword, invalidateUserSessions } from './auth';
import type { Database } from './db';
import { NotFoundError, RuleError } from './http/errors';
import { user as userTable } from './db/schema';

export function listUsers(db: Database) {
	return db
		.select({
			id: userTable.id,
			username: userTable.username,
			displayName: userTable.displayName,
			role: userTable.role,
			disabledAt: userTable.disabledAt,
			createdAt: userTable.createdAt
		})
		.from(userTable)
		.orderBy(asc(userTable.username));
}

export async function createUser(
	db: Database,
	actor: Actor | null,
	input: { username: string; displayName: string; role: Role; password: string }
) {
	const passwordHash = await hashPassword(input.password);
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: userTable.id })
			.from(userTable)
			.where(eq(userTable.username, input.username));
		if (existing) throw new RuleError(`Tên đăng nhập “${input.username}” đã có người dùng.`);
		const [created] = await tx
			.insert(userTable)
			.values({
				username: input.username,
				displayName: input.displayName,
				role: input.role,
				passwordHash
			})
			.returning({ id: userTable.id });
		await writeAudit(tx, {
			userId: actor?.userId ?? null,
			action: 'user_created',
			entity: 'user',
			entityId: created!.id,
			detail: { username: input.username, role: input.role },
			address: actor?.address
		});
		return created!.id;
	});
}

const NO_USER = 'Không tìm thấy tài khoản.';

/** A new password also signs the account out everywhere. An unknown id is a NotFoundError. */
export async function resetPassword(
	db: Database,
	actor: Actor,
	userId: number,
	password: string
): Promise<void> {
	const passwordHash = await hashPassword(password);
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(userTable)
			.set({ passwordHash })
			.where(eq(userTable.id, userId))
			.returning({ id: userTable.id });
		if (updated.length === 0) throw new NotFoundError(NO_USER);
		await invalidateUserSessions(tx, userId);
		await writeAudit(tx, {
			userId: actor.userId,
			action: 'password_reset',
			entity: 'user',
			entityId: userId,
			address: actor.address
		});
	});
}

/** Disabling ends the account's sessions at once. An unknown id is a NotFoundError. */
export async function setUserDisabled(
	db: Database,
	actor: Actor,
	userId: number,
	disabled: boolean
): Promise<void> {
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(userTable)
			.set({ disabledAt: disabled ? new Date() : null })
			.where(eq(userTable.id, userId))
			.returning({ id: userTable.id });
		if (updated.length === 0) throw new NotFoundError(NO_USER);
		if (disabled) await invalidateUserSessions(tx, userId);
		await writeAudit(tx, {
			userId: actor.userId,
			action: disabled ? 'user_disabled' : 'user_enabled',
			entity: 'user',
			entityId: userId,
			address: actor.address
		});
	});
}
