import type { AttendanceChange, CheckinResult } from '$lib/domain/checkin';
import { inviteTokenHash } from '$lib/domain/invite-token';
import {
	RepeatFilter,
	classifyScannedText,
	rejectVerdict,
	verdictFor,
	type RosterEntry,
	type ScannerRoster,
	type Verdict
} from '$lib/domain/scan';
import type { DeviceNames } from '$lib/domain/devices';
import { foldVietnamese } from '$lib/domain/vietnamese';
import {
	clientDb,
	type OutboxItem,
	type RecentCheckin,
	type RosterMeta,
	type RosterRow
} from './db';
import { subscribeLive } from './live';
import { Outbox } from './outbox.svelte';

const DEVICE_KEY = 'hoinghi.deviceId';
const ROSTER_REFRESH_MS = 60_000;
/** A roster the server has changed since is fetched again this often until it arrives. */
const STALE_RETRY_MS = 5_000;

function randomPart(bytes: number): string {
	// crypto.getRandomValues works on plain-http LAN addresses too, unlike randomUUID.
	return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
		b.toString(16).padStart(2, '0')
	).join('');
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

export type VerdictView = Verdict & {
	/** When the scan was made (also the outbox item's time). */
	at: number;
	method: 'scan' | 'manual' | 'walk-in';
	/** The outbox item behind this verdict: its answer settles a `check`, or turns a green red. */
	itemId?: string;
	/** What the camera read: a red code is judged again once the roster changes. */
	text?: string;
	tokenHash?: string;
};

type Target = Pick<OutboxItem['payload'], 'tokenHash' | 'delegateId' | 'walkIn'>;

/**
 * The door scanner's state (docs/architecture.md, The offline outbox): the roster lives in Dexie and
 * every scan is decided here at once against it; what the roster cannot place is shown as
 * "Đang kiểm tra…" and settled by the server (or the next roster), never red on a guess. The
 * check-ins themselves wait in the Outbox until the server has answered them.
 */
export class Scanner {
	readonly deviceId: string;
	readonly outbox: Outbox;
	roster = $state<RosterRow[]>([]);
	meta = $state<RosterMeta | null>(null);
	verdict = $state<VerdictView | null>(null);
	/** The server answered the last request (or the live stream is open). */
	connected = $state(false);

	/** No roster on this device yet: nothing can be judged on the device. */
	readonly rosterLoading = $derived(this.meta === null);
	readonly arrived = $derived(this.roster.filter((r) => r.firstAt != null && !r.isWalkIn).length);
	readonly invited = $derived(this.roster.filter((r) => !r.isWalkIn).length);
	readonly #byId = $derived(new Map(this.roster.map((r) => [r.id, r])));
	/** What the staff named their scanners, with the roster; this device's own name among them. */
	readonly deviceNames = $derived<DeviceNames>(this.meta?.devices ?? {});
	get ownName(): string | null {
		return Object.hasOwn(this.deviceNames, this.deviceId) ? this.deviceNames[this.deviceId]! : null;
	}

	#db = clientDb();
	#byHash = new Map<string, RosterRow>();
	#revoked = new Set<string>();
	#foreign = new Set<string>();
	/** The camera reports a held code many times a second; this counts it once. */
	#repeats = new RepeatFilter(4000);
	/** Invite codes shown red since the last roster: judged again at their next sighting after it. */
	#redTexts = new Set<string>();
	/** The server's roster changed (a live event, a reconnect, an unknown delegate in an answer). */
	#rosterStale = false;
	#timer: ReturnType<typeof setInterval> | undefined;
	#closeLive: (() => void) | undefined;
	#lastRosterFetch = 0;

	constructor(username: string) {
		this.deviceId = deviceIdFor(username);
		this.outbox = new Outbox({
			settled: (item, result) => this.#takeAnswer(item, result),
			dropped: (item) => this.#revertLocalAdmit(item),
			afterSettle: (answers) => this.#afterSettle(answers),
			reached: (answered) => (this.connected = answered)
		});
	}

