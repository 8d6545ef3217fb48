import { isAuditAction } from '$lib/domain/audit-actions';
import { auditPage } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** A whole number from the query string, or undefined (a filter typed by hand is just ignored). */
const positive = (text: string | null) =>
	text && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;

export const load: PageServerLoad = async ({ url }) => {
	const action = url.searchParams.get('kind') ?? '';
	const filter = {
		page: positive(url.searchParams.get('page')) ?? 1,
		userId: positive(url.searchParams.get('user')),
		action: isAuditAction(action) ? action : undefined
	};
	return { ...(await auditPage(getDb(), filter)), filter };
};
