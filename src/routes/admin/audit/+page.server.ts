import { desc, eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { auditLog, user } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const entries = await getDb()
		.select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, detail: auditLog.detail, address: auditLog.address, username: user.username })
		.from(auditLog)
		.leftJoin(user, eq(auditLog.userId, user.id))
		.orderBy(desc(auditLog.id))
		.limit(200);
	return { entries };
};
