import { and, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AuditAction } from '$lib/domain/audit-actions';
import { writeAudit, type Actor } from './audit';
import type { Database, Executor } from './db';
import { NotFoundError } from './http/errors';
import { publish } from './live';

/** Rows that belong to one conference and are removed one at a time from the secretariat's lists. */
export interface OwnedRows {
	table: PgTable;
	id: AnyPgColumn<{ data: number; notNull: true }>;
	conferenceId: AnyPgColumn<{ data: number; notNull: true }>;
	/** The column kept in the audit row, so the log still names what was removed. */
	label: AnyPgColumn<{ data: string; notNull: true }>;
	/** The key of that label in the audit detail ("fullName", "title", "name"). */
	labelKey: string;
	entity: string;
	action: AuditAction;
	/** The live event that tells screens to re-read, when there is one. */
	announce?: 'roster' | 'agenda' | 'submissions';
}

/**
 * Deletes one row of a conference in a transaction with its audit line (and live event):
 * NotFoundError when it is not (or no longer) there. `check` runs first inside the transaction and
 * may refuse with a RuleError.
 */
export async function deleteOwnedRow(
	db: Database,
	actor: Actor,
	rows: OwnedRows,
	conferenceId: number,
	id: number,
	check?: (tx: Executor) => Promise<void>
): Promise<void> {
	await db.transaction(async (tx) => {
		await check?.(tx);
		const removed = await tx
			.delete(rows.table)
			.where(and(eq(rows.id, id), eq(rows.conferenceId, conferenceId)))
			.returning({ label: rows.label });
		if (removed.length === 0) throw new NotFoundError();
		await writeAudit(tx, {
			...actor,
			action: rows.action,
			entity: rows.entity,
			entityId: id,
			detail: { [rows.labelKey]: removed[0]!.label }
		});
		if (rows.announce) await publish(tx, { type: rows.announce, conferenceId });
	});
}