	/** Loads what the device already holds, then starts syncing. Returns the stop function. */
	async start(): Promise<() => void> {
		await this.#loadLocal();
		this.#closeLive = subscribeLive({
			onHello: () => {
				this.connected = true;
				// Changes made while the stream was closed were not heard: read the roster again.
				this.#rosterStale = true;
				void this.refreshRoster().then(() => this.outbox.sync());
			},
			onEvent: (event) => {
				if (event.type === 'roster') {
					this.#rosterStale = true;
					void this.refreshRoster();
				}
				if (event.type === 'attendance') void this.#applyChanges(event.changes);
			},
			onConnection: (open) => {
				if (!open) this.connected = false;
			}
		});
		const stopOutbox = this.outbox.start();
		this.#timer = setInterval(() => {
			const since = Date.now() - this.#lastRosterFetch;
			if (since > ROSTER_REFRESH_MS || (this.#rosterStale && since > STALE_RETRY_MS))
				void this.refreshRoster();
			void this.outbox.sync();
		}, 1000);
		void this.refreshRoster().then(() => this.outbox.sync());
		return () => {
			clearInterval(this.#timer);
			this.#closeLive?.();
			stopOutbox();
		};
	}

	async #loadLocal() {
		const [rows, meta] = await Promise.all([
			this.#db.roster.toArray(),
			this.#db.rosterMeta.get('current'),
			this.outbox.load()
		]);
		if (meta) this.#setRoster(rows, meta);
	}

	#setRoster(rows: RosterRow[], meta: RosterMeta) {
		rows.sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
		this.roster = rows;
		this.meta = meta;
		this.#byHash = new Map(rows.flatMap((r) => (r.tokenHash ? [[r.tokenHash, r] as const] : [])));
		this.#revoked = new Set(meta.revokedHashes);
		this.#foreign = new Set(meta.otherConferenceHashes);
		// A red verdict never outlives the roster it was judged on.
		for (const text of this.#redTexts) this.#repeats.forget(text);
		this.#redTexts.clear();
		this.#rejudgeShown();
	}

	/** Fetches the roster; check-ins this device has not sent yet stay as they are. */
	async refreshRoster(): Promise<void> {
		this.#lastRosterFetch = Date.now();
		let payload: ScannerRoster;
		try {
			const res = await fetch('/api/roster', { cache: 'no-store' });
			if (res.status === 401) {
				this.outbox.needsLogin = true;
				return;
			}
			if (!res.ok) throw new Error(String(res.status));
			payload = (await res.json()) as ScannerRoster;
		} catch {
			this.connected = false;
			return;
		}
		this.connected = true;
		this.outbox.needsLogin = false;
		this.#rosterStale = false;
		await this.#db.transaction(
			'rw',
			this.#db.roster,
			this.#db.rosterMeta,
			this.#db.outbox,
			this.#db.recent,
			async () => {
				const previous = await this.#db.rosterMeta.get('current');
				if (previous && previous.conferenceId !== payload.conferenceId) {
					// Another conference: nothing of the old one may decide a scan now.
					await this.outbox.clearRecent();
				}
				// What this device has checked in and not yet sent, placed with the new roster's hashes
				// (a code scanned before its delegate was on the device counts too).
				const idOfHash = new Map(
					payload.delegates.flatMap((d) => (d.tokenHash ? [[d.tokenHash, d.id] as const] : []))
				);
				const waiting = new Map<number, number>();
				for (const item of await this.outbox.waiting()) {
					const id = item.payload.delegateId ?? idOfHash.get(item.payload.tokenHash ?? '');
					if (id !== undefined)
						waiting.set(
							id,
							Math.min(waiting.get(id) ?? Infinity, Date.parse(item.payload.scannedAt))
						);
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
					otherConferenceHashes: payload.otherConferenceHashes,
					devices: payload.devices
				};
				await this.#db.roster.clear();
				await this.#db.roster.bulkPut(rows);
				await this.#db.rosterMeta.put(meta);
				this.#setRoster(rows, meta);
			}
		);
		await this.outbox.reloadRecent();
	}

	/**
	 * A text from the camera: decided on the device, at once, with no network. Null when it is the
	 * code already being held in front of the camera.
	 */
	async scan(text: string): Promise<VerdictView | null> {
		const at = Date.now();
		if (!this.#repeats.accept(text, at)) return null;
		const kind = classifyScannedText(text);
		if (kind.kind === 'hall') return this.#show(rejectVerdict('hall_code'), 'scan', at);
		if (kind.kind === 'not_app') return this.#show(rejectVerdict('not_app'), 'scan', at);
		const tokenHash = inviteTokenHash(kind.token);
		const elsewhere = this.#revoked.has(tokenHash)
			? 'revoked'
			: this.#foreign.has(tokenHash)
				? 'other_conference'
				: undefined;
		const verdict = verdictFor(this.#byHash.get(tokenHash), elsewhere);
		if (verdict.kind === 'reject') {
			this.#redTexts.add(text);
			return this.#show(verdict, 'scan', at, { text, tokenHash });
		}
		const itemId = await this.#record(verdict, { tokenHash }, 'scan', at);
		return this.#show(verdict, 'scan', at, { itemId, text, tokenHash });
	}

	/** A delegate found by name, for someone who came without the QR. */
	async checkInByName(delegateId: number): Promise<VerdictView> {
		const at = Date.now();
		const entry = this.#byId.get(delegateId);
		const verdict = entry ? verdictFor(entry) : rejectVerdict('not_found');
		if (verdict.kind === 'reject') return this.#show(verdict, 'manual', at);
		const itemId = await this.#record(verdict, { delegateId }, 'manual', at);
		return this.#show(verdict, 'manual', at, { itemId });
	}

	/** A person not on the list: added and checked in when the item reaches the server. */
	async walkIn(person: {
		fullName: string;
		position: string;
		groupId: number | null;
	}): Promise<VerdictView> {
		const at = Date.now();
		const group = this.meta?.groups.find((g) => g.id === person.groupId);
		const entry: RosterEntry = {
			id: -1,
			fullName: person.fullName,
			position: person.position,
			groupName: group?.name ?? '',
			tokenHash: null,
			isWalkIn: true,
			excused: false,
			firstAt: null,
			firstDeviceId: null
		};
		const verdict: Verdict = { kind: 'admit', entry };
		const itemId = await this.#record(verdict, { walkIn: person }, 'walk-in', at);
		return this.#show(verdict, 'walk-in', at, { itemId });
	}

	/** The name a recent line shows: the roster's, once the device knows who the code was. */
	nameOf(recent: RecentCheckin): string {
		return (
			(recent.delegateId != null ? this.#byId.get(recent.delegateId)?.fullName : undefined) ??
			recent.fullName
		);
	}

	#show(
		verdict: Verdict,
		method: VerdictView['method'],
		at: number,
		about: Partial<VerdictView> = {}
	): VerdictView {
		const view = { ...verdict, ...about, at, method } as VerdictView;
		this.verdict = view;
		return view;
	}

	/** Queues a check-in (or a code to check) in the outbox; the device's roster shows it at once. */
	async #record(
		verdict: Exclude<Verdict, { kind: 'reject' }>,
		target: Target,
		method: OutboxItem['payload']['method'],
		now: number
	) {
		const id = `${this.deviceId}-${now.toString(36)}-${randomPart(4)}`;
		const entry = verdict.kind === 'check' ? undefined : verdict.entry;
		const fullName = entry?.fullName ?? 'Mã đang kiểm tra';
		const item: OutboxItem = {
			id,
			createdAt: now,
			fullName,
			payload: {
				id,
				...target,
				scannedAt: new Date(now).toISOString(),
				deviceId: this.deviceId,
				method
			}
		};
		const recent: RecentCheckin = {
			id,
			at: now,
			delegateId: entry && entry.id > 0 ? entry.id : null,
			fullName,
			kind: verdict.kind,
			method
		};
		const admitted =
			verdict.kind === 'admit' && verdict.entry.id > 0 ? verdict.entry.id : undefined;
		await this.outbox.add(item, recent, async () => {
			if (admitted !== undefined)
				await this.#db.roster.update(admitted, { firstAt: now, firstDeviceId: this.deviceId });
		});
		if (admitted !== undefined) this.#patch(admitted, now, this.deviceId);
		return id;
	}

	/** The delegate an outbox item names, when the device knows them (a walk-in has no id yet). */
	#delegateOf(item: OutboxItem): number | undefined {
		return item.payload.delegateId ?? this.#byHash.get(item.payload.tokenHash ?? '')?.id;
	}

	/** Inside the outbox's transaction: the roster takes the server's first check-in. */
	async #takeAnswer(_item: OutboxItem, result: CheckinResult) {
		if (result.status === 'rejected') return;
		const firstAt = Date.parse(result.firstAt);
		await this.#db.roster.update(result.delegateId, {
			firstAt,
			firstDeviceId: result.firstDeviceId
		});
		this.#patch(result.delegateId, firstAt, result.firstDeviceId);
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

	/** The server's answers settle the verdict on screen when it was waiting for one of them. */
	#afterSettle(answers: { item: OutboxItem; result: CheckinResult }[]) {
		if (
			answers.some(
				({ result }) => result.status !== 'rejected' && !this.#byId.has(result.delegateId)
			)
		) {
			// The server knows a delegate this device does not: its roster is behind.
			this.#rosterStale = true;
			void this.refreshRoster();
		}
		const shown = this.verdict;
		const answer = shown?.itemId ? answers.find(({ item }) => item.id === shown.itemId) : undefined;
		if (!shown || !answer) return;
		const { result } = answer;
		if (result.status === 'rejected') {
			if (shown.text) this.#redTexts.add(shown.text);
			const { at, method, itemId, text, tokenHash } = shown;
			this.verdict = {
				kind: 'reject',
				reason: result.reason,
				message: result.message,
				at,
				method,
				itemId,
				text,
				tokenHash
			};
			return;
		}
		if (shown.kind !== 'check') return;
		const entry = this.#byId.get(result.delegateId) ?? unnamed(result.delegateId);
		this.verdict =
			result.status === 'checked_in'
				? { ...shown, kind: 'admit', entry }
				: {
						...shown,
						kind: 'repeat',
						entry,
						firstAt: Date.parse(result.firstAt),
						firstDeviceId: result.firstDeviceId
					};
	}

	/** After a new roster: a code still being checked, or a verdict without a name, is placed now. */
	#rejudgeShown() {
		const shown = this.verdict;
		if (!shown) return;
		if (shown.kind === 'check' && shown.tokenHash) {
			const entry = this.#byHash.get(shown.tokenHash);
			if (!entry) return;
			const ours = entry.firstDeviceId === this.deviceId && entry.firstAt === shown.at;
			this.verdict = {
				...shown,
				...(ours ? { kind: 'admit', entry } : verdictFor(entry))
			} as VerdictView;
		} else if ((shown.kind === 'admit' || shown.kind === 'repeat') && shown.entry.fullName === '') {
			const entry = this.#byId.get(shown.entry.id);
			if (entry) this.verdict = { ...shown, entry };
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
		const waiting = new Set((await this.outbox.waiting()).map((i) => this.#delegateOf(i)));
		for (const change of changes) {
			// A check-in of ours still on its way keeps the delegate green-then-yellow here.
			if (change.firstAt == null && waiting.has(change.delegateId)) continue;
			await this.#db.roster.update(change.delegateId, {
				firstAt: change.firstAt,
				firstDeviceId: change.firstDeviceId
			});
			this.#patch(change.delegateId, change.firstAt, change.firstDeviceId);
		}
	}

	/**
	 * Undo on this device: a check-in still waiting is simply dropped. One already sent needs the
	 * server (the caller posts the form); this returns false then.
	 */
	undoLocally(recentId: string): Promise<boolean> {
		return this.outbox.undoLocally(recentId);
	}

	/** After the server undid a check-in: mark it here too. */
	async markUndone(recentId: string, delegateId: number) {
		await this.outbox.markUndone(recentId, () =>
			this.#db.roster.update(delegateId, { firstAt: null, firstDeviceId: null }).then(() => {})
		);
		this.#patch(delegateId, null, null);
	}
}

/** A delegate the server named before the device's roster has them: the name follows with it. */
function unnamed(id: number): RosterEntry {
	return {
		id,
		fullName: '',
		position: '',
		groupName: '',
		tokenHash: null,
		isWalkIn: false,
		excused: false,
		firstAt: null,
		firstDeviceId: null
	};
}
