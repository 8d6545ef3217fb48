import { canAccess } from '$lib/domain/roles';
import type { LayoutServerLoad } from './$types';

/**
 * Whether the admin navigation shows: to those who may open its links (the secretariat), not to the
 * chair reading the minutes pages. Decided here, so the route rules (src/lib/domain/roles.ts) stay
 * out of the JavaScript every page loads.
 */
export const load: LayoutServerLoad = ({ locals }) => ({
	adminNav: canAccess(locals.user?.role, '/admin')
});
