import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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
				if (warning.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '')) return;
				if (next) next(warning, warn);
				else warn(warning);
			};
		}
	};
}

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
					{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
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
							sameOrigin && url.pathname.endsWith('/__data.json') && !url.pathname.startsWith('/c/'),
						handler: 'NetworkFirst',
						options: { cacheName: 'pages', networkTimeoutSeconds: 5, expiration: { maxEntries: 60 } }
					}
				]
			}
		}),
		quietZodAnnotations()
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		// Tests derive invite tokens from this instead of writing a secret file into ./data.
		env: { HOINGHI_SECRET: 'bi-mat-chi-dung-cho-kiem-thu-2026' },
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
