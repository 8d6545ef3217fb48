import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// @vite-pwa/sveltekit generates and registers the service worker (STACK-NOTES.md).
		serviceWorker: { register: false }
	}
};

export default config;
