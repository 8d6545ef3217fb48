import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '$lib/server/auth';
import type { Database } from '$lib/server/db';
import { auditLog, user } from '$lib/server/db/schema';
import { NotFoundError, RuleError } from '$lib/server/http/errors';
import { createUser, listUsers, resetPassword, setUserDisabled } from '$lib/server/users';
import { createTestDatabase } from './test-db';

describe('account management', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let actor: { userId: number; address: string };

	beforeAll(async () => {
		const t = await createTestDatabase();
		db = t.handle.db;
		dispose = t.dispose;
		const [sec] = await db.select().from(user).where(eq(user.username, 'thuky'));
		actor = { userId: sec!.id, address: '192.0.2.1' };
	});
	afterAll(() => dispose());

	it('creates an account that can sign in, and writes the audit log', async () => {
		const id = await createUser(db, actor, {
			username: 'diemdanh2',
			displayName: 'Cửa phụ',
			role: 'checkin',
			password: 'cua-phu-2026'
		});
		expect(
			(await listUsers(db)).some((u) => u.username === 'diemdanh2' && u.role === 'checkin')
		).toBe(true);
		expect(
			(
				await authenticate(db, {
					username: 'diemdanh2',
					password: 'cua-phu-2026',
					address: '192.0.2.9'
				})
			).ok
		).toBe(true);
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'user_created'));
		expect(entry).toMatchObject({
			userId: actor.userId,
			entity: 'user',
			entityId: String(id),
			address: '192.0.2.1'
		});
	});

	it('refuses a username already taken and writes nothing', async () => {
		const before = (await db.select().from(auditLog)).length;
		await expect(
			createUser(db, actor, {
				username: 'thuky',
				displayName: 'Trùng',
				role: 'chair',
				password: '12345678'
			})
		).rejects.toBeInstanceOf(RuleError);
		expect((await db.select().from(auditLog)).length).toBe(before);
	});

	it('resets a password: the old one stops working, the new one works', async () => {
		const [u] = await db.select().from(user).where(eq(user.username, 'diemdanh2'));
		await resetPassword(db, actor, u!.id, 'mat-khau-moi-99');
		expect(
			(
				await authenticate(db, {
					username: 'diemdanh2',
					password: 'cua-phu-2026',
					address: '192.0.2.10'
				})
			).ok
		).toBe(false);
		expect(
			(
				await authenticate(db, {
					username: 'diemdanh2',
					password: 'mat-khau-moi-99',
					address: '192.0.2.11'
				})
			).ok
		).toBe(true);
	});

	it('disables and re-enables an account, logging each', async () => {
		const [u] = await db.select().from(user).where(eq(user.username, 'diemdanh2'));
		await setUserDisabled(db, actor, u!.id, true);
		expect(
			(
				await authenticate(db, {
					username: 'diemdanh2',
					password: 'mat-khau-moi-99',
					address: '192.0.2.12'
				})
			).ok
		).toBe(false);
		await setUserDisabled(db, actor, u!.id, false);
		expect(
			(
				await authenticate(db, {
					username: 'diemdanh2',
					password: 'mat-khau-moi-99',
					address: '192.0.2.13'
				})
			).ok
		).toBe(true);
		const actions = (
			await db
				.select()
				.from(auditLog)
				.where(eq(auditLog.entityId, String(u!.id)))
		).map((e) => e.action);
		expect(actions).toEqual(
			expect.arrayContaining(['user_created', 'password_reset', 'user_disabled', 'user_enabled'])
		);
	});

	it('refuses an account that does not exist', async () => {
		await expect(resetPassword(db, actor, 999999, '12345678')).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(setUserDisabled(db, actor, 999999, true)).rejects.toBeInstanceOf(NotFoundError);
	});
});
