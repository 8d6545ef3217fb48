import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit';

/** A write that records each call and waits until released, as a transaction in progress does. */
function slowWrite() {
	const calls: { key: string; items: number[] }[] = [];
	const gates: (() => void)[] = [];
	const write = async (key: string, items: number[]) => {
		calls.push({ key, items });
		await new Promise<void>((release) => gates.push(release));
		if (items.includes(-1)) throw new Error('bad item');
		return items.map((n) => `${key}:${n * 10}`);
	};
	const releaseAll = async () => {
		while (gates.length > 0) {
			gates.shift()!();
			await new Promise((r) => setTimeout(r, 0));
		}
	};
	return { calls, write, releaseAll };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('groupCommit', () => {
	it('writes a call alone at once when nothing is in flight', async () => {
		const { calls, write, releaseAll } = slowWrite();
		const commit = groupCommit(write, { keyOf: (k: string) => k, maxItems: 100 });
		const answer = commit('a', [1, 2]);
		await settle();
		expect(calls).toEqual([{ key: 'a', items: [1, 2] }]);
		await releaseAll();
		expect(await answer).toEqual(['a:10', 'a:20']);
	});

	it('merges the calls that arrive while one is in flight, and gives each its own results in order', async () => {
		const { calls, write, releaseAll } = slowWrite();
		const commit = groupCommit(write, { keyOf: (k: string) => k, maxItems: 100 });
		const first = commit('a', [1]);
		await settle();
		const second = commit('a', [2, 3]);
		const third = commit('a', [4]);
		await releaseAll();
		expect(await first).toEqual(['a:10']);
		expect(await second).toEqual(['a:20', 'a:30']);
		expect(await third).toEqual(['a:40']);
		expect(calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
	});

	it('keeps keys apart', async () => {
		const { calls, write, releaseAll } = slowWrite();
		const commit = groupCommit(write, { keyOf: (k: string) => k, maxItems: 100 });
		const answers = [commit('a', [1]), commit('b', [2])];
		await releaseAll();
		expect(await Promise.all(answers)).toEqual([['a:10'], ['b:20']]);
		expect(calls).toHaveLength(2);
	});

	it('never merges past maxItems, but still writes a call bigger than it', async () => {
		const { calls, write, releaseAll } = slowWrite();
		const commit = groupCommit(write, { keyOf: (k: string) => k, maxItems: 3 });
		const answers = [
			commit('a', [1]),
			commit('a', [2, 3]),
			commit('a', [4, 5]),
			commit('a', [6, 7, 8, 9])
		];
		await releaseAll();
		await Promise.all(answers);
		expect(calls.map((c) => c.items)).toEqual([[1], [2, 3], [4, 5], [6, 7, 8, 9]]);
	});

	it('when a merged write fails, writes each call alone: only the bad call fails', async () => {
		const { calls, write, releaseAll } = slowWrite();
		const commit = groupCommit(write, { keyOf: (k: string) => k, maxItems: 100 });
		const first = commit('a', [1]);
		await settle();
		const good = commit('a', [2]);
		const bad = commit('a', [-1]);
		const outcome = Promise.allSettled([first, good, bad]);
		await releaseAll();
		const [a, b, c] = await outcome;
		expect(a).toEqual({ status: 'fulfilled', value: ['a:10'] });
		expect(b).toEqual({ status: 'fulfilled', value: ['a:20'] });
		expect(c.status).toBe('rejected');
		expect(calls.map((call) => call.items)).toEqual([[1], [2, -1], [2], [-1]]);
	});

	it('starts afresh after going idle', async () => {
		const { calls, write, releaseAll } = slowWrite();
		const commit = groupCommit(write, { keyOf: (k: string) => k, maxItems: 100 });
		const one = commit('a', [1]);
		await releaseAll();
		await one;
		const two = commit('a', [2]);
		await settle();
		expect(calls.map((c) => c.items)).toEqual([[1], [2]]);
		await releaseAll();
		expect(await two).toEqual(['a:20']);
	});
});
