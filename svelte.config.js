import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// @vite-pwa/sveltekit generates and registers the service worker (STACK-NOTES.md).
		serviceWorker: { register: false },
		// Sent as a header on every page Kit renders (error pages too). 'auto': a fresh nonce on each
		// server-rendered page for Kit's own inline start-up script (hashes if a page is ever
		// prerendered). The other headers, and frame-ancestors on responses that are not pages, are
		// set by src/lib/server/security-headers.ts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Stylesheets only from the app; style="" attributes (Svelte templates) are allowed,
				// injected <style> elements are not. html5-qrcode styles through element.style (CSSOM),
				// which CSP does not govern.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				// QR codes are inline SVG or data: URLs; html5-qrcode shows a picked file as blob:.
				'img-src': ['self', 'data:', 'blob:'],
				// The camera plays through video.srcObject, which media-src does not govern.
				'media-src': ['self'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				// Header only (not allowed in <meta>); Kit sends the policy as a header here.
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
