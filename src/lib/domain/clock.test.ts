import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateOffset, KEEP_BEST_MS, replacesEstimate, type ClockSample } from './clock';

describe('clock offset from pings', () => {
	it('keeps the sample with the smallest round trip and compensates half of it', () => {
		// The server is 5 minutes ahead; the second ping was quick and symmetric.
		const samples: ClockSample[] = [
			{ sentAt: 1000, serverTime: 301_400, receivedAt: 1900 },
			{ sentAt: 2000, serverTime: 302_020, receivedAt: 2040 },
			{ sentAt: 3000, serverTime: 303_050, receivedAt: 3300 }
		];
		expect(estimateOffset(samples)).toEqual({ offsetMs: 300_000, roundTripMs: 40 });
	});

	it('is off by at most half the best round trip, however noisy and asymmetric the network', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -3_600_000, max: 3_600_000 }),
				fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 })), {
					minLength: 1,
					maxLength: 8
				}),
				(trueOffset, delays) => {
					let clientNow = 1_000_000;
					const samples = delays.map(([up, down]) => {
						const sentAt = clientNow;
						const serverTime = sentAt + up + trueOffset;
						const receivedAt = sentAt + up + down;
						clientNow = receivedAt + 10;
						return { sentAt, serverTime, receivedAt };
					});
					const estimate = estimateOffset(samples)!;
					const best = Math.min(...delays.map(([u, d]) => u + d));
					expect(estimate.roundTripMs).toBe(best);
					expect(Math.abs(estimate.offsetMs - trueOffset)).toBeLessThanOrEqual(best / 2);
				}
			)
		);
	});

	it('gives nothing from no usable sample', () => {
		expect(estimateOffset([])).toBeNull();
		expect(estimateOffset([{ sentAt: 10, serverTime: 5, receivedAt: 5 }])).toBeNull();
		expect(estimateOffset([{ sentAt: 10, serverTime: Number.NaN, receivedAt: 20 }])).toBeNull();
	});

	it('keeps a recent better estimate over a worse one, unless they cannot both be right or it is old', () => {
		const good = { offsetMs: 180_000, roundTripMs: 20 };
		// After a projector's reload the pings share a busy network: 400 ms round trips, 150 ms off.
		const busy = { offsetMs: 180_150, roundTripMs: 400 };
		expect(replacesEstimate(null, busy, 0)).toBe(true);
		expect(replacesEstimate(good, busy, 60_000)).toBe(false);
		expect(replacesEstimate(busy, good, 1_000)).toBe(true);
		expect(replacesEstimate(good, busy, KEEP_BEST_MS + 1)).toBe(true);
		// The device's clock was set 2 s back: no error bound covers that, the new estimate wins.
		expect(replacesEstimate(good, { offsetMs: 182_000, roundTripMs: 400 }, 60_000)).toBe(true);
	});
});
