import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	generateSessionToken,
	SESSION_RENEW_BEFORE_MS,
	SESSION_TTL_MS,
	sessionIdFromToken
} from '$lib/domain/session-token';
import {
	createSession,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from '$lib/server/auth';
import type { Database } from '$lib/server/db';
import { session, user } from '$lib/server/db/schema';
import { resetPassword, setUserDisabled } from '$lib/server/users';
import { createTestDatabase } from './test-db';

describe('sessions', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let chairId: number;
	let secretariatId: number;

	beforeAll(async () => {
		const t = await createTestDatabase();
		db = t.handle.db;
		dispose = t.dispose;
		chairId = (await db.select().from(user).where(eq(user.username, 'chutich')))[0]!.id;
		secretariatId = (await db.select().from(user).where(eq(user.username, 'thuky')))[0]!.id;
	});
	afterAll(() => dispose());

	it('store only the sha256 of the token and validate the token back to its user', async () => {
		const token = generateSessionToken();
		const created = await createSession(db, token, chairId);
		const [stored] = await db.select().from(session).where(eq(session.userId, chairId));
		expect(stored!.id).toBe(sessionIdFromToken(token));
		expect(stored!.id).not.toBe(token);
		const { session: s, user: u } = await validateSessionToken(db, token);
		expect(s?.id).toBe(created.id);
		expect(u?.username).toBe('chutich');
		expect(u?.role).toBe('chair');
	});

	it('reject an unknown token', async () => {
		expect((await validateSessionToken(db, generateSessionToken())).user).toBeNull();
	});

	it('expire 30 days after the last use and are then deleted', async () => {
		const t0 = Date.now();
		const token = generateSessionToken();
		await createSession(db, token, chairId, t0);
		expect((await validateSessionToken(db, token, t0 + SESSION_TTL_MS - 1000)).user).not.toBeNull();
		// That use renewed it: still valid almost 30 more days later.
		expect(
			(await validateSessionToken(db, token, t0 + 2 * SESSION_TTL_MS - 2000)).user
		).not.toBeNull();
		const later = t0 + 3 * SESSION_TTL_MS;
		expect((await validateSessionToken(db, token, later)).user).toBeNull();
		expect(
			await db
				.select()
				.from(session)
				.where(eq(session.id, sessionIdFromToken(token)))
		).toHaveLength(0);
	});

	it('slide the expiry forward only when less than 15 days remain', async () => {
		const t0 = Date.now();
		const token = generateSessionToken();
		const created = await createSession(db, token, chairId, t0);
		const early = await validateSessionToken(db, token, t0 + 1000);
		expect(early.session!.expiresAt.getTime()).toBe(created.expiresAt.getTime());
		const late = t0 + SESSION_TTL_MS - SESSION_RENEW_BEFORE_MS + 1000;
		const renewed = await validateSessionToken(db, token, late);
		expect(renewed.session!.expiresAt.getTime()).toBe(late + SESSION_TTL_MS);
	});

	it('end at logout', async () => {
		const token = generateSessionToken();
		const created = await createSession(db, token, chairId);
		await invalidateSession(db, created.id);
		expect((await validateSessionToken(db, token)).user).toBeNull();
	});

	it('all end when the account is disabled or its password is reset', async () => {
		const a = generateSessionToken();
		const b = generateSessionToken();
		await createSession(db, a, chairId);
		await createSession(db, b, chairId);
		const actor = { userId: secretariatId, address: '127.0.0.1' };
		await expect(setUserDisabled(db, actor, chairId, true)).resolves.toBeUndefined();
		expect((await validateSessionToken(db, a)).user).toBeNull();
		await expect(setUserDisabled(db, actor, chairId, false)).resolves.toBeUndefined();

		const c = generateSessionToken();
		await createSession(db, c, chairId);
		await expect(resetPassword(db, actor, chairId, 'mat-khau-moi-123')).resolves.toBeUndefined();
		expect((await validateSessionToken(db, c)).user).toBeNull();
		expect((await validateSessionToken(db, b)).user).toBeNull();
	});

	it('of every device end together on request', async () => {
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const t of tokens) await createSession(db, t, secretariatId);
		await invalidateUserSessions(db, secretariatId);
		for (const t of tokens) expect((await validateSessionToken(db, t)).user).toBeNull();
	});
});
