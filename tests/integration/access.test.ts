// Who reaches which handler, generated from the route tree on disk (tests/route-tree.ts) × every
// kind of visitor × every spelling of the path. Expected access comes from the rules the hook uses
// (src/lib/domain/roles.ts, whose intent is pinned in roles.test.ts); this proves the built app
// enforces them for every route that exists, however the URL is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveInviteToken, DELEGATE_COOKIE } from '$lib/domain/invite-token';
import { canAccess, ruleFor, type Role } from '$lib/domain/roles';
import { routeTree, samplePath, spellings, type RouteEntry } from '../route-tree';
import { signIn, startTestApp } from './app-client';

type Visitor = 'signed out' | 'delegate' | Role;
const VISITORS: Visitor[] = ['signed out', 'delegate', 'checkin', 'chair', 'secretariat'];
const ACCOUNT: Record<Role, string> = {
	checkin: 'diemdanh',
	chair: 'chutich',
	secretariat: 'thuky'
};

let app: Awaited<ReturnType<typeof startTestApp>>;
let routes: RouteEntry[];
const cookies = new Map<Visitor, string>();

async function cookieOf(visitor: Visitor): Promise<string | undefined> {
	if (visitor === 'signed out') return undefined;
	if (visitor === 'delegate') {
		const token = deriveInviteToken(new TextEncoder().encode(process.env.HOINGHI_SECRET!), 1, 1);
		return `${DELEGATE_COOKIE}=${token}`;
	}
	if (!cookies.has(visitor)) cookies.set(visitor, await signIn(app.url, ACCOUNT[visitor]));
	return cookies.get(visitor);
}

interface Probe {
	method: string;
	path: string;
	/** `?/name` for a form action. */
	search: string;
	kind: RouteEntry['kind'];
}

/** What a refusal by the hook looks like; anything else means the request reached the route. */
async function refused(res: Response): Promise<boolean> {
	if (res.status === 303) return (res.headers.get('location') ?? '').startsWith('/login?redirect=');
	if (res.status === 401) return true;
	// Never wait for the end of a stream (/api/live): only short answers are read.
	const stream = (res.headers.get('content-type') ?? '').startsWith('text/event-stream');
	const body = !stream && (res.status === 403 || res.status === 200) ? await res.text() : '';
	if (stream || !body) await res.body?.cancel().catch(() => {});
	if (res.status === 403) return /không có quyền|chưa được mở cho ai/.test(body);
	// A page's data request (`…/__data.json`) answers a redirect to the login as JSON.
	return res.status === 200 && body.startsWith('{"type":"redirect","location":"/login?redirect=');
}

async function send(
	probe: Probe,
	path: string,
	cookie: string | undefined,
	origin = app.url
): Promise<Response> {
	const write = probe.method !== 'GET' && probe.method !== 'HEAD';
	const form = probe.kind === 'page';
	const request = (target: string) =>
		fetch(`${app.url}${target}${probe.search}`, {
			method: probe.method,
			redirect: 'manual',
			headers: {
				accept: form ? 'text/html' : 'application/json',
				...(cookie ? { cookie } : {}),
				...(write
					? {
							origin,
							'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json'
						}
					: {})
			},
			...(write ? { body: form ? '' : '{}' } : {})
		});
	const res = await request(path);
	// SvelteKit's trailing-slash redirect goes to the plain path: follow it once, as a browser would.
	if (res.status === 308 && res.headers.get('x-sveltekit-normalize'))
		return request(new URL(res.headers.get('location')!, app.url).pathname);
	return res;
}

function probesOf(route: RouteEntry): Probe[] {
	const path = samplePath(route.id);
	const probes: Probe[] = route.methods.map((method) => ({
		method,
		path,
		search: '',
		kind: route.kind
	}));
	// What the client router fetches for a page: the same rule, another spelling.
	if (route.kind === 'page')
		probes.push({
			method: 'GET',
			path: `${path === '/' ? '' : path}/__data.json`,
			search: '',
			kind: 'page'
		});
	for (const action of route.actions) {
		probes.push({
			method: 'POST',
			path,
			search: action === 'default' ? '' : `?/${action}`,
			kind: 'page'
		});
	}
	return probes;
}

/** Logging out ends the visitor's session; ask for a new one after it. */
const endsSession = (probe: Probe) => probe.path === '/logout' && probe.method === 'POST';

