import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ADDRESS_FAILURE_LIMIT,
	authenticate,
	LOGIN_FAILURE_LIMIT,
	LOGIN_FAILURE_WINDOW_MS
} from '$lib/server/auth';
import type { Database } from '$lib/server/db';
import { auditLog, user } from '$lib/server/db/schema';
import { setUserDisabled } from '$lib/server/users';
import { createTestDatabase, DEMO_PASSWORD } from './test-db';

describe('sign-in', () => {
	let db: Database;
	let dispose: () => Promise<void>;

	beforeAll(async () => {
		const t = await createTestDatabase();
		db = t.handle.db;
		dispose = t.dispose;
	});
	afterAll(() => dispose());

	it('accepts the right password, whatever the case of the username', async () => {
		const result = await authenticate(db, {
			username: ' ThuKy ',
			password: DEMO_PASSWORD,
			address: '10.0.0.1'
		});
		expect(result).toMatchObject({ ok: true, user: { role: 'secretariat' } });
	});

	it('refuses a wrong password and an unknown user alike, and logs both', async () => {
		const wrong = await authenticate(db, {
			username: 'thuky',
			password: 'sai',
			address: '10.0.0.2'
		});
		const unknown = await authenticate(db, {
			username: 'khongco',
			password: 'sai',
			address: '10.0.0.2'
		});
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
		const logged = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'login_failed'), eq(auditLog.address, '10.0.0.2')));
		expect(logged).toHaveLength(2);
	});

	it(`throttles a username from one address after ${LOGIN_FAILURE_LIMIT} failures in a minute, even with the right password`, async () => {
		const t0 = Date.now();
		for (let i = 0; i < LOGIN_FAILURE_LIMIT; i++) {
			expect(
				(
					await authenticate(
						db,
						{ username: 'chutich', password: 'doan-mo', address: '10.1.0.1' },
						t0 + i
					)
				).ok
			).toBe(false);
		}
		const blocked = await authenticate(
			db,
			{ username: 'chutich', password: DEMO_PASSWORD, address: '10.1.0.1' },
			t0 + 10
		);
		expect(blocked).toEqual({ ok: false, reason: 'throttled' });
		// The same account from another device, and another account from the same one, still sign in.
		expect(
			(
				await authenticate(
					db,
					{ username: 'chutich', password: DEMO_PASSWORD, address: '10.1.1.1' },
					t0 + 10
				)
			).ok
		).toBe(true);
		expect(
			(
				await authenticate(
					db,
					{ username: 'thuky', password: DEMO_PASSWORD, address: '10.1.0.1' },
					t0 + 10
				)
			).ok
		).toBe(true);
		// After the window the right password works again.
		const after = await authenticate(
			db,
			{ username: 'chutich', password: DEMO_PASSWORD, address: '10.1.0.1' },
			t0 + LOGIN_FAILURE_WINDOW_MS + 100
		);
		expect(after.ok).toBe(true);
	});

	it('lets the chair sign in while someone at the same address mistypes a name', async () => {
		const t0 = Date.now() + 5 * LOGIN_FAILURE_WINDOW_MS;
		for (let i = 0; i < LOGIN_FAILURE_LIMIT + 2; i++) {
			await authenticate(db, { username: 'thu-ky', password: 'x', address: '10.4.0.1' }, t0 + i);
		}
		expect(
			await authenticate(
				db,
				{ username: 'chutich', password: DEMO_PASSWORD, address: '10.4.0.1' },
				t0 + 10
			)
		).toMatchObject({ ok: true });
	});

	it(`throttles an address after ${ADDRESS_FAILURE_LIMIT} failures in a minute across usernames`, async () => {
		const t0 = Date.now() + 10 * LOGIN_FAILURE_WINDOW_MS;
		for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) {
			await authenticate(
				db,
				{ username: `nguoi-la-${i}`, password: 'x', address: '10.2.0.9' },
				t0 + i
			);
		}
		const blocked = await authenticate(
			db,
			{ username: 'diemdanh', password: DEMO_PASSWORD, address: '10.2.0.9' },
			t0 + 30
		);
		expect(blocked).toEqual({ ok: false, reason: 'throttled' });
		expect(
			(
				await authenticate(
					db,
					{ username: 'diemdanh', password: DEMO_PASSWORD, address: '10.2.0.10' },
					t0 + 30
				)
			).ok
		).toBe(true);
	});

	it('tells a disabled account so only after the right password', async () => {
		const [chair] = await db.select().from(user).where(eq(user.username, 'chutich'));
		const [sec] = await db.select().from(user).where(eq(user.username, 'thuky'));
		await setUserDisabled(db, { userId: sec!.id, address: null }, chair!.id, true);
		const t = Date.now() + 20 * LOGIN_FAILURE_WINDOW_MS;
		expect(
			await authenticate(db, { username: 'chutich', password: 'sai', address: '10.3.0.1' }, t)
		).toEqual({ ok: false, reason: 'invalid' });
		expect(
			await authenticate(
				db,
				{ username: 'chutich', password: DEMO_PASSWORD, address: '10.3.0.1' },
				t
			)
		).toEqual({ ok: false, reason: 'disabled' });
	});
});
