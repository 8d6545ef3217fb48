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
		// @vite-pwa/sveltekit generates and registers the service worker (STACK-NOTES.md).
		serviceWorker: { register: false }
	}
};

export default config;
