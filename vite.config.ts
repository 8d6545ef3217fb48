import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

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
		})
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
