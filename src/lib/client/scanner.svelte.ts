import { MAX_BATCH, type AttendanceChange, type CheckinResult } from '$lib/domain/checkin';
import { retryDelayMs } from '$lib/domain/backoff';
import { inviteTokenHash } from '$lib/domain/invite-token';
import { classifyScannedText, rejectVerdict, verdictFor, type RosterEntry, type ScannerRoster, type Verdict } from '$lib/domain/scan';
import { foldVietnamese } from '$lib/domain/vietnamese';
import { clientDb, type OutboxItem, type RecentCheckin, type RosterMeta, type RosterRow } from './db';
import { subscribeLive } from './live';

const DEVICE_KEY = 'hoinghi.deviceId';
const ROSTER_REFRESH_MS = 60_000;

function randomPart(bytes: number): string {
	// crypto.getRandomValues works on plain-http LAN addresses too, unlike randomUUID.
	return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stable name for this phone, shown to other scanners ("đã điểm danh ở máy …"). */
function deviceIdFor(username: string): string {
	const stored = localStorage.getItem(DEVICE_KEY);
	if (stored) return stored;
	const base = username.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 20) || 'may';
	const id = `${base}-${randomPart(2)}`;
	localStorage.setItem(DEVICE_KEY, id);
	return id;
}

export type VerdictView = Verdict & { at: number; method: 'scan' | 'manual' | 'walk-in' };

/**
 * The door scanner's state (docs/architecture.md, The offline outbox): the roster and outbox live in Dexie, every
 * scan is decided here at once, and the outbox drains to `/api/checkins` whenever the server answers.
 */
export class Scanner {
	readonly deviceId: string;
	roster = $state<RosterRow[]>([]);
	meta = $state<RosterMeta | null>(null);
	pending = $state(0);
	recent = $state<RecentCheckin[]>([]);
	verdict = $state<VerdictView | null>(null);
	/** The server answered the last request (or the live stream is open). */
	connected = $state(false);
	lastSyncAt = $state<number | null>(null);
	needsLogin = $state(false);
	problem = $state<string | null>(null);

	readonly arrived = $derived(this.roster.filter((r) => r.firstAt != null && !r.isWalkIn).length);
	readonly invited = $derived(this.roster.filter((r) => !r.isWalkIn).length);

