import { hash, verify } from '@node-rs/argon2';
import type { RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import {
	SESSION_COOKIE,
	SESSION_TTL_MS,
	generateSessionToken,
	sessionExpiryDecision,
	sessionIdFromToken
} from '$lib/domain/session-token';
import { writeAudit } from './audit';
import type { Database, Executor } from './db';
import { session as sessionTable, user as userTable } from './db/schema';
import { failuresWithin, recordFailure } from './throttle';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const ARGON2 = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

export async function createSession(db: Executor, token: string, userId: number, now = Date.now()) {
	const row = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(now + SESSION_TTL_MS)
	};
	await db.insert(sessionTable).values(row);
	return row;
}

export async function validateSessionToken(db: Database, token: string, now = Date.now()) {
	const sessionId = sessionIdFromToken(token);
	const [found] = await db
		.select({
			session: sessionTable,
			user: {
				id: userTable.id,
				username: userTable.username,
				displayName: userTable.displayName,
				role: userTable.role,
				disabledAt: userTable.disabledAt
			}
		})
		.from(sessionTable)
		.innerJoin(userTable, eq(sessionTable.userId, userTable.id))
		.where(eq(sessionTable.id, sessionId));
	if (!found) return { session: null, user: null };
	const { session, user } = found;
	const decision = sessionExpiryDecision(session.expiresAt, now);
	if (decision === 'expired' || user.disabledAt) {
		await db.delete(sessionTable).where(eq(sessionTable.id, session.id));
		return { session: null, user: null };
	}
	if (decision === 'renew') {
		session.expiresAt = new Date(now + SESSION_TTL_MS);
		await db
			.update(sessionTable)
			.set({ expiresAt: session.expiresAt })
			.where(eq(sessionTable.id, session.id));
	}
	const { disabledAt: _disabled, ...sessionUser } = user;
	return { session, user: sessionUser };
}

export type SessionValidationResult = Awaited<ReturnType<typeof validateSessionToken>>;
export type SessionUser = NonNullable<SessionValidationResult['user']>;

export async function invalidateSession(db: Executor, sessionId: string): Promise<void> {
	await db.delete(sessionTable).where(eq(sessionTable.id, sessionId));
}

export async function invalidateUserSessions(db: Executor, userId: number): Promise<void> {
	await db.delete(sessionTable).where(eq(sessionTable.userId, userId));
}

export function setSessionTokenCookie(event: RequestEvent, token: string, expiresAt: Date): void {
	event.cookies.set(SESSION_COOKIE, token, {
		expires: expiresAt,
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:'
	});
}

export function deleteSessionTokenCookie(event: RequestEvent): void {
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
}

/**
 * Failed sign-ins allowed within the window: per username from one address, and, higher, per
 * address across usernames. Someone mistyping a name (or behind a proxy without ADDRESS_HEADER,
 * where every staff member shares one address) never locks the chair out after five tries.
 */
export const LOGIN_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;
export const LOGIN_FAILURE_WINDOW_MS = 60_000;

const throttleKeys = (username: string, address: string) => ({
	pair: `pair:${username.trim().toLowerCase()}|${address}`,
	address: `addr:${address}`
});

// A real hash to compare against when the username is unknown, so timing does not tell which.
let dummyHash: Promise<string> | undefined;

export type LoginResult =
	| { ok: true; user: { id: number; role: SessionUser['role'] } }
	| { ok: false; reason: 'invalid' | 'throttled' | 'disabled' };

export async function authenticate(
	db: Database,
	input: { username: string; password: string; address: string },
	now = Date.now()
): Promise<LoginResult> {
	const { pair, address } = throttleKeys(input.username, input.address);
	const keys = [pair, address];
	const counts = await failuresWithin(db, keys, LOGIN_FAILURE_WINDOW_MS, now);
	const limitOf = (key: string) => (key === pair ? LOGIN_FAILURE_LIMIT : ADDRESS_FAILURE_LIMIT);
	if ([...counts].some(([key, n]) => n >= limitOf(key))) return { ok: false, reason: 'throttled' };

	const [found] = await db
		.select()
		.from(userTable)
		.where(eq(userTable.username, input.username.trim().toLowerCase()));
	const valid = found
		? await verifyPassword(found.passwordHash, input.password)
		: await verifyPassword(
				await (dummyHash ??= hashPassword('không-có-tài-khoản')),
				input.password
			);

	if (found && valid && found.disabledAt) return { ok: false, reason: 'disabled' };
	if (!found || !valid) {
		await db.transaction(async (tx) => {
			await recordFailure(tx, keys, now);
			await writeAudit(tx, {
				userId: found?.id ?? null,
				action: 'login_failed',
				entity: 'user',
				entityId: found?.id,
				detail: { username: input.username.slice(0, 64) },
				address: input.address
			});
		});
		return { ok: false, reason: 'invalid' };
	}
	return { ok: true, user: { id: found.id, role: found.role } };
}

/** A new session for a user who has just proved who they are, with its audit row, in one transaction. */
export async function startSession(db: Database, userId: number, address: string | null) {
	const token = generateSessionToken();
	const session = await db.transaction(async (tx) => {
		const created = await createSession(tx, token, userId);
		await writeAudit(tx, { userId, action: 'login', entity: 'session', address });
		return created;
	});
	return { token, expiresAt: session.expiresAt };
}

/** Ends a session and records it. */
export async function endSession(
	db: Database,
	sessionId: string,
	userId: number,
	address: string | null
): Promise<void> {
	await db.transaction(async (tx) => {
		await invalidateSession(tx, sessionId);
		await writeAudit(tx, { userId, action: 'logout', entity: 'session', address });
	});
}
