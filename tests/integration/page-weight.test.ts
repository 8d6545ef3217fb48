// The delegate's pages and the hall screens load fast on a cheap phone. The same figures as
// `npm run bench` (bench/size.js) on the built app: all JavaScript a first visit pulls in, gzipped,
// and whether zod is in it (the schemas stay on the server: docs/architecture.md).
import { expect, it } from 'vitest';
import { sizeFigures } from '../../bench/size.js';

const BUDGET_BYTES = 60 * 1024;

/** Every page a delegate opens from their link, the projector, and the entrance screen. */
const LIGHT_PAGES = [
	'/d/[token]',
	'/d/[token]/documents',
	'/d/[token]/documents/[id=id]',
	'/d/[token]/proceedings',
	'/display',
	'/display/hall'
];

it('every delegate page and hall screen loads at most 60 KB of gzipped JavaScript, without zod', async () => {
	const measured = new Map<string, { bytes: number; zod: boolean }>();
	await sizeFigures({
		report: (
			_name: string,
			_value: number,
			_unit: string,
			extra: { page: string; bytes: number; zod: boolean }
		) => measured.set(extra.page, { bytes: extra.bytes, zod: extra.zod })
	});
	for (const page of LIGHT_PAGES) {
		const figures = measured.get(page);
		expect(figures, page).toBeDefined();
		expect.soft(figures!.bytes, `${page}: gzipped bytes`).toBeLessThanOrEqual(BUDGET_BYTES);
		expect.soft(figures!.zod, `${page}: zod in its JavaScript`).toBe(false);
	}
}, 120_000);
