import type { AttendanceChange, CheckinResult } from '$lib/domain/checkin';
import { inviteTokenHash } from '$lib/domain/invite-token';
import {
	RepeatFilter,
	classifyScannedText,
	rejectVerdict,
	verdictFor,
	type RosterEntry,
	type Verdict
} from '$lib/domain/scan';
import type { OutboxItem, RecentCheckin } from './db';
import { DoorRoster } from './door-roster.svelte';
import { subscribeLive } from './live';
import { Outbox } from './outbox.svelte';

const DEVICE_KEY = 'hoinghi.deviceId';

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
 * The door scanner's state (docs/architecture.md, The offline outbox): every scan is decided here at
 * once against the roster on the device (DoorRoster); what the roster cannot place is shown as
 * "Đang kiểm tra…" and settled by the server (or the next roster), never red on a guess. The
 * check-ins themselves wait in the Outbox until the server has answered them.
 */
export class Scanner {
	readonly deviceId: string;
	readonly outbox: Outbox;
	readonly roster: DoorRoster;
	verdict = $state<VerdictView | null>(null);
	/** The server answered the last request (or the live stream is open). */
	connected = $state(false);

	/** This device's name among the scanners' names the roster brings. */
	get ownName(): string | null {
		const names = this.roster.deviceNames;
		return Object.hasOwn(names, this.deviceId) ? names[this.deviceId]! : null;
	}

	/** The camera reports a held code many times a second; this counts it once. */
	#repeats = new RepeatFilter(4000);
	/** Invite codes shown red since the last roster: judged again at their next sighting after it. */
	#redTexts = new Set<string>();
	#timer: ReturnType<typeof setInterval> | undefined;
	#closeLive: (() => void) | undefined;

	constructor(username: string) {
		this.deviceId = deviceIdFor(username);
		this.outbox = new Outbox({
			settled: (item, result) => this.#takeAnswer(item, result),
			dropped: (item) => this.#revertLocalAdmit(item),
			afterSettle: (answers) => this.#afterSettle(answers),
			reached: (answered) => (this.connected = answered)
		});
		this.roster = new DoorRoster(this.outbox, this.deviceId, {
			replaced: () => this.#rosterReplaced(),
			reached: (answer) => {
				if (answer === 'signed-out') this.outbox.needsLogin = true;
				else if (answer === 'unreachable') this.connected = false;
				else {
					this.connected = true;
					this.outbox.needsLogin = false;
				}
			}
		});
	}

	/** Loads what the device already holds, then starts syncing. Returns the stop function. */
	async start(): Promise<() => void> {
		await Promise.all([this.roster.loadLocal(), this.outbox.load()]);
		this.#closeLive = subscribeLive({
			onHello: () => {
				this.connected = true;
				// Changes made while the stream was closed were not heard: read the roster again.
				void this.roster.changed().then(() => this.outbox.sync());
			},
			onEvent: (event) => {
				if (event.type === 'roster') void this.roster.changed();
				if (event.type === 'attendance') void this.#applyChanges(event.changes);
			},
			onConnection: (open) => {
				if (!open) this.connected = false;
			}
		});
		const stopOutbox = this.outbox.start();
		this.#timer = setInterval(() => {
			this.roster.tick();
			void this.outbox.sync();
		}, 1000);
		void this.roster.refresh().then(() => this.outbox.sync());
		return () => {
			clearInterval(this.#timer);
			this.#closeLive?.();
			stopOutbox();
		};
	}

	/** A red verdict never outlives the roster it was judged on. */
	#rosterReplaced() {
		for (const text of this.#redTexts) this.#repeats.forget(text);
		this.#redTexts.clear();
		this.#rejudgeShown();
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
		const verdict = verdictFor(this.roster.byHash(tokenHash), this.roster.refusedAs(tokenHash));
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
		const entry = this.roster.byId(delegateId);
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
		const group = this.roster.meta?.groups.find((g) => g.id === person.groupId);
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
			if (admitted !== undefined) await this.roster.write(admitted, now, this.deviceId);
		});
		if (admitted !== undefined) this.roster.patch(admitted, now, this.deviceId);
		return id;
	}

	/** The delegate an outbox item names, when the device knows them (a walk-in has no id yet). */
	#delegateOf(item: OutboxItem): number | undefined {
		return item.payload.delegateId ?? this.roster.byHash(item.payload.tokenHash ?? '')?.id;
	}

	/** Inside the outbox's transaction: the roster takes the server's first check-in. */
	async #takeAnswer(_item: OutboxItem, result: CheckinResult) {
		if (result.status === 'rejected') return;
		await this.roster.store(result.delegateId, Date.parse(result.firstAt), result.firstDeviceId);
	}

	/** Takes back the green this device showed for an item that will never count. */
	async #revertLocalAdmit(item: OutboxItem) {
		const delegateId = this.#delegateOf(item);
		const row = delegateId === undefined ? undefined : await this.roster.stored(delegateId);
		if (row && row.firstDeviceId === this.deviceId && row.firstAt === item.createdAt)
			await this.roster.store(row.id, null, null);
	}

	/** The server's answers settle the verdict on screen when it was waiting for one of them. */
	#afterSettle(answers: { item: OutboxItem; result: CheckinResult }[]) {
		if (
			answers.some(
				({ result }) => result.status !== 'rejected' && !this.roster.byId(result.delegateId)
			)
		)
			// The server knows a delegate this device does not: its roster is behind.
			void this.roster.changed();
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
		const entry = this.roster.byId(result.delegateId) ?? unnamed(result.delegateId);
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
			const entry = this.roster.byHash(shown.tokenHash);
			if (!entry) return;
			const ours = entry.firstDeviceId === this.deviceId && entry.firstAt === shown.at;
			this.verdict = {
				...shown,
				...(ours ? { kind: 'admit', entry } : verdictFor(entry))
			} as VerdictView;
		} else if ((shown.kind === 'admit' || shown.kind === 'repeat') && shown.entry.fullName === '') {
			const entry = this.roster.byId(shown.entry.id);
			if (entry) this.verdict = { ...shown, entry };
		}
	}

	async #applyChanges(changes: AttendanceChange[]) {
		if (!Array.isArray(changes)) return;
		const waiting = new Set((await this.outbox.waiting()).map((i) => this.#delegateOf(i)));
		await this.roster.applyChanges(changes, waiting);
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
		await this.outbox.markUndone(recentId, () => this.roster.write(delegateId, null, null));
		this.roster.patch(delegateId, null, null);
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
