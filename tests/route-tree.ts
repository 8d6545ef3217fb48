// Every route of the app as it is on disk (src/routes), with the form actions of each page and the
// methods of each +server.ts, read from the modules themselves. The access tests are generated from
// this, so a route added later is tested without anyone adding it to a list.

export interface RouteEntry {
	/** The route id SvelteKit gives it, e.g. `/admin/delegates/[id=id]`. */
	id: string;
	kind: 'page' | 'endpoint';
	/** GET for a page; its actions are listed apart. For an endpoint, the methods it exports. */
	methods: string[];
	/** Named form actions (`default` for an unnamed one). */
	actions: string[];
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const pageServers = import.meta.glob<Record<string, unknown>>('/src/routes/**/+page.server.ts');
const pageFiles = import.meta.glob('/src/routes/**/+page.svelte');
const endpoints = import.meta.glob<Record<string, unknown>>('/src/routes/**/+server.ts');

function routeIdOf(file: string, leaf: string): string {
	const id = file.slice('/src/routes'.length, -leaf.length - 1);
	return id === '' ? '/' : id;
}

export async function routeTree(): Promise<RouteEntry[]> {
	const entries = new Map<string, RouteEntry>();
	for (const file of Object.keys(pageFiles)) {
		const id = routeIdOf(file, '+page.svelte');
		entries.set(`page ${id}`, { id, kind: 'page', methods: ['GET'], actions: [] });
	}
	for (const [file, load] of Object.entries(pageServers)) {
		const id = routeIdOf(file, '+page.server.ts');
		const mod = await load();
		const entry = entries.get(`page ${id}`) ?? {
			id,
			kind: 'page' as const,
			methods: ['GET'],
			actions: []
		};
		entry.actions = mod.actions ? Object.keys(mod.actions as object) : [];
		entries.set(`page ${id}`, entry);
	}
	for (const [file, load] of Object.entries(endpoints)) {
		const id = routeIdOf(file, '+server.ts');
		const mod = await load();
		entries.set(`endpoint ${id}`, {
			id,
			kind: 'endpoint',
			methods: HTTP_METHODS.filter((m) => m in mod),
			actions: []
		});
	}
	return [...entries.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** A concrete path for a route id: params get values that name nothing, so no handler changes a row. */
export function samplePath(routeId: string, params: Record<string, string> = {}): string {
	const path = routeId
		.split('/')
		.filter((segment) => !/^\(.+\)$/.test(segment))
		.map((segment) =>
			segment.replace(
				/\[{1,2}(?:\.\.\.)?([a-zA-Z0-9_]+)(?:=[a-zA-Z0-9_]+)?\]{1,2}/g,
				(_, name: string) => params[name] ?? SAMPLE_PARAMS[name] ?? 'x'
			)
		)
		.join('/');
	return path === '' ? '/' : path;
}

const SAMPLE_PARAMS: Record<string, string> = {
	id: '999999',
	token: 'aaaaaaaaaaaaaaaaaaaaaaaaaa',
	code: 'aaaaaaaa'
};

/** The letters of a path percent-encoded, `/admin` → `/%61%64%6d%69%6e` (lower) or `%6D` (upper). */
function encodeLetters(path: string, upper: boolean): string {
	return path.replace(/[a-z]/gi, (c) => {
		const hex = c.charCodeAt(0).toString(16);
		return `%${upper ? hex.toUpperCase() : hex}`;
	});
}

/**
 * The ways an outsider may spell one path. SvelteKit matches on the decoded path, so each of these
 * must meet the same rule as the plain one.
 */
export function spellings(path: string): { name: string; path: string }[] {
	if (path === '/')
		return [
			{ name: 'plain', path },
			{ name: 'double slash', path: '//' }
		];
	const firstLetter = path.replace(/[a-z]/i, (c) => `%${c.charCodeAt(0).toString(16)}`);
	return [
		{ name: 'plain', path },
		{ name: 'one letter encoded', path: firstLetter },
		{ name: 'letters encoded, lower hex', path: encodeLetters(path, false) },
		{ name: 'letters encoded, upper hex', path: encodeLetters(path, true) },
		{ name: 'trailing slash', path: `${path}/` },
		{ name: 'double slash', path: `/${path}` },
		{ name: 'inner double slash', path: path.replace(/^(\/[^/]+)\//, '$1//') }
	];
}
