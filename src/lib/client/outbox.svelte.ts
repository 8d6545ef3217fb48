import { MAX_BATCH, type CheckinResult } from '$lib/domain/checkin';
import { clientDb, type OutboxItem, type RecentCheckin } from './db';
import { RetryLoop } from './retry-loop';

/** How many of this device's check-ins the "Vừa điểm danh" list shows. */
const RECENT_LIMIT = 30;

/** What the scanner does with the roster when the outbox settles or drops an item. */
export interface OutboxHooks {
	/** Inside the transaction that settles `item`: the roster takes the server's answer. */
	settled(item: OutboxItem, result: CheckinResult): Promise<void>;
	/** Inside the transaction that drops `item` for good (refused, or undone before it was sent). */
	dropped(item: OutboxItem): Promise<void>;
	/** After a batch is settled and the transaction is over. */
	afterSettle(answers: { item: OutboxItem; result: CheckinResult }[]): void;
	/** Whether the server answered (true) or could not be reached (false). */
	reached(answered: boolean): void;
}

/**
 * The door's outbox (docs/architecture.md, The offline outbox): every check-in waits in IndexedDB
 * under an id made on the phone until the server has answered it, and is sent in batches, retried
 * after 1, 2, 4 … 30 s while the server cannot be reached. Nothing leaves it without an answer.
 * It also keeps this device's recent check-ins (the "Vừa điểm danh" list and undo).
 */
export class Outbox {
	pending = $state(0);
	recent = $state<RecentCheckin[]>([]);
	lastSyncAt = $state<number | null>(null);
	needsLogin = $state(false);
	problem = $state<string | null>(null);

	#db = clientDb();
	#hooks: OutboxHooks;
	#retry = new RetryLoop(() => void this.sync());
	#sending = false;

	constructor(hooks: OutboxHooks) {
		this.#hooks = hooks;
	}

	/** Reads what the device already holds. */
	async load(): Promise<void> {
		this.pending = await this.#db.outbox.count();
		await this.reloadRecent();
	}

	/** The one query behind the "Vừa điểm danh" list. */
	async reloadRecent(): Promise<void> {
		this.recent = await this.#db.recent.orderBy('at').reverse().limit(RECENT_LIMIT).toArray();
	}

	/** Everything still waiting, oldest first (also inside a caller's transaction). */
	waiting(): Promise<OutboxItem[]> {
		return this.#db.outbox.orderBy('createdAt').toArray();
	}

	/** Forgets the recent list (the server now runs another conference); call inside a transaction. */
	clearRecent(): Promise<void> {
		return this.#db.recent.clear();
	}

