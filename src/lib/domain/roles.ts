/** Staff roles. Delegates, units and the projector have no account: they use links. */
export const ROLES = ['secretariat', 'chair', 'checkin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
	secretariat: 'Văn phòng (thư ký)',
	chair: 'Chủ trì hội nghị',
	checkin: 'Điểm danh'
};

/** Where each role works; the home page and the login send users there. */
export const ROLE_HOME: Record<Role, string> = {
	secretariat: '/admin',
	chair: '/chair',
	checkin: '/scan'
};

/** Areas that need a signed-in user, and which roles may enter. First match wins. */
const AREAS: { prefix: string; roles: readonly Role[] }[] = [
	{ prefix: '/admin', roles: ['secretariat'] },
	{ prefix: '/chair', roles: ['chair', 'secretariat'] },
	{ prefix: '/scan', roles: ['checkin', 'secretariat'] },
	// The entrance screen shows a live check-in code: only a signed-in device may show it.
	{ prefix: '/display/hall', roles: ['checkin', 'secretariat', 'chair'] }
];

function inArea(pathname: string, prefix: string): boolean {
	return pathname === prefix || pathname.startsWith(prefix + '/');
}

/** The roles allowed on a path, or null when the path is open to everyone. */
export function requiredRoles(pathname: string): readonly Role[] | null {
	return AREAS.find((a) => inArea(pathname, a.prefix))?.roles ?? null;
}

export function canAccess(role: Role | null | undefined, pathname: string): boolean {
	const roles = requiredRoles(pathname);
	if (!roles) return true;
	return role != null && roles.includes(role);
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * A redirect target taken from the query string is followed only when it is a path on this
 * site, so a crafted login link cannot send the user elsewhere.
 */
export function safeRedirectPath(target: string | null | undefined): string | null {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
		return null;
	}
	return target;
}
