import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff';

describe('retryDelayMs', () => {
	it('sends at once, then waits longer after each failure, never more than 30 s', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 50].map(retryDelayMs)).toEqual([
			0, 1000, 2000, 4000, 8000, 16000, 30000, 30000
		]);
	});
});
