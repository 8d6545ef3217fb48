import { sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { personalToken, tokenHash, type PersonalPurpose } from '$lib/domain/personal-token';
import type { Executor } from './db';
import { serverSecret } from './secret';

/** The rows that carry a personal link: delegates (`invite`) and units (`unit`). */
export interface PersonalTokenRows {
	purpose: PersonalPurpose;
	table: PgTable;
	id: AnyPgColumn;
	/** The column that keeps sha256 of the current token. */
	hash: AnyPgColumn;
}

/** A row's current token: derived from the server secret, never stored. */
export function currentToken(
	purpose: PersonalPurpose,
	row: { id: number; version: number }
): string {
	return personalToken(serverSecret(), purpose, row.id, row.version);
}

/** Stores sha256 of each row's current token, in one statement per 1000 rows. */
export async function storeTokenHashes(
	db: Executor,
	rows: PersonalTokenRows,
	items: { id: number; version: number }[]
) {
	for (let i = 0; i < items.length; i += 1000) {
		const values = items
			.slice(i, i + 1000)
			.map((r) => sql`(${r.id}::integer, ${tokenHash(currentToken(rows.purpose, r))})`);
		await db.execute(sql`update ${rows.table} set ${sql.identifier(rows.hash.name)} = v.hash
			from (values ${sql.join(values, sql`, `)}) as v(id, hash) where ${rows.id} = v.id`);
	}
}
