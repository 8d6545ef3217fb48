import { browser } from '$app/environment';
import { estimateOffset, replacesEstimate, type ClockSample } from '$lib/domain/clock';

const SAMPLES = 5;
const RESYNC_MS = 60_000;
/** Measured again this long after the page opens: the first pings share the network with its loading. */
const SETTLE_MS = 3_000;
/** A best round trip longer than this (a busy network or device) is measured again soon. */
const DISTURBED_RTT_MS = 150;
const RETRY_MS = 1_000;
const RETRIES = 3;

/**
 * This device's view of the server's clock (docs/architecture.md, Live state): a few pings to `/api/time`,
 * the one with the smallest round trip kept. Screens draw timers with `now()`, so a projector and a
 * phone whose clocks differ by minutes still show the same second.
 */
export class ServerClock {
	offsetMs = $state(0);
	roundTripMs = $state<number | null>(null);
	#measuredAt = 0;
	#timer: ReturnType<typeof setInterval> | undefined;
	#settle: ReturnType<typeof setTimeout> | undefined;
	#retry: ReturnType<typeof setTimeout> | undefined;
	#retries = 0;
	/** How many parts of the page keep the clock in sync (a projector's timer and its hall QR). */
	#users = 0;
	#syncing: Promise<void> | null = null;

	/** The server's time now, in epoch ms. */
	now(): number {
		return Date.now() + this.offsetMs;
	}

	/** Measures again; a failed ping keeps the last estimate. */
	sync(): Promise<void> {
		this.#syncing ??= this.#measure().finally(() => (this.#syncing = null));
		return this.#syncing;
	}

	/** Seeds the estimate from a server time that came with data (before the first ping answers). */
	roughly(serverTime: number): void {
		// On the server this module is shared by all requests: it keeps the server's own clock.
		if (browser && this.roundTripMs === null) this.offsetMs = serverTime - Date.now();
	}

	/** Keeps the estimate fresh until every part of the page that started it has stopped it. */
	start(): () => void {
		if (this.#users++ === 0) {
			void this.sync();
			this.#settle = setTimeout(() => void this.sync(), SETTLE_MS);
			this.#timer = setInterval(() => void this.sync(), RESYNC_MS);
		}
		let stopped = false;
		return () => {
			if (stopped) return;
			stopped = true;
			if (--this.#users > 0) return;
			clearTimeout(this.#settle);
			clearTimeout(this.#retry);
			clearInterval(this.#timer);
		};
	}

	async #measure(): Promise<void> {
		const samples: ClockSample[] = [];
		for (let i = 0; i < SAMPLES; i++) {
			try {
				const sentAt = Date.now();
				const res = await fetch('/api/time', { cache: 'no-store' });
				const receivedAt = Date.now();
				if (!res.ok) continue;
				const body = (await res.json()) as { serverTime?: unknown };
				if (typeof body.serverTime === 'number')
					samples.push({ sentAt, serverTime: body.serverTime, receivedAt });
			} catch {
				break; // offline: keep the last estimate
			}
		}
		const estimate = estimateOffset(samples);
		if (!estimate) return;
		const now = Date.now();
		const current =
			this.roundTripMs === null ? null : { offsetMs: this.offsetMs, roundTripMs: this.roundTripMs };
		if (replacesEstimate(current, estimate, now - this.#measuredAt)) {
			this.offsetMs = estimate.offsetMs;
			this.roundTripMs = estimate.roundTripMs;
			this.#measuredAt = now;
		}
		const kept = this.roundTripMs ?? estimate.roundTripMs;
		if (kept <= DISTURBED_RTT_MS) this.#retries = 0;
		else if (this.#users > 0 && this.#retries < RETRIES) {
			this.#retries++;
			clearTimeout(this.#retry);
			this.#retry = setTimeout(() => void this.sync(), RETRY_MS);
		}
	}
}

/** One clock per page. */
export const serverClock = new ServerClock();
