// The published documents kept on the delegate's phone, to read in the hall without a network.
// One mechanism with the rest of the app's offline pages: the readable pages go into the service
// worker's 'pages' cache, from which the worker opens them when the network is gone (vite.config.ts,
// NetworkFirst); the originals (up to ORIGINAL_OFFLINE_MAX_BYTES each) go into the same cache and
// are handed out from there by the page. A small record in localStorage (snapshot.ts) says what was
// stored, of which version, and when.
import { ORIGINAL_OFFLINE_MAX_BYTES, type StoredCopy } from '$lib/domain/submissions';
import { PAGES_CACHE } from './offline';
import { readSnapshot, writeSnapshot } from './snapshot';

export interface OfflineDocument {
	id: number;
	sha256: string;
	size: number;
}

export interface StoredCopies {
	savedAt: Date;
	copies: StoredCopy[];
}

export interface StoreProgress {
	/** Documents stored so far, of `total`. */
	done: number;
	total: number;
	/** Bytes downloaded so far. */
	bytes: number;
}

const recordKey = (delegateKey: string) => `documents:${delegateKey}`;

/** The readable page of a document, below the documents page `listPath` (/d/TOKEN/documents). */
export const documentPath = (listPath: string, id: number) => `${listPath}/${id}`;
export const originalPath = (listPath: string, id: number) =>
	`${documentPath(listPath, id)}/original`;

/** What this phone holds for the delegate, or null. */
export function storedCopies(delegateKey: string): StoredCopies | null {
	const record = readSnapshot<StoredCopy[]>(recordKey(delegateKey));
	return record && Array.isArray(record.data)
		? { savedAt: new Date(record.savedAt), copies: record.data }
		: null;
}

/** The stored copy of this version of a document, if the phone holds one. */
export function storedCopyOf(
	delegateKey: string,
	id: number,
	sha256: string
): (StoredCopy & { savedAt: Date }) | null {
	const stored = storedCopies(delegateKey);
	const copy = stored?.copies.find((c) => c.id === id && c.sha256 === sha256);
	return copy && stored ? { ...copy, savedAt: stored.savedAt } : null;
}

export function canStoreOffline(): boolean {
	return typeof caches !== 'undefined' && 'serviceWorker' in navigator;
}

/** Fetches `path` whole, counting the bytes as they arrive, into a response the cache can keep. */
async function download(
	path: string,
	accept: string,
	onBytes: (n: number) => void
): Promise<Response | null> {
	const res = await fetch(path, {
		credentials: 'same-origin',
		cache: 'no-store',
		headers: { accept }
	});
	// Unpublished meanwhile: nothing to keep.
	if (res.status === 404) return null;
	if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	const reader = res.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		onBytes(value.byteLength);
	}
	// The body is kept decoded: a proxy's compression headers no longer describe it.
	const headers = new Headers(res.headers);
	headers.delete('content-encoding');
	headers.delete('content-length');
	return new Response(new Blob(chunks), {
		status: res.status,
		statusText: res.statusText,
		headers
	});
}

/**
 * Stores the documents page, every document's readable page, and the originals up to the size
 * limit, then records what it stored. Copies of documents no longer published are removed.
 */
export async function storeAllForOffline(
	listPath: string,
	delegateKey: string,
	documents: OfflineDocument[],
	onProgress: (progress: StoreProgress) => void
): Promise<StoredCopies> {
	// Ask the browser not to clear these when space runs low; a refusal still stores them.
	await navigator.storage?.persist?.().catch(() => false);
	await navigator.serviceWorker.ready;
	const cache = await caches.open(PAGES_CACHE);
	const progress: StoreProgress = { done: 0, total: documents.length, bytes: 0 };
	const count = (n: number) => {
		progress.bytes += n;
		onProgress({ ...progress });
	};
	onProgress({ ...progress });
	const list = await download(listPath, 'text/html', count);
	if (list) await cache.put(listPath, list);
	const copies: StoredCopy[] = [];
	for (const doc of documents) {
		const page = await download(documentPath(listPath, doc.id), 'text/html', count);
		if (page) {
			await cache.put(documentPath(listPath, doc.id), page);
			let original = false;
			if (doc.size <= ORIGINAL_OFFLINE_MAX_BYTES) {
				const file = await download(originalPath(listPath, doc.id), '*/*', count);
				if (file) await cache.put(originalPath(listPath, doc.id), file);
				original = file !== null;
			}
			copies.push({ id: doc.id, sha256: doc.sha256, original });
		}
		progress.done++;
		onProgress({ ...progress });
	}
	await dropCopies(
		cache,
		listPath,
		(storedCopies(delegateKey)?.copies ?? []).filter((c) => !copies.some((k) => k.id === c.id))
	);
	const savedAt = new Date();
	writeSnapshot(recordKey(delegateKey), savedAt.getTime(), copies);
	return { savedAt, copies };
}

