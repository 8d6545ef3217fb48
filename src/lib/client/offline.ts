/** The service worker's cache of visited pages (vite.config.ts, runtimeCaching 'pages'). */
export const PAGES_CACHE = 'pages';

/**
 * Stores the page's own HTML for offline use. A page reached by a client-side navigation (after the
 * login form, say) was never fetched as a document, so the worker has no copy to open it offline.
 */
export async function keepPageForOffline(path: string): Promise<void> {
	if (!('caches' in window) || !('serviceWorker' in navigator)) return;
	try {
		await navigator.serviceWorker.ready;
		const cache = await caches.open(PAGES_CACHE);
		await cache.add(
			new Request(path, { credentials: 'same-origin', headers: { accept: 'text/html' } })
		);
	} catch {
		/* offline now, or storage refused: the next visit tries again */
	}
}

/** Calls `set` with whether the browser is online, now and on every change; returns the stop. */
export function watchOnline(set: (online: boolean) => void): () => void {
	const update = () => set(navigator.onLine);
	update();
	window.addEventListener('online', update);
	window.addEventListener('offline', update);
	return () => {
		window.removeEventListener('online', update);
		window.removeEventListener('offline', update);
	};
}
