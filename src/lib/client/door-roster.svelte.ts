import type { AttendanceChange } from '$lib/domain/checkin';
import type { DeviceNames } from '$lib/domain/devices';
import type { ScannerRoster } from '$lib/domain/scan';
import { foldVietnamese } from '$lib/domain/vietnamese';
import { clientDb, type RecentCheckin, type RosterMeta, type RosterRow } from './db';
import type { Outbox } from './outbox.svelte';

const ROSTER_REFRESH_MS = 60_000;
/** A roster the server has changed since is fetched again this often until it arrives. */
const STALE_RETRY_MS = 5_000;

/** What the scanner hears from the roster. */
export interface DoorRosterHooks {
	/** A new roster is in place (each scan is judged against it from now on). */
	replaced(): void;
	/** How the roster's server answered: read it, could not be reached, or the session has ended. */
	reached(answer: 'answered' | 'unreachable' | 'signed-out'): void;
}

/**
 * The invited delegates on the door's phone (docs/architecture.md, The offline outbox): kept in
 * Dexie so a scan is judged with no network, fetched again every minute, at once when the server
 * says it changed, and every 5 s while a change it announced has not arrived.
 */
export class DoorRoster {
	entries = $state<RosterRow[]>([]);
	meta = $state<RosterMeta | null>(null);

	/** No roster on this device yet: nothing can be judged on the device. */
	readonly loading = $derived(this.meta === null);
	readonly arrived = $derived(this.entries.filter((r) => r.firstAt != null && !r.isWalkIn).length);
	readonly invited = $derived(this.entries.filter((r) => !r.isWalkIn).length);
	/** What the staff named their scanners, with the roster. */
	readonly deviceNames = $derived<DeviceNames>(this.meta?.devices ?? {});
	readonly #byId = $derived(new Map(this.entries.map((r) => [r.id, r])));

	#db = clientDb();
	#outbox: Outbox;
	#deviceId: string;
	#hooks: DoorRosterHooks;
	#byHash = new Map<string, RosterRow>();
	#revoked = new Set<string>();
	#foreign = new Set<string>();
	/** The server's roster changed (a live event, a reconnect, an unknown delegate in an answer). */
	#stale = false;
	#lastFetch = 0;

	constructor(outbox: Outbox, deviceId: string, hooks: DoorRosterHooks) {
		this.#outbox = outbox;
		this.#deviceId = deviceId;
		this.#hooks = hooks;
	}

	/** The roster this device already holds. */
	async loadLocal(): Promise<void> {
		const [rows, meta] = await Promise.all([
			this.#db.roster.toArray(),
			this.#db.rosterMeta.get('current')
		]);
		if (meta) this.#set(rows, meta);
	}

	/** The delegate with this id, when the device has them. */
	byId(id: number): RosterRow | undefined {
		return this.#byId.get(id);
	}

	/** The delegate whose invite code has this hash, when the device has them. */
	byHash(tokenHash: string): RosterRow | undefined {
		return this.#byHash.get(tokenHash);
	}

	/** A code the roster names as refused: a revoked link, or another conference's. */
	refusedAs(tokenHash: string): 'revoked' | 'other_conference' | undefined {
		if (this.#revoked.has(tokenHash)) return 'revoked';
		if (this.#foreign.has(tokenHash)) return 'other_conference';
		return undefined;
	}

	/** The name a recent line shows: the roster's, once the device knows who the code was. */
	nameOf(recent: RecentCheckin): string {
		return (
			(recent.delegateId != null ? this.#byId.get(recent.delegateId)?.fullName : undefined) ??
			recent.fullName
		);
	}

	/** The server's roster changed: fetch it now, and again every 5 s until it arrives. */
	changed(): Promise<void> {
		this.#stale = true;
		return this.refresh();
	}

	/** The clock's tick: fetch when a minute has passed, or 5 s while a change is awaited. */
	tick(): void {
		const since = Date.now() - this.#lastFetch;
		if (since > ROSTER_REFRESH_MS || (this.#stale && since > STALE_RETRY_MS)) void this.refresh();
	}

	#set(rows: RosterRow[], meta: RosterMeta) {
		rows.sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
		this.entries = rows;
		this.meta = meta;
		this.#byHash = new Map(rows.flatMap((r) => (r.tokenHash ? [[r.tokenHash, r] as const] : [])));
		this.#revoked = new Set(meta.revokedHashes);
		this.#foreign = new Set(meta.otherConferenceHashes);
		this.#hooks.replaced();
	}

	/** Fetches the roster; check-ins this device has not sent yet stay as they are. */
	async refresh(): Promise<void> {
		this.#lastFetch = Date.now();
		let payload: ScannerRoster;
		try {
			const res = await fetch('/api/roster', { cache: 'no-store' });
			if (res.status === 401) return this.#hooks.reached('signed-out');
			if (!res.ok) throw new Error(String(res.status));
			payload = (await res.json()) as ScannerRoster;
		} catch {
			return this.#hooks.reached('unreachable');
		}
		this.#hooks.reached('answered');
		this.#stale = false;
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
					await this.#outbox.clearRecent();
				}
				// What this device has checked in and not yet sent, placed with the new roster's hashes
				// (a code scanned before its delegate was on the device counts too).
				const idOfHash = new Map(
					payload.delegates.flatMap((d) => (d.tokenHash ? [[d.tokenHash, d.id] as const] : []))
				);
				const waiting = new Map<number, number>();
				for (const item of await this.#outbox.waiting()) {
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
						firstDeviceId: keepLocal ? this.#deviceId : d.firstDeviceId,
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
				this.#set(rows, meta);
			}
		);
		await this.#outbox.reloadRecent();
	}

	/** A delegate's first check-in (or its undoing) in Dexie; also inside a caller's transaction. */
	async write(delegateId: number, firstAt: number | null, firstDeviceId: string | null) {
		await this.#db.roster.update(delegateId, { firstAt, firstDeviceId });
	}

	/** A delegate's first check-in (or its undoing) in Dexie and on screen. */
	async store(delegateId: number, firstAt: number | null, firstDeviceId: string | null) {
		await this.write(delegateId, firstAt, firstDeviceId);
		this.patch(delegateId, firstAt, firstDeviceId);
	}

	/** The delegate's row as Dexie holds it (inside a caller's transaction). */
	stored(delegateId: number): Promise<RosterRow | undefined> {
		return this.#db.roster.get(delegateId);
	}

	/** The screen's copy of one delegate, after Dexie has it. */
	patch(delegateId: number, firstAt: number | null, firstDeviceId: string | null) {
		const index = this.entries.findIndex((r) => r.id === delegateId);
		if (index < 0) return;
		const row = { ...this.entries[index]!, firstAt, firstDeviceId };
		this.entries[index] = row;
		if (row.tokenHash) this.#byHash.set(row.tokenHash, row);
	}

	/** Check-ins made elsewhere, from the live stream; `waiting`: delegates with one of ours unsent. */
	async applyChanges(changes: AttendanceChange[], waiting: Set<number | undefined>) {
		for (const change of changes) {
			// A check-in of ours still on its way keeps the delegate green-then-yellow here.
			if (change.firstAt == null && waiting.has(change.delegateId)) continue;
			await this.store(change.delegateId, change.firstAt, change.firstDeviceId);
		}
	}
}
