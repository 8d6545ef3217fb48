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

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

// ——— Who may reach a route ———
//
// Decided from the route SvelteKit matched (`event.route.id`, the folder under src/routes), never
// from the URL's spelling: `/%61dmin` and `/admin` are the same route id. A route id that no rule
// covers is refused, so a route added later is closed until someone writes its rule here.

/** Anyone, signed in or not (pages behind a personal link check the link themselves). */
export const PUBLIC = 'public';
/** Who may reach a route: everyone, or the listed staff roles. */
export type Access = typeof PUBLIC | readonly Role[];
/** One rule for every method, or one for reading (GET, HEAD, OPTIONS) and one for changing. */
export type RouteRule = Access | { read: Access; write: Access };

const SECRETARIAT: readonly Role[] = ['secretariat'];
const CHAIR: readonly Role[] = ['chair', 'secretariat'];
const DOOR: readonly Role[] = ['checkin', 'secretariat'];
// The entrance screen shows a live check-in code: only a signed-in staff device may show it.
const HALL_SCREEN: readonly Role[] = ['checkin', 'secretariat', 'chair'];

/**
 * Rules by route id. `'/admin/*'` covers `/admin` and every route id below it; any other key
 * covers that one route id. A more specific key wins over an area (the longest match).
 */
export const ROUTE_RULES: Readonly<Record<string, RouteRule>> = {
	'/': PUBLIC,
	'/login': PUBLIC,
	'/logout': PUBLIC,
	'/admin/*': SECRETARIAT,
	// The chair reads the minutes on the tablet; only the secretariat writes them.
	'/admin/minutes/*': { read: CHAIR, write: SECRETARIAT },
	'/chair/*': CHAIR,
	'/scan/*': DOOR,
	'/display': PUBLIC,
	'/display/hall/*': HALL_SCREEN,
	'/d/[token]': PUBLIC,
	// The published documents: the delegate's link is the key, as for the page above.
	'/d/[token]/documents': PUBLIC,
	'/d/[token]/documents/[id=id]': PUBLIC,
	'/d/[token]/documents/[id=id]/original': PUBLIC,
	// The kỷ yếu on a delegate's phone: published documents only (src/lib/server/proceedings/volume.ts).
	'/d/[token]/proceedings': PUBLIC,
	'/c/[code]': PUBLIC,
	// One original file through the signed link printed in the kỷ yếu: the token is the key and names
	// that file alone (src/lib/server/proceedings/links.ts).
	'/f/[version=id]/[token]': PUBLIC,
	// A unit's upload page and its upload: the token in the link is the key (src/lib/server/units/link.ts).
	'/u/[token]': PUBLIC,
	'/u/[token]/upload': PUBLIC,
	'/api/health': PUBLIC,
	'/api/time': PUBLIC,
	// Everyone hears the public events; the stream itself leaves staff-only events to staff.
	'/api/live': PUBLIC,
	'/api/meeting': { read: PUBLIC, write: CHAIR },
	// The secretary's notes (the page is /admin/minutes): the chair reads them, the secretariat writes.
	'/api/minutes/notes': { read: CHAIR, write: SECRETARIAT },
	'/api/roster': DOOR,
	'/api/checkins': DOOR
};

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The rule written for a route id, or null when none covers it. */
export function ruleFor(routeId: string): RouteRule | null {
	if (Object.hasOwn(ROUTE_RULES, routeId)) return ROUTE_RULES[routeId]!;
	let best: string | null = null;
	for (const key of Object.keys(ROUTE_RULES)) {
		if (!key.endsWith('/*')) continue;
		const area = key.slice(0, -2);
		if (
			(routeId === area || routeId.startsWith(area + '/')) &&
			(best === null || key.length > best.length)
		)
			best = key;
	}
	return best === null ? null : ROUTE_RULES[best]!;
}

/** Who may send this method to this route id; null when no rule covers the route (refuse it). */
export function routeAccess(routeId: string, method: string): Access | null {
	const rule = ruleFor(routeId);
	if (rule === null) return null;
	if (typeof rule === 'string' || Array.isArray(rule)) return rule as Access;
	const split = rule as { read: Access; write: Access };
	return READ_METHODS.has(method.toUpperCase()) ? split.read : split.write;
}

/** Whether a visitor with this role (null: signed out) may send this method to this route. */
export function canAccess(role: Role | null | undefined, routeId: string, method = 'GET'): boolean {
	const access = routeAccess(routeId, method);
	if (access === null) return false;
	if (access === PUBLIC) return true;
	return role != null && access.includes(role);
}

// ——— Redirect after login ———

/** C0 and C1 control characters and DEL; never part of a path we send anyone to. */
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
const UNSAFE_IN_PATH = /[\u0000-\u001F\u007F-\u009F\\]/;
const BASE = 'http://hoi-nghi.invalid';

/**
 * A redirect target taken from the query string is followed only when it is a path on this
 * site, so a crafted login link cannot send the user elsewhere. The target is read the way a
 * browser reads a Location header (tabs and newlines dropped, `/\t/evil` becomes `//evil`), and
 * what is returned is the normalised path, never the raw text.
 */
export function safeRedirectPath(target: string | null | undefined): string | null {
	if (!target || !target.startsWith('/') || UNSAFE_IN_PATH.test(target)) return null;
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return null;
	}
	if (url.origin !== BASE) return null;
	const path = url.pathname + url.search + url.hash;
	// `//host` and `/\host` are other sites to a browser.
	if (path.startsWith('//') || !path.startsWith('/')) return null;
	return path;
}
