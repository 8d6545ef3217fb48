/**
 * Group commit: calls that arrive while an earlier one with the same key is still being written are
 * queued and written together, in one call of `write`, as soon as it finishes. At a busy door the
 * embedded database runs one transaction at a time; a hundred phones' small batches then cost a few
 * transactions a second instead of a hundred (bench/door-load.js, door.post_latency_p99). A call
 * that finds nothing in flight is written at once, so a quiet door waits for nothing.
 *
 * `write` gets the items of several calls concatenated and answers one result per item, in order.
 * If a merged write fails, each call is written again alone, so one bad call fails only itself.
 */
export interface GroupCommit<K, I, R> {
	(key: K, items: I[]): Promise<R[]>;
}

interface Pending<I, R> {
	items: I[];
	resolve(results: R[]): void;
	reject(error: unknown): void;
}

/** A key's queue; it exists exactly while a write for that key is in flight. */
interface Lane<I, R> {
	queue: Pending<I, R>[];
}

export function groupCommit<K, I, R>(
	write: (key: K, items: I[]) => Promise<R[]>,
	options: { keyOf: (key: K) => string; maxItems: number }
): GroupCommit<K, I, R> {
	const lanes = new Map<string, Lane<I, R>>();

	async function writeAlone(key: K, call: Pending<I, R>) {
		try {
			call.resolve(await write(key, call.items));
		} catch (error) {
			call.reject(error);
		}
	}

	async function drain(key: K, name: string, lane: Lane<I, R>) {
		while (lane.queue.length > 0) {
			// Take whole calls up to maxItems (at least one, however big).
			const group: Pending<I, R>[] = [];
			let size = 0;
			while (
				lane.queue.length > 0 &&
				(group.length === 0 || size + lane.queue[0]!.items.length <= options.maxItems)
			) {
				const call = lane.queue.shift()!;
				group.push(call);
				size += call.items.length;
			}
			if (group.length === 1) {
				await writeAlone(key, group[0]!);
				continue;
			}
			try {
				const items = group.flatMap((c) => c.items);
				const results = await write(key, items);
				if (results.length !== items.length) throw new Error('one result per item');
				let at = 0;
				for (const call of group) {
					call.resolve(results.slice(at, at + call.items.length));
					at += call.items.length;
				}
			} catch {
				for (const call of group) await writeAlone(key, call);
			}
		}
		lanes.delete(name);
	}

	return (key, items) =>
		new Promise<R[]>((resolve, reject) => {
			const name = options.keyOf(key);
			const call = { items, resolve, reject };
			const lane = lanes.get(name);
			if (lane) {
				lane.queue.push(call);
				return;
			}
			const started: Lane<I, R> = { queue: [call] };
			lanes.set(name, started);
			void drain(key, name, started);
		});
}