	#db = clientDb();
	#byHash = new Map<string, RosterRow>();
	#revoked = new Set<string>();
	#foreign = new Set<string>();
	#failures = 0;
	#nextAttempt = 0;
	#sending = false;
	#timer: ReturnType<typeof setInterval> | undefined;
	#closeLive: (() => void) | undefined;
	#lastRosterFetch = 0;
	#onNetwork = () => {
		this.#failures = 0;
		this.#nextAttempt = 0;
		void this.sync();
	};

	constructor(username: string) {
		this.deviceId = deviceIdFor(username);
	}

	/** Loads what the device already holds, then starts syncing. Returns the stop function. */
	async start(): Promise<() => void> {
		await this.#loadLocal();
		this.#closeLive = subscribeLive({
			onHello: () => {
				this.connected = true;
				void this.refreshRoster().then(() => this.sync());
			},
			onEvent: (event) => {
				if (event.type === 'roster') void this.refreshRoster();
				if (event.type === 'attendance') void this.#applyChanges(event.changes);
			},
			onConnection: (open) => {
				if (!open) this.connected = false;
			}
		});
		window.addEventListener('online', this.#onNetwork);
		this.#timer = setInterval(() => {
			if (Date.now() - this.#lastRosterFetch > ROSTER_REFRESH_MS) void this.refreshRoster();
			void this.sync();
		}, 1000);
		void this.refreshRoster().then(() => this.sync());
		return () => {
			clearInterval(this.#timer);
			this.#closeLive?.();
			window.removeEventListener('online', this.#onNetwork);
		};
	}

	async #loadLocal() {
		const [rows, meta, pending, recent] = await Promise.all([
			this.#db.roster.toArray(),
			this.#db.rosterMeta.get('current'),
			this.#db.outbox.count(),
			this.#db.recent.orderBy('at').reverse().limit(30).toArray()
		]);
		this.#setRoster(rows, meta ?? null);
		this.pending = pending;
		this.recent = recent;
	}

	#setRoster(rows: RosterRow[], meta: RosterMeta | null) {
		rows.sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
		this.roster = rows;
		this.meta = meta;
		this.#byHash = new Map(rows.flatMap((r) => (r.tokenHash ? [[r.tokenHash, r] as const] : [])));
		this.#revoked = new Set(meta?.revokedHashes ?? []);
		this.#foreign = new Set(meta?.otherConferenceHashes ?? []);
	}

	/** Fetches the roster; check-ins this device has not sent yet stay as they are. */
	async refreshRoster(): Promise<void> {
		this.#lastRosterFetch = Date.now();
		let payload: ScannerRoster;
		try {
			const res = await fetch('/api/roster', { cache: 'no-store' });
			if (res.status === 401) {
				this.needsLogin = true;
				return;
			}
			if (!res.ok) throw new Error(String(res.status));
			payload = (await res.json()) as ScannerRoster;
		} catch {
			this.connected = false;
			return;
		}
		this.connected = true;
		this.needsLogin = false;
		await this.#db.transaction('rw', this.#db.roster, this.#db.rosterMeta, this.#db.outbox, this.#db.recent, async () => {
			const previous = await this.#db.rosterMeta.get('current');
			if (previous && previous.conferenceId !== payload.conferenceId) {
				// Another conference: nothing of the old one may decide a scan now.
				await this.#db.recent.clear();
			}
			const waiting = new Map<number, number>();
			for (const item of await this.#db.outbox.toArray()) {
				const id = this.#delegateOf(item);
				if (id !== undefined) waiting.set(id, Math.min(waiting.get(id) ?? Infinity, Date.parse(item.payload.scannedAt)));
			}
			const rows: RosterRow[] = payload.delegates.map((d) => {
				const local = waiting.get(d.id);
				const keepLocal = local !== undefined && (d.firstAt == null || local < d.firstAt);
				return {
					...d,
					firstAt: keepLocal ? local : d.firstAt,
					firstDeviceId: keepLocal ? this.deviceId : d.firstDeviceId,
					searchText: foldVietnamese(`${d.fullName} ${d.position} ${d.groupName}`)
				};
			});
			const meta: RosterMeta = {
				key: 'current',
				conferenceId: payload.conferenceId,
				conferenceTitle: payload.conferenceTitle,
				syncedAt: Date.now(),
				groups: payload.groups,
				revokedHashes: payload.revokedHashes,
				otherConferenceHashes: payload.otherConferenceHashes
			};
			await this.#db.roster.clear();
			await this.#db.roster.bulkPut(rows);
			await this.#db.rosterMeta.put(meta);
			this.#setRoster(rows, meta);
		});
		this.recent = await this.#db.recent.orderBy('at').reverse().limit(30).toArray();
	}

	/** A text from the camera: decided on the device, at once, with no network. */
	async scan(text: string): Promise<VerdictView> {
		const kind = classifyScannedText(text);
		if (kind.kind === 'hall') return this.#show(rejectVerdict('hall_code'), 'scan');
		if (kind.kind === 'not_app') return this.#show(rejectVerdict('not_app'), 'scan');
		const hash = inviteTokenHash(kind.token);
		const entry = this.#byHash.get(hash);
		const elsewhere = this.#revoked.has(hash) ? 'revoked' : this.#foreign.has(hash) ? 'other_conference' : undefined;
		const verdict = verdictFor(entry, elsewhere);
		if (verdict.kind !== 'reject') await this.#record(verdict, { tokenHash: hash }, 'scan');
		return this.#show(verdict, 'scan');
	}

	/** A delegate found by name, for someone who came without the QR. */
	async checkInByName(delegateId: number): Promise<VerdictView> {
		const entry = this.roster.find((r) => r.id === delegateId);
		const verdict = verdictFor(entry);
		if (verdict.kind !== 'reject') await this.#record(verdict, { delegateId }, 'manual');
		return this.#show(verdict, 'manual');
	}

	/** A person not on the list: added and checked in when the item reaches the server. */
	async walkIn(person: { fullName: string; position: string; groupId: number }): Promise<VerdictView> {
		const group = this.meta?.groups.find((g) => g.id === person.groupId);
		const entry: RosterEntry = {
			id: -1,
			fullName: person.fullName,
			position: person.position,
			groupName: group?.name ?? '',
			tokenHash: null,
			isWalkIn: true,
			firstAt: null,
			firstDeviceId: null
		};
		const verdict: Verdict = { kind: 'admit', entry };
		await this.#record(verdict, { walkIn: person }, 'walk-in');
		return this.#show(verdict, 'walk-in');
	}

	#show(verdict: Verdict, method: VerdictView['method']): VerdictView {
		const view = { ...verdict, at: Date.now(), method };
		this.verdict = view;
		return view;
	}

	async #record(verdict: Verdict, target: Pick<OutboxItem['payload'], 'tokenHash' | 'delegateId' | 'walkIn'>, method: OutboxItem['payload']['method']) {
		if (verdict.kind === 'reject') return;
		const now = Date.now();
		const id = `${this.deviceId}-${now.toString(36)}-${randomPart(4)}`;
		const item: OutboxItem = {
			id,
			createdAt: now,
			fullName: verdict.entry.fullName,
			payload: { id, ...target, scannedAt: new Date(now).toISOString(), deviceId: this.deviceId, method }
		};
		const recent: RecentCheckin = {
			id,
			at: now,
			delegateId: verdict.entry.id > 0 ? verdict.entry.id : null,
			fullName: verdict.entry.fullName,
			kind: verdict.kind,
			method
		};
		await this.#db.transaction('rw', this.#db.outbox, this.#db.roster, this.#db.recent, async () => {
			await this.#db.outbox.add(item);
			await this.#db.recent.put(recent);
			if (verdict.kind === 'admit' && verdict.entry.id > 0) {
				await this.#db.roster.update(verdict.entry.id, { firstAt: now, firstDeviceId: this.deviceId });
			}
		});
		if (verdict.kind === 'admit' && verdict.entry.id > 0) this.#patch(verdict.entry.id, now, this.deviceId);
		this.pending += 1;
		this.recent = [recent, ...this.recent].slice(0, 30);
		this.#nextAttempt = 0;
		void this.sync();
	}

	/** The delegate an outbox item names, when the device knows them (a walk-in has no id yet). */
	#delegateOf(item: OutboxItem): number | undefined {
		return item.payload.delegateId ?? this.#byHash.get(item.payload.tokenHash ?? '')?.id;
	}

	/** Takes back the green this device showed for an item that will never count. */
	async #revertLocalAdmit(item: OutboxItem) {
		const delegateId = this.#delegateOf(item);
		const row = delegateId === undefined ? undefined : await this.#db.roster.get(delegateId);
		if (row && row.firstDeviceId === this.deviceId && row.firstAt === item.createdAt) {
			await this.#db.roster.update(row.id, { firstAt: null, firstDeviceId: null });
			this.#patch(row.id, null, null);
		}
	}

	#patch(delegateId: number, firstAt: number | null, firstDeviceId: string | null) {
		const index = this.roster.findIndex((r) => r.id === delegateId);
		if (index < 0) return;
		const row = { ...this.roster[index]!, firstAt, firstDeviceId };
		this.roster[index] = row;
		if (row.tokenHash) this.#byHash.set(row.tokenHash, row);
	}

	async #applyChanges(changes: AttendanceChange[]) {
		if (!Array.isArray(changes)) return;
		const waiting = new Set(
			(await this.#db.outbox.toArray()).map((i) => this.#delegateOf(i))
		);
		for (const change of changes) {
			// A check-in of ours still on its way keeps the delegate green-then-yellow here.
			if (change.firstAt == null && waiting.has(change.delegateId)) continue;
			await this.#db.roster.update(change.delegateId, { firstAt: change.firstAt, firstDeviceId: change.firstDeviceId });
			this.#patch(change.delegateId, change.firstAt, change.firstDeviceId);
		}
	}

	/** Sends what is waiting, a batch at a time; on failure waits longer before the next try. */
	async sync(): Promise<void> {
		if (this.#sending || this.needsLogin || Date.now() < this.#nextAttempt) return;
		this.#sending = true;
		try {
			for (;;) {
				const batch = await this.#db.outbox.orderBy('createdAt').limit(MAX_BATCH).toArray();
				if (batch.length === 0) {
					this.pending = 0;
					return;
				}
				let res: Response;
				try {
					res = await fetch('/api/checkins', {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ checkins: batch.map((b) => b.payload) })
					});
				} catch {
					this.#fail();
					return;
				}
				if (res.status === 401) {
					this.needsLogin = true;
					this.connected = true;
					return;
				}
				if (res.status !== 200 && res.status !== 400) {
					this.#fail(res.status === 403 ? 'Tài khoản này không được phép điểm danh.' : null);
					return;
				}
				let body: { results?: CheckinResult[] };
				try {
					body = (await res.json()) as { results?: CheckinResult[] };
				} catch {
					this.#fail();
					return;
				}
				const settled = await this.#settle(batch, body.results ?? []);
				if (settled === 0) {
					// An answer that settles nothing must not turn into a tight resend loop.
					this.#fail('Máy chủ chưa nhận các lượt đang chờ. Máy sẽ tự gửi lại sau.');
					return;
				}
				this.#failures = 0;
				this.connected = true;
				this.problem = null;
				this.lastSyncAt = Date.now();
			}
		} finally {
			this.#sending = false;
			this.pending = await this.#db.outbox.count();
		}
	}

	#fail(problem: string | null = null) {
		this.#failures += 1;
		this.#nextAttempt = Date.now() + retryDelayMs(this.#failures);
		this.connected = false;
		this.problem = problem;
	}

	/** Every answer is final: the item leaves the outbox and the roster takes the server's state. */
	async #settle(batch: OutboxItem[], results: CheckinResult[]): Promise<number> {
		const byId = new Map(results.filter((r) => r.id).map((r) => [r.id as string, r]));
		let settled = 0;
		await this.#db.transaction('rw', this.#db.outbox, this.#db.roster, this.#db.recent, async () => {
			for (const item of batch) {
				const result = byId.get(item.id);
				if (!result) continue;
				settled++;
				await this.#db.outbox.delete(item.id);
				if (result.status === 'rejected') {
					await this.#db.recent.update(item.id, { undone: true });
					// The phone showed green; the server refused (e.g. the delegate was removed meanwhile).
					await this.#revertLocalAdmit(item);
					continue;
				}
				const firstAt = Date.parse(result.firstAt);
				await this.#db.roster.update(result.delegateId, { firstAt, firstDeviceId: result.firstDeviceId });
				if (item.payload.walkIn) await this.#db.recent.update(item.id, { delegateId: result.delegateId });
				this.#patch(result.delegateId, firstAt, result.firstDeviceId);
			}
		});
		this.recent = await this.#db.recent.orderBy('at').reverse().limit(30).toArray();
		return settled;
	}

	/**
	 * Undo on this device: a check-in still waiting is simply dropped. One already sent needs the
	 * server (the caller posts the form); this returns false then.
	 */
	async undoLocally(recentId: string): Promise<boolean> {
		const waiting = await this.#db.outbox.get(recentId);
		if (!waiting) return false;
		await this.#db.transaction('rw', this.#db.outbox, this.#db.roster, this.#db.recent, async () => {
			await this.#db.outbox.delete(recentId);
			await this.#db.recent.update(recentId, { undone: true });
			await this.#revertLocalAdmit(waiting);
		});
		this.pending = await this.#db.outbox.count();
		this.recent = await this.#db.recent.orderBy('at').reverse().limit(30).toArray();
		return true;
	}

	/** After the server undid a check-in: mark it here too. */
	async markUndone(recentId: string, delegateId: number) {
		await this.#db.recent.update(recentId, { undone: true });
		await this.#db.roster.update(delegateId, { firstAt: null, firstDeviceId: null });
		this.#patch(delegateId, null, null);
		this.recent = await this.#db.recent.orderBy('at').reverse().limit(30).toArray();
	}
}
