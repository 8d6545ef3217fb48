// Live events from `/api/live` (docs/architecture.md, Live state), in the browser; the contract is src/lib/domain/live.ts.
import { LIVE_EVENT_TYPES, type LiveMessage } from '$lib/domain/live';

export type { LiveEventType, LiveMessage } from '$lib/domain/live';

/** The server sends a `ping` every 15 s; silence this long means a dead connection (Wi-Fi gone). */
const SILENCE_MS = 40_000;
/** Wait before opening a new stream after the browser gave up on one. */
const REOPEN_MS = 2_000;

export interface LiveHandlers {
	/** Sent on every (re)connect, and at once to a subscriber joining an open stream: re-read the full state, then follow events. */
	onHello?(): void;
	/** One event, typed by its `type`: `if (event.type === 'meeting') use(event.meeting)`. */
	onEvent(event: LiveMessage): void;
	onConnection?(connected: boolean): void;
}

/** Everyone on this page who follows the live events: they share one stream. */
const subscribers = new Set<LiveHandlers>();
let stream: { connected: boolean; close(): void } | null = null;

/**
 * Follows the live events until the returned function is called. However many parts of a page
 * subscribe (the chair's console and its attendance summary), the page holds one connection.
 */
export function subscribeLive(handlers: LiveHandlers): () => void {
	subscribers.add(handlers);
	if (!stream) {
		stream = openStream();
	} else if (stream.connected) {
		handlers.onConnection?.(true);
		handlers.onHello?.();
	}
	return () => {
		subscribers.delete(handlers);
		if (subscribers.size === 0) {
			stream?.close();
			stream = null;
		}
	};
}

/**
 * Opens the event stream and keeps it open: the browser reconnects by itself after a network
 * error, and this reopens the stream when the browser gives up (an error page from a proxy), when
 * the connection goes silent, and as soon as the device is back online.
 */
function openStream(): { connected: boolean; close(): void } {
	const state = { connected: false, close };
	let source: EventSource | undefined;
	let closed = false;
	let lastHeard = Date.now();
	let reopenTimer: ReturnType<typeof setTimeout> | undefined;

	const each = (call: (h: LiveHandlers) => void) => {
		for (const h of [...subscribers]) call(h);
	};
	const setConnected = (connected: boolean) => {
		state.connected = connected;
		each((h) => h.onConnection?.(connected));
	};
	// The data is the event itself (src/routes/api/live); its SSE name is its type.
	const parse = (type: LiveMessage['type'], e: Event): LiveMessage | null => {
		try {
			const data = JSON.parse((e as MessageEvent).data) as unknown;
			return data && typeof data === 'object' ? ({ ...data, type } as LiveMessage) : null;
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
		s.addEventListener('hello', () => {
			lastHeard = Date.now();
			setConnected(true);
			each((h) => h.onHello?.());
		});
		s.addEventListener('ping', () => (lastHeard = Date.now()));
		for (const type of LIVE_EVENT_TYPES) {
			s.addEventListener(type, (e) => {
				lastHeard = Date.now();
				const event = parse(type, e);
				if (event) each((h) => h.onEvent(event));
			});
		}
		s.addEventListener('error', () => {
			setConnected(false);
			if (s.readyState === EventSource.CLOSED) reopenSoon();
		});
	};
	const reopenSoon = () => {
		clearTimeout(reopenTimer);
		reopenTimer = setTimeout(open, REOPEN_MS);
	};
	const watchdog = setInterval(() => {
		if (Date.now() - lastHeard > SILENCE_MS) {
			setConnected(false);
			open();
		}
	}, 5_000);
	const onOnline = () => open();
	// The phone knows at once when its Wi-Fi goes; the stream itself may take long to notice.
	const onOffline = () => {
		source?.close();
		setConnected(false);
	};
	window.addEventListener('online', onOnline);
	window.addEventListener('offline', onOffline);
	open();

	function close() {
		closed = true;
		clearInterval(watchdog);
		clearTimeout(reopenTimer);
		window.removeEventListener('online', onOnline);
		window.removeEventListener('offline', onOffline);
		source?.close();
	}
	return state;
}
