// JavaScript a first visit downloads, per page (at most 60 KB gzipped on a cheap phone for the
// delegate's pages and the hall screens: tests/integration/page-weight.test.ts).
// Builds nothing: reads build/client as built (bench/run.js builds first). `node bench/size.js`
// alone measures the existing build.
//
// For each page: its HTML is fetched from the running app (signed in where the page needs it), every
// <script src>, modulepreload (<link> or the `Link` header) and inline `import("…")` is taken, then every chunk those
// import statically (`import … from "…"`, `export … from "…"`, `import "…"`), found by reading the
// built files. Each distinct file is gzipped once (level 9) and counted once per page. `lazy_bytes`
// adds what those chunks import dynamically (lazy parts, which may or may not run on load), leaving
// out the router's table of every page in entry/app.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../scripts/lib/server-process.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const clientDir = path.join(root, 'build/client');
const PASSWORD = 'hoinghi2026';

const STATIC_IMPORT =
	/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;
/** Zod's core names its classes at run time ("$ZodType", "$ZodError"); minifying keeps the strings. */
const ZOD = /["']\$Zod(?:Type|Error)["']/;

/** @param {string} base @param {string} username */
async function signIn(base, username) {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ username, password: PASSWORD })
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('hoinghi_session='));
	if (!cookie) throw new Error(`sign-in as ${username} failed: ${res.status}`);
	return cookie.split(';')[0] ?? '';
}

/** One delegate's personal link path (`/d/<token>`), read from the secretariat's CSV export. */
/** @param {string} base @param {string} cookie */
async function delegatePath(base, cookie) {
	const csv = await (await fetch(`${base}/admin/delegates.csv`, { headers: { cookie } })).text();
	const match = /\/d\/([a-z2-7]{26})/.exec(csv);
	if (!match) throw new Error('no delegate link in /admin/delegates.csv');
	return match[0];
}

/** A published document's reading page (`/d/<token>/documents/<id>`), from the delegate's list. */
/** @param {string} base @param {string} listPath */
async function documentPath(base, listPath) {
	const html = await (
		await fetch(`${base}${listPath}`, { headers: { accept: 'text/html' } })
	).text();
	const match = new RegExp(`${listPath}/(\\d+)"`).exec(html);
	if (!match) throw new Error(`no published document on ${listPath}`);
	return `${listPath}/${match[1]}`;
}

/** The built file behind a URL path under /_app, or null for anything else. */
/** @param {string} url @returns {string | null} */
function fileOf(url) {
	const { pathname } = new URL(url);
	if (!pathname.endsWith('.js')) return null;
	const file = path.join(clientDir, decodeURIComponent(pathname));
	return file.startsWith(clientDir) && existsSync(file) ? file : null;
}

/** URLs of the JavaScript the page pulls in: its HTML and its `Link` header (SvelteKit sends the modulepreloads there). */
/** @param {string} html @param {string} pageUrl @param {string} [linkHeader] */
function entryUrls(html, pageUrl, linkHeader = '') {
	const urls = new Set();
	for (const link of linkHeader.matchAll(/<([^>]+)>([^,]*)/g)) {
		if (/\brel="?modulepreload"?/.test(link[2] ?? ''))
			urls.add(new URL(link[1] ?? '', pageUrl).href);
	}
	for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
		const src = /\bsrc="([^"]+)"/.exec(tag[0]);
		if (src) urls.add(new URL(src[1] ?? '', pageUrl).href);
	}
	for (const tag of html.matchAll(/<link\b[^>]*>/gi)) {
		if (!/\brel="modulepreload"/.test(tag[0])) continue;
		const href = /\bhref="([^"]+)"/.exec(tag[0]);
		if (href) urls.add(new URL(href[1] ?? '', pageUrl).href);
	}
	for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
		for (const m of (script[1] ?? '').matchAll(DYNAMIC_IMPORT))
			urls.add(new URL(m[1] ?? '', pageUrl).href);
	}
	return urls;
}

/** @type {Map<string, number>} */
const gzCache = new Map();
/** @param {string} file */
function gzBytes(file) {
	let bytes = gzCache.get(file);
	if (bytes === undefined)
		gzCache.set(file, (bytes = gzipSync(readFileSync(file), { level: 9 }).byteLength));
	return bytes;
}

