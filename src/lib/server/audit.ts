import { desc, eq } from 'drizzle-orm';
import type { AuditAction } from '$lib/domain/audit-actions';
import type { Database, Executor } from './db';
import { auditLog, user } from './db/schema';

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

/** The newest entries of the log with the username behind each, for the Nhật ký page. */
export async function recentAudit(db: Database, limit = 200) {
	return db
		.select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, detail: auditLog.detail, address: auditLog.address, username: user.username })
		.from(auditLog)
		.leftJoin(user, eq(auditLog.userId, user.id))
		.orderBy(desc(auditLog.id))
		.limit(limit);
}