	/**
	 * Queues `item` with its line in the recent list; `alongside` runs in the same transaction
	 * (the roster's local green). Then tries to send at once.
	 */
	async add(
		item: OutboxItem,
		recent: RecentCheckin,
		alongside?: () => Promise<void>
	): Promise<void> {
		await this.#db.transaction(
			'rw',
			this.#db.outbox,
			this.#db.roster,
			this.#db.recent,
			async () => {
				await this.#db.outbox.add(item);
				await this.#db.recent.put(recent);
				await alongside?.();
			}
		);
		this.pending += 1;
		this.recent = [recent, ...this.recent].slice(0, RECENT_LIMIT);
		this.#retry.allowNow();
		void this.sync();
	}

	/** Follows the network (back online: send now instead of after the backoff); returns the stop. */
	start(): () => void {
		return this.#retry.start();
	}

	/** Sends what is waiting, a batch at a time; on failure waits longer before the next try. */
	async sync(): Promise<void> {
		if (this.#sending || this.needsLogin || this.#retry.holding) return;
		this.#sending = true;
		try {
			for (;;) {
				const batch = await this.#db.outbox.orderBy('createdAt').limit(MAX_BATCH).toArray();
				if (batch.length === 0) return;
				const results = await this.#send(batch);
				if (!results) return;
				const settled = await this.#settle(batch, results);
				if (settled === 0) {
					// An answer that settles nothing must not turn into a tight resend loop.
					this.#fail('Máy chủ chưa nhận các lượt đang chờ. Máy sẽ tự gửi lại sau.');
					return;
				}
				this.#retry.succeeded();
				this.problem = null;
				this.lastSyncAt = Date.now();
				this.#hooks.reached(true);
			}
		} finally {
			this.#sending = false;
			this.pending = await this.#db.outbox.count();
		}
	}

	/** One POST of a batch: the server's results, or null after recording why it failed. */
	async #send(batch: OutboxItem[]): Promise<CheckinResult[] | null> {
		let res: Response;
		try {
			res = await fetch('/api/checkins', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ checkins: batch.map((b) => b.payload) })
			});
		} catch {
			this.#fail();
			return null;
		}
		if (res.status === 401) {
			this.needsLogin = true;
			this.#hooks.reached(true);
			return null;
		}
		if (res.status !== 200 && res.status !== 400) {
			this.#fail(res.status === 403 ? 'Tài khoản này không được phép điểm danh.' : null);
			return null;
		}
		try {
			return ((await res.json()) as { results?: CheckinResult[] }).results ?? [];
		} catch {
			this.#fail();
			return null;
		}
	}

	#fail(problem: string | null = null) {
		this.#retry.failed();
		this.problem = problem;
		this.#hooks.reached(false);
	}

	/** Every answer is final: the item leaves the outbox and the roster takes the server's state. */
	async #settle(batch: OutboxItem[], results: CheckinResult[]): Promise<number> {
		const byId = new Map(results.filter((r) => r.id).map((r) => [r.id as string, r]));
		const answers: { item: OutboxItem; result: CheckinResult }[] = [];
		await this.#db.transaction(
			'rw',
			this.#db.outbox,
			this.#db.roster,
			this.#db.recent,
			async () => {
				for (const item of batch) {
					const result = byId.get(item.id);
					if (!result) continue;
					answers.push({ item, result });
					await this.#db.outbox.delete(item.id);
					await this.#db.recent.update(item.id, recentAfter(result));
					if (result.status === 'rejected') await this.#hooks.dropped(item);
					else await this.#hooks.settled(item, result);
				}
			}
		);
		await this.reloadRecent();
		if (answers.length > 0) this.#hooks.afterSettle(answers);
		return answers.length;
	}

	/**
	 * Undo on this device: a check-in still waiting is simply dropped. One already sent needs the
	 * server (the caller posts the form); this returns false then.
	 */
	async undoLocally(recentId: string): Promise<boolean> {
		const waiting = await this.#db.outbox.get(recentId);
		if (!waiting) return false;
		await this.#db.transaction(
			'rw',
			this.#db.outbox,
			this.#db.roster,
			this.#db.recent,
			async () => {
				await this.#db.outbox.delete(recentId);
				await this.#db.recent.update(recentId, { undone: true });
				await this.#hooks.dropped(waiting);
			}
		);
		this.pending = await this.#db.outbox.count();
		await this.reloadRecent();
		return true;
	}

	/** After the server undid a check-in: mark its line; `alongside` runs in the same transaction. */
	async markUndone(recentId: string, alongside: () => Promise<void>): Promise<void> {
		await this.#db.transaction('rw', this.#db.roster, this.#db.recent, async () => {
			await this.#db.recent.update(recentId, { undone: true });
			await alongside();
		});
		await this.reloadRecent();
	}
}

/** A recent line once the server has answered: who it was, and how it ended. */
function recentAfter(result: CheckinResult): Partial<RecentCheckin> {
	if (result.status === 'rejected') return { undone: true, refused: result.message };
	return {
		delegateId: result.delegateId,
		kind: result.status === 'checked_in' ? 'admit' : 'repeat'
	};
}
