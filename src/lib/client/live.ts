/** Live events from `/api/live` (DESIGN.md, Live state), in the browser. */
export const LIVE_EVENT_TYPES = ['attendance', 'roster', 'meeting', 'agenda'] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/** The server sends a `ping` every 15 s; silence this long means a dead connection (Wi-Fi gone). */
const SILENCE_MS = 40_000;
/** Wait before opening a new stream after the browser gave up on one. */
const REOPEN_MS = 2_000;

export interface LiveHandlers {
	/** Sent on every (re)connect: re-read the full state, then follow events. */
	onHello?(serverTime: number): void;
	onEvent(type: LiveEventType, data: Record<string, unknown> & { serverTime: number }): void;
	onConnection?(connected: boolean): void;
}

/**
 * Opens the event stream and keeps it open: the browser reconnects by itself after a network
 * error, and this reopens the stream when the browser gives up (an error page from a proxy), when
 * the connection goes silent, and as soon as the device is back online.
 */
export function subscribeLive(handlers: LiveHandlers): () => void {
	let source: EventSource | undefined;
	let closed = false;
	let lastHeard = Date.now();
	let reopenTimer: ReturnType<typeof setTimeout> | undefined;

	const parse = (e: Event) => {
		try {
			return JSON.parse((e as MessageEvent).data) as Record<string, unknown> & { serverTime: number };
		} catch {
			return null;
		}
	};
	const open = () => {
		source?.close();
		if (closed) return;
		lastHeard = Date.now();
		const s = new EventSource('/api/live');
		source = s;
		s.addEventListener('hello', (e) => {
			lastHeard = Date.now();
			handlers.onConnection?.(true);
			handlers.onHello?.(parse(e)?.serverTime ?? Date.now());
		});
		s.addEventListener('ping', () => (lastHeard = Date.now()));
		for (const type of LIVE_EVENT_TYPES) {
			s.addEventListener(type, (e) => {
				lastHeard = Date.now();
				const data = parse(e);
				if (data) handlers.onEvent(type, data);
			});
		}
		s.addEventListener('error', () => {
			handlers.onConnection?.(false);
			if (s.readyState === EventSource.CLOSED) reopenSoon();
		});
	};
	const reopenSoon = () => {
		clearTimeout(reopenTimer);
		reopenTimer = setTimeout(open, REOPEN_MS);
	};
	const watchdog = setInterval(() => {
		if (Date.now() - lastHeard > SILENCE_MS) {
			handlers.onConnection?.(false);
			open();
		}
	}, 5_000);
	const onOnline = () => open();
	// The phone knows at once when its Wi-Fi goes; the stream itself may take long to notice.
	const onOffline = () => {
		source?.close();
		handlers.onConnection?.(false);
	};
	window.addEventListener('online', onOnline);
	window.addEventListener('offline', onOffline);
	open();
	return () => {
		closed = true;
		clearInterval(watchdog);
		clearTimeout(reopenTimer);
		window.removeEventListener('online', onOnline);
		window.removeEventListener('offline', onOffline);
		source?.close();
	};
}
