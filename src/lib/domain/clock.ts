/**
 * Clock offset from NTP-style pings to `GET /api/time` (docs/architecture.md, Live state). A sample is the
 * client time the request left, the server's time in the answer and the client time the answer
 * came back. The sample with the smallest round trip is the least disturbed by the network; the
 * server read its clock, on average, half-way through that round trip.
 */
export interface ClockSample {
	sentAt: number;
	serverTime: number;
	receivedAt: number;
}

export interface ClockEstimate {
	/** Add to the client's `Date.now()` to get the server's time. */
	offsetMs: number;
	/** Round trip of the sample used: the estimate is off by at most half of it. */
	roundTripMs: number;
}

export function estimateOffset(samples: readonly ClockSample[]): ClockEstimate | null {
	let best: ClockSample | null = null;
	for (const s of samples) {
		const rtt = s.receivedAt - s.sentAt;
		if (!Number.isFinite(rtt) || rtt < 0 || !Number.isFinite(s.serverTime)) continue;
		if (!best || rtt < best.receivedAt - best.sentAt) best = s;
	}
	if (!best) return null;
	const roundTripMs = best.receivedAt - best.sentAt;
	return { offsetMs: best.serverTime - (best.sentAt + roundTripMs / 2), roundTripMs };
}

/** An estimate is replaced by a worse one only once it is this old: clocks drift by far less meanwhile. */
export const KEEP_BEST_MS = 5 * 60_000;

/**
 * Whether a new estimate should replace the one in use, `ageMs` old. An estimate is off by up to
 * half its round trip, so a worse one does not replace a recent better one (a busy network after a
 * reload), unless the two cannot both be right: this device's clock was set meanwhile.
 */
export function replacesEstimate(
	current: ClockEstimate | null,
	next: ClockEstimate,
	ageMs: number
): boolean {
	if (!current || next.roundTripMs <= current.roundTripMs || ageMs > KEEP_BEST_MS) return true;
	return Math.abs(next.offsetMs - current.offsetMs) > (next.roundTripMs + current.roundTripMs) / 2;
}
