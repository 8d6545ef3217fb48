import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { TEST_SECRET } from './tests/secret.js';

/**
 * zod 4 writes explanatory comments that mention `@__PURE__` beside its pure IIFEs; Rollup takes
 * them for misplaced annotations, drops them (comments only: the code is unchanged) and warns twice
 * per client build. Exactly that warning, from zod's own files, is dropped; every other goes on.
 * A plugin rather than build.rollupOptions.onwarn, because SvelteKit's config hook sets its own
 * onwarn and replaces the user's; this one runs after it ('post') and wraps it.
 */
function quietZodAnnotations(): Plugin {
	return {
		name: 'hoinghi:quiet-zod-annotations',
		enforce: 'post',
		config(config) {
			const rollupOptions = ((config.build ??= {}).rollupOptions ??= {});
			const next = rollupOptions.onwarn;
			rollupOptions.onwarn = (warning, warn) => {
				if (
					warning.code === 'INVALID_ANNOTATION' &&
					/[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '')
				)
					return;
				if (next) next(warning, warn);
				else warn(warning);
			};
		}
	};
}

const INTEGRATION_SETUP = ['tests/integration/global-setup.ts'];
/** Integration files that mock a module (`$app/server`), which other files have loaded for real. */
const OWN_MODULES = ['tests/integration/upload-endpoints.test.ts'];

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			// Kit builds with relative paths; the worker must register as /sw.js from any page (/d/…).
			base: '/',
			scope: '/',
			// The root layout registers the worker (virtual:pwa-register) to show "Có phiên bản mới".
			injectRegister: false,
			manifest: {
				name: 'Hội nghị — UBND xã',
				short_name: 'Hội nghị',
				description: 'Giấy mời, điểm danh, điều hành, biên bản và kỷ yếu hội nghị của UBND xã',
				lang: 'vi',
				dir: 'ltr',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				theme_color: '#9f1d20',
				background_color: '#f6f5f2',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			workbox: {
				// Server-rendered pages: no SPA fallback; visited pages are cached as they are fetched.
				navigateFallback: null,
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,webmanifest,html}'],
				// Nothing is prerendered here, yet @vite-pwa/sveltekit adds 'prerendered/**/*.{html,json}'
				// to globPatterns unless modifyURLPrefix is set, and Workbox then warns on every build that
				// the pattern matches no file. An empty modifyURLPrefix rewrites no URL (the plugin's own
				// manifestTransforms still strip 'client/'), so it only keeps the patterns as written above.
				modifyURLPrefix: {},
				cleanupOutdatedCaches: true,
				clientsClaim: true,
				runtimeCaching: [
					{
						// Never a stored copy of a self check-in (/c/…): a cached green page would lie.
						urlPattern: ({ request, url, sameOrigin }) =>
							sameOrigin && request.mode === 'navigate' && !url.pathname.startsWith('/c/'),
						handler: 'NetworkFirst',
						options: {
							cacheName: 'pages',
							networkTimeoutSeconds: 5,
							expiration: { maxEntries: 60 },
							// A page never visited, with no network: the precached "Không có kết nối".
							precacheFallback: { fallbackURL: '/offline' }
						}
					},
					{
						urlPattern: ({ url, sameOrigin }) =>
							sameOrigin &&
							url.pathname.endsWith('/__data.json') &&
							!url.pathname.startsWith('/c/'),
						handler: 'NetworkFirst',
						options: {
							cacheName: 'pages',
							networkTimeoutSeconds: 5,
							expiration: { maxEntries: 60 }
						}
					}
				]
			}
		}),
		quietZodAnnotations()
	],
	test: {
		environment: 'node',
		// Tests derive invite tokens from this instead of writing a secret file into ./data.
		env: { HOINGHI_SECRET: TEST_SECRET },
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Vitest's default is one core fewer than the machine has: one file at a time on two cores.
		maxWorkers: '100%',
		// A worker runs file after file in one module graph (twice as fast here). No file leaves
		// anything behind for the next: each has its own database copy, sets the current database
		// itself, and puts back fake timers and stubbed variables. A file that replaces a module with
		// vi.mock needs a graph of its own (OWN_MODULES).
		isolate: false,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
			// The demo is seeded once per build, then copied per test file or server (global-setup.ts).
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/**/*.test.ts'],
					exclude: OWN_MODULES,
					globalSetup: INTEGRATION_SETUP
				}
			},
			{
				extends: true,
				test: {
					name: 'integration (own modules)',
					include: OWN_MODULES,
					isolate: true,
					globalSetup: INTEGRATION_SETUP
				}
			}
		]
	}
});
