// Issue 12: the delegate's page and the projector load fast on a cheap phone. The same figure as
// `npm run bench` (bench/size.js) on the built app: all JavaScript a first visit pulls in, gzipped.
import { expect, it } from 'vitest';
import { sizeFigures } from '../../bench/size.js';

const BUDGET_BYTES = 60 * 1024;

it('the delegate page and the projector each load at most 60 KB of gzipped JavaScript', async () => {
	const bytes = new Map<string, number>();
	await sizeFigures({
		report: (
			_name: string,
			_value: number,
			_unit: string,
			extra: { page: string; bytes: number }
		) => bytes.set(extra.page, extra.bytes)
	});
	expect(bytes.get('/d/[token]')).toBeLessThanOrEqual(BUDGET_BYTES);
	expect(bytes.get('/display')).toBeLessThanOrEqual(BUDGET_BYTES);
}, 120_000);
