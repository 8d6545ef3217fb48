import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// adapter-node refuses bodies over 512 KB unless BODY_SIZE_LIMIT says otherwise, in English and
// before the app sees them. The app keeps its own limits (src/lib/server/boundary.ts, 25 MB, with
// Vietnamese messages), so the built entry sets a default a little above them: `node build` and
// `npm start` then behave alike. An operator's BODY_SIZE_LIMIT still wins.
const BODY_SIZE_LIMIT = '26M';

/** adapter-node, with an entry (build/index.js) that sets the app's defaults before it starts. */
function nodeAdapter() {
	const node = adapter();
	return {
		...node,
		async adapt(builder) {
			await node.adapt(builder);
			const out = 'build';
			renameSync(path.join(out, 'index.js'), path.join(out, 'server-entry.js'));
			writeFileSync(
				path.join(out, 'index.js'),
				`// Written by svelte.config.js: the app's body limit holds however the server is started.\n` +
					`process.env.BODY_SIZE_LIMIT ||= ${JSON.stringify(BODY_SIZE_LIMIT)};\n` +
					`await import('./server-entry.js');\n`
			);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: nodeAdapter(),
		// @vite-pwa/sveltekit generates and registers the service worker (vite.config.ts).
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