/** Every file reachable from `files` through the given import pattern(s), the starts included. */
/** @param {string[]} files @param {RegExp[]} patterns */
function closure(files, patterns) {
	/** @type {Set<string>} */
	const seen = new Set();
	const queue = [...files];
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.pop());
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		const isRouter = /[\\/]entry[\\/]app\.[^\\/]+\.js$/.test(file);
		for (const pattern of patterns) {
			if (pattern === DYNAMIC_IMPORT && isRouter) continue;
			for (const m of code.matchAll(pattern)) {
				const dep = fileOf(
					new URL(
						m[1] ?? '',
						`http://x/${path.relative(clientDir, file).split(path.sep).join('/')}`
					).href
				);
				if (dep && !seen.has(dep)) queue.push(dep);
			}
		}
	}
	return seen;
}

/** @param {Iterable<string>} files */
function sum(files) {
	let bytes = 0;
	for (const file of files) bytes += gzBytes(file);
	return bytes;
}

/**
 * Measures one page from its HTML and Link header: `{ files, bytes, lazyBytes, lazyFiles, zod }`,
 * `zod` saying whether zod is among the JavaScript the page loads (the eager files).
 */
/** @param {string} html @param {string} pageUrl @param {string} [linkHeader] */
export function measureHtml(html, pageUrl, linkHeader) {
	const starts = [...entryUrls(html, pageUrl, linkHeader)].flatMap((url) => fileOf(url) ?? []);
	const eager = closure(starts, [STATIC_IMPORT]);
	const withLazy = closure(starts, [STATIC_IMPORT, DYNAMIC_IMPORT]);
	return {
		files: eager.size,
		bytes: sum(eager),
		lazyBytes: sum(withLazy),
		lazyFiles: withLazy.size,
		zod: [...eager].some((file) => ZOD.test(readFileSync(file, 'utf8')))
	};
}

/**
 * Starts the built app on a fresh data directory of its own, measures every delegate page (/d/<token>
 * and its documents, one document's reading page and the kỷ yếu), the projector and the entrance
 * screen (/display, /display/hall), /scan and /chair, and reports one figure per page through
 * `report(name, value, unit, extra)`.
 */
/** @param {{ port?: number, report: (name: string, value: number, unit: string, extra: { page: string, bytes: number, zod: boolean } & Record<string, unknown>) => void }} options */
export async function sizeFigures({ port, report }) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-bench-size-'));
	const server = await startServer({ port, dataDir, fresh: true });
	try {
		const base = server.url;
		const secretariat = await signIn(base, 'thuky');
		const door = await signIn(base, 'diemdanh');
		const delegate = await delegatePath(base, secretariat);
		const documents = `${delegate}/documents`;
		const pages = [
			{ page: '/d/[token]', path: delegate, cookie: null },
			{ page: '/d/[token]/documents', path: documents, cookie: null },
			{
				page: '/d/[token]/documents/[id=id]',
				path: await documentPath(base, documents),
				cookie: null
			},
			{ page: '/d/[token]/proceedings', path: `${delegate}/proceedings`, cookie: null },
			{ page: '/display', path: '/display', cookie: null },
			// The entrance screen shows a live check-in code: a signed-in staff device opens it.
			{ page: '/display/hall', path: '/display/hall', cookie: door },
			{ page: '/scan', path: '/scan', cookie: door },
			{ page: '/chair', path: '/chair', cookie: await signIn(base, 'chutich') }
		];
		for (const p of pages) {
			const res = await fetch(`${base}${p.path}`, {
				headers: { accept: 'text/html', ...(p.cookie ? { cookie: p.cookie } : {}) },
				redirect: 'manual'
			});
			if (res.status !== 200) throw new Error(`GET ${p.page} answered ${res.status}`);
			const m = measureHtml(await res.text(), `${base}${p.path}`, res.headers.get('link') ?? '');
			report('size.js_gz', m.bytes / 1024, 'KB', {
				page: p.page,
				bytes: m.bytes,
				kb: Math.round((m.bytes / 1024) * 10) / 10,
				files: m.files,
				lazy_bytes: m.lazyBytes,
				zod: m.zod,
				note: 'gzip -9 of each distinct JS file the HTML pulls in (scripts, modulepreloads, inline imports) and their static imports; lazy_bytes adds their dynamic imports'
			});
		}
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { report } = await import('./lib/report.js');
	await sizeFigures({ port: 4291, report });
}
