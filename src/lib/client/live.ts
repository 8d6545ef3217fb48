/** Live events from `/api/live` (DESIGN.md, Live state), in the browser. */
export const LIVE_EVENT_TYPES = ['attendance', 'roster'] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

export interface LiveHandlers {
	/** Sent on every (re)connect: re-read the full state, then follow events. */
	onHello?(serverTime: number): void;
	onEvent(type: LiveEventType, data: Record<string, unknown> & { serverTime: number }): void;
	onConnection?(connected: boolean): void;
}

/** Opens the event stream; the browser reconnects by itself. Returns the function that closes it. */
export function subscribeLive(handlers: LiveHandlers): () => void {
	const source = new EventSource('/api/live');
	const parse = (e: MessageEvent) => {
		try {
			return JSON.parse(e.data) as Record<string, unknown> & { serverTime: number };
		} catch {
			return null;
		}
	};
	source.addEventListener('hello', (e) => {
		handlers.onConnection?.(true);
		const data = parse(e as MessageEvent);
		handlers.onHello?.(data?.serverTime ?? Date.now());
	});
	for (const type of LIVE_EVENT_TYPES) {
		source.addEventListener(type, (e) => {
			const data = parse(e as MessageEvent);
			if (data) handlers.onEvent(type, data);
		});
	}
	source.addEventListener('error', () => handlers.onConnection?.(false));
	return () => source.close();
}