beforeAll(async () => {
	routes = await routeTree();
	app = await startTestApp();
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

describe('the route tree', () => {
	it('is read from disk: pages, actions and endpoints', () => {
		const ids = routes.map((r) => r.id);
		expect(ids).toContain('/admin/delegates.csv');
		expect(ids).toContain('/display/hall/code');
		expect(routes.find((r) => r.id === '/admin/users')?.actions.length).toBeGreaterThan(0);
		expect(routes.find((r) => r.id === '/api/meeting')?.methods).toEqual(['GET', 'POST']);
		expect(routes.length).toBeGreaterThan(25);
	});

	it('gives every route on disk a rule (a route without one is refused to everyone)', () => {
		const missing = routes.filter((r) => ruleFor(r.id) === null).map((r) => r.id);
		expect(missing, `add these to ROUTE_RULES in src/lib/domain/roles.ts`).toEqual([]);
	});
});

describe('every route × every visitor × every spelling', () => {
	it('reaches the handler for exactly the visitors its rule names', async () => {
		const wrong: string[] = [];
		let checked = 0;
		for (const route of routes) {
			for (const probe of probesOf(route)) {
				for (const visitor of VISITORS) {
					const role = visitor === 'signed out' || visitor === 'delegate' ? null : visitor;
					const allowed = canAccess(role, route.id, probe.method);
					for (const spelling of spellings(probe.path)) {
						const res = await send(probe, spelling.path, await cookieOf(visitor));
						const wasRefused = await refused(res);
						if (endsSession(probe)) cookies.delete(visitor);
						checked++;
						// A refused request never runs the handler; an allowed one is never refused. A spelling
						// SvelteKit matches to no route (404) reaches nothing, which is allowed either way.
						if (res.status >= 500)
							wrong.push(
								`${probe.method} ${spelling.path}${probe.search} as ${visitor}: ${res.status}`
							);
						else if (res.status === 404) continue;
						else if (allowed && wasRefused)
							wrong.push(
								`${probe.method} ${spelling.path}${probe.search} (${spelling.name}) as ${visitor}: refused ${res.status}`
							);
						else if (!allowed && !wasRefused)
							wrong.push(
								`${probe.method} ${spelling.path}${probe.search} (${spelling.name}) as ${visitor}: reached, ${res.status}`
							);
					}
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
	}, 600_000);

	it('refuses the spellings the outsider used, signed out and as check-in staff', async () => {
		const csv = await fetch(`${app.url}/%61dmin/delegates.csv`, { redirect: 'manual' });
		expect(csv.status).toBe(303);
		expect(await csv.text()).not.toContain('/d/');
		const code = await fetch(`${app.url}/display/%68all/code`, {
			redirect: 'manual',
			headers: { accept: 'application/json' }
		});
		expect(code.status).toBe(303);
		const scan = await fetch(`${app.url}/%73can`, {
			redirect: 'manual',
			headers: { accept: 'text/html' }
		});
		expect(scan.status).toBe(303);
		const checkin = await cookieOf('checkin');
		const create = await fetch(`${app.url}/%61dmin/users?/create`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				cookie: checkin!,
				origin: app.url,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html'
			},
			body: new URLSearchParams({
				username: 'keodiemdanh',
				displayName: 'X',
				role: 'secretariat',
				password: 'mat-khau-rat-dai-2026'
			})
		});
		expect(create.status).toBe(403);
		expect(await create.text()).toContain('không có quyền');
		// And the account was not made: it cannot sign in.
		const login = await fetch(`${app.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.url,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html'
			},
			body: new URLSearchParams({ username: 'keodiemdanh', password: 'mat-khau-rat-dai-2026' })
		});
		expect(login.status).not.toBe(303);
	});

	it('refuses a form posted from another site, for every action and every visitor', async () => {
		const wrong: string[] = [];
		for (const route of routes) {
			for (const probe of probesOf(route).filter((p) => p.kind === 'page' && p.method === 'POST')) {
				for (const visitor of VISITORS) {
					const res = await send(probe, probe.path, await cookieOf(visitor), 'http://evil.example');
					if (res.status !== 403)
						wrong.push(`${probe.path}${probe.search} as ${visitor}: ${res.status}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	}, 120_000);
});
