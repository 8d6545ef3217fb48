import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AuditAction } from '$lib/domain/audit-actions';
import type { Database, Executor } from './db';
import {
	agendaItem,
	auditLog,
	conference,
	delegate,
	delegateGroup,
	documentRequest,
	user
} from './db/schema';

/** Who is acting, for the audit log. */
export interface Actor {
	userId: number;
	address: string | null;
}

export interface AuditInput {
	userId: number | null;
	/** One of the log's kinds (src/lib/domain/audit-actions.ts). */
	action: AuditAction;
	entity: string;
	entityId?: string | number | null;
	detail?: Record<string, unknown>;
	address?: string | null;
}

/** Every mutation writes one line; callers pass their transaction so both land or neither. */
export async function writeAudit(db: Executor, input: AuditInput): Promise<void> {
	await db.insert(auditLog).values({
		userId: input.userId,
		action: input.action,
		entity: input.entity,
		entityId: input.entityId == null ? null : String(input.entityId),
		detail: input.detail ?? {},
		address: input.address ?? null
	});
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
	/** 1-based; past the last page shows the last one. */
	page: number;
	userId?: number;
	action?: AuditAction;
}

/**
 * One page of the log, newest first, with the true count of lines the filter matches, the name of
 * the person and the current name of the object behind each line (src/lib/domain/audit-actions.ts
 * puts them into words), and the people who appear in the log, for the filter.
 */
export async function auditPage(db: Database, filter: AuditFilter, pageSize = AUDIT_PAGE_SIZE) {
	const where = and(
		filter.userId ? eq(auditLog.userId, filter.userId) : undefined,
		filter.action ? eq(auditLog.action, filter.action) : undefined
	);
	const [[counted], people] = await Promise.all([
		db.select({ n: count() }).from(auditLog).where(where),
		db
			.selectDistinct({ id: user.id, username: user.username, displayName: user.displayName })
			.from(auditLog)
			.innerJoin(user, eq(auditLog.userId, user.id))
			.orderBy(asc(user.username))
	]);
	const total = counted!.n;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, filter.page), pages);
	const rows = await db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			detail: auditLog.detail,
			address: auditLog.address,
			username: user.username,
			displayName: user.displayName
		})
		.from(auditLog)
		.leftJoin(user, eq(auditLog.userId, user.id))
		.where(where)
		.orderBy(desc(auditLog.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	const names = await currentNames(db, rows);
	return {
		entries: rows.map((r) => ({
			...r,
			currentName: (r.entityId && names.get(`${r.entity}:${r.entityId}`)) || null
		})),
		total,
		page,
		pages,
		pageSize,
		people
	};
}

/** The tables whose rows the log names, with the column that names them. */
const NAMED: Record<string, { table: PgTable; id: AnyPgColumn; name: AnyPgColumn }> = {
	conference: { table: conference, id: conference.id, name: conference.title },
	delegate: { table: delegate, id: delegate.id, name: delegate.fullName },
	delegate_group: { table: delegateGroup, id: delegateGroup.id, name: delegateGroup.name },
	agenda_item: { table: agendaItem, id: agendaItem.id, name: agendaItem.title },
	document_request: { table: documentRequest, id: documentRequest.id, name: documentRequest.title },
	user: { table: user, id: user.id, name: user.username }
};

/** "entity:id" → the object's name today, one query per kind of object on the page. */
async function currentNames(
	db: Database,
	rows: { entity: string; entityId: string | null }[]
): Promise<Map<string, string>> {
	const names = new Map<string, string>();
	for (const [entity, source] of Object.entries(NAMED)) {
		const ids = [
			...new Set(
				rows
					.filter((r) => r.entity === entity && r.entityId && /^\d{1,9}$/.test(r.entityId))
					.map((r) => Number(r.entityId))
			)
		];
		if (!ids.length) continue;
		const found = await db
			.select({ id: source.id, name: source.name })
			.from(source.table)
			.where(inArray(source.id, ids));
		for (const f of found) names.set(`${entity}:${String(f.id)}`, String(f.name));
	}
	return names;
}
