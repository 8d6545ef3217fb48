import { isStaffOnly, subscribe, type LiveEvent } from '$lib/server/live';
import type { RequestHandler } from './$types';
import { noStore } from '$lib/server/http/headers';

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

function encode(name: string, data: object): Uint8Array {
	return encoder.encode(
		`event: ${name}\ndata: ${JSON.stringify({ ...data, serverTime: Date.now() })}\n\n`
	);
}

/** One event reaches every client in the same tick: it is serialised once, not once per screen. */
const encoded = new WeakMap<LiveEvent, Uint8Array>();
function encodeOnce(event: LiveEvent): Uint8Array {
	let bytes = encoded.get(event);
	if (!bytes) encoded.set(event, (bytes = encode(event.type, event)));
	return bytes;
}

/**
 * Server-sent events (docs/architecture.md, Live state). Every message carries the server's time. Signed-in
 * staff receive attendance and roster changes; anyone else only the public events.
 */
export const GET: RequestHandler = ({ locals, request }) => {
	const staff = locals.user !== null;
	let cleanup = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (bytes: Uint8Array) => {
				try {
					controller.enqueue(bytes);
				} catch {
					cleanup();
				}
			};
			// A reconnecting client re-reads the full state when it sees `hello`, then follows events.
			controller.enqueue(encoder.encode('retry: 2000\n\n'));
			send(encode('hello', {}));
			const unsubscribe = subscribe((event: LiveEvent) => {
				if (isStaffOnly(event) && !staff) return;
				send(encodeOnce(event));
			});
			// A named event, not a comment: clients watch for silence to notice a dead connection.
			const heartbeat = setInterval(() => send(encode('ping', {})), HEARTBEAT_MS);
			cleanup = () => {
				clearInterval(heartbeat);
				unsubscribe();
				cleanup = () => {};
			};
			request.signal.addEventListener('abort', () => {
				cleanup();
				try {
					controller.close();
				} catch {
					/* already closed */
				}
			});
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			...noStore,
			'x-accel-buffering': 'no'
		}
	});
};