async function dropCopies(cache: Cache, listPath: string, gone: StoredCopy[]) {
	for (const copy of gone) {
		await cache.delete(documentPath(listPath, copy.id));
		await cache.delete(originalPath(listPath, copy.id));
	}
}

/**
 * Keeps the record true to the phone: forgets copies whose page the browser no longer holds (a
 * staff sign-out on a shared phone empties the cache), and, when `published` was just read from
 * the server, the copies of documents no longer published, pages and originals both. Returns what remains.
 */
export async function reconcileCopies(
	listPath: string,
	delegateKey: string,
	published: { id: number }[] | null
): Promise<StoredCopies | null> {
	const stored = storedCopies(delegateKey);
	if (!stored || !canStoreOffline()) return stored;
	const cache = await caches.open(PAGES_CACHE);
	const ids = published && new Set(published.map((d) => d.id));
	const gone: StoredCopy[] = [];
	for (const copy of stored.copies) {
		if ((ids && !ids.has(copy.id)) || !(await cache.match(documentPath(listPath, copy.id))))
			gone.push(copy);
	}
	if (gone.length === 0) return stored;
	await dropCopies(cache, listPath, gone);
	const copies = stored.copies.filter((c) => !gone.includes(c));
	writeSnapshot(recordKey(delegateKey), stored.savedAt.getTime(), copies);
	return { savedAt: stored.savedAt, copies };
}

/** The stored original of a document, as a file to save; null when the phone has none. */
export async function storedOriginal(listPath: string, id: number): Promise<Blob | null> {
	if (!canStoreOffline()) return null;
	const res = await caches.match(originalPath(listPath, id), { cacheName: PAGES_CACHE });
	return res ? res.blob() : null;
}

const pageRecordKey = (delegateKey: string, path: string) => `page:${delegateKey}:${path}`;

/**
 * When the readable page at `path` (the web kỷ yếu) was stored on this phone for the delegate: the
 * server's render time of the stored copy. Null when it was not, or the browser no longer holds it.
 */
export async function storedPageAt(path: string, delegateKey: string): Promise<Date | null> {
	const record = readSnapshot<{ path: string }>(pageRecordKey(delegateKey, path));
	if (!record || !canStoreOffline()) return null;
	if (!(await caches.match(path, { cacheName: PAGES_CACHE }))) return null;
	return new Date(record.savedAt);
}

/**
 * Keeps the readable page at `path`, rendered by the server at `renderedAt`, for reading offline.
 * The service worker already keeps every page it fetched (vite.config.ts, NetworkFirst into the
 * same cache): when it holds this one, only the record is written; otherwise (the worker was not
 * yet in charge when the page loaded) the page is fetched once more into the cache.
 */
export async function keepPageOffline(
	path: string,
	delegateKey: string,
	renderedAt: number
): Promise<Date> {
	await navigator.storage?.persist?.().catch(() => false);
	await navigator.serviceWorker.ready;
	const cache = await caches.open(PAGES_CACHE);
	let savedAt = renderedAt;
	if (!navigator.serviceWorker.controller || !(await cache.match(path))) {
		const page = await download(path, 'text/html', () => {});
		if (!page) throw new Error('HTTP 404');
		await cache.put(path, page);
		savedAt = Date.now();
	}
	writeSnapshot(pageRecordKey(delegateKey, path), savedAt, { path });
	return new Date(savedAt);
}
