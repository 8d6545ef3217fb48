import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RetryLoop } from './retry-loop';

describe('RetryLoop', () => {
	let attempts: number;
	let loop: RetryLoop;

	beforeEach(() => {
		vi.useFakeTimers();
		attempts = 0;
		loop = new RetryLoop(() => void (attempts += 1));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('tries again by itself after 1, 2, 4 s, and holds attempts back until then', () => {
		loop.failed();
		expect(loop.holding).toBe(true);
		vi.advanceTimersByTime(999);
		expect(attempts).toBe(0);
		vi.advanceTimersByTime(1);
		expect(attempts).toBe(1);
		expect(loop.holding).toBe(false);

		loop.failed();
		vi.advanceTimersByTime(1999);
		expect(attempts).toBe(1);
		vi.advanceTimersByTime(1);
		expect(attempts).toBe(2);

		loop.failed();
		vi.advanceTimersByTime(4000);
		expect(attempts).toBe(3);
	});

	it('starts the count over after a success', () => {
		for (const _ of [1, 2, 3]) loop.failed();
		loop.succeeded();
		loop.failed();
		vi.advanceTimersByTime(1000);
		expect([attempts, loop.holding]).toEqual([1, false]);
	});

	it('lets new work through at once without forgetting the failures', () => {
		loop.failed();
		loop.allowNow();
		expect(loop.holding).toBe(false);
		loop.failed();
		expect(loop.holding).toBe(true);
		vi.advanceTimersByTime(1999);
		expect(loop.holding).toBe(true);
	});

	it('tries at once when the network returns, and says so; stopping cancels what was planned', () => {
		const network = new EventTarget();
		vi.stubGlobal('window', network);
		const heard: boolean[] = [];
		const stop = loop.start((online) => heard.push(online));
		loop.failed();
		loop.failed();
		network.dispatchEvent(new Event('offline'));
		network.dispatchEvent(new Event('online'));
		expect(heard).toEqual([false, true]);
		expect(attempts).toBe(1);
		expect(loop.holding).toBe(false);
		vi.advanceTimersByTime(60_000);
		expect(attempts).toBe(1);

		loop.failed();
		stop();
		vi.advanceTimersByTime(60_000);
		expect(attempts).toBe(1);
		network.dispatchEvent(new Event('online'));
		expect(attempts).toBe(1);
	});
});
