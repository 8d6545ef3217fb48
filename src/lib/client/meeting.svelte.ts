import type { ProgrammeItem } from '$lib/domain/programme';
import { idleMeeting, type MeetingSnapshot } from '$lib/domain/meeting';
import { serverClock } from './clock.svelte';
import { subscribeLive } from './live';

export interface HallState {
	programme: ProgrammeItem[];
	meeting: MeetingSnapshot;
}

/**
 * The meeting as a screen in the hall follows it (the console, the projector, a delegate's phone):
 * the programme, the timed item and the chair's message, kept live from `/api/live`. On every
 * (re)connect it re-reads the whole state first, so a screen that missed events catches up.
 */
export class LiveMeeting {
	programme = $state<ProgrammeItem[]>([]);
	meeting = $state<MeetingSnapshot>(idleMeeting());
	connected = $state(false);
	/** Client time of the last word from the server, for "Mất kết nối — trạng thái lúc …". */
	heardAt = $state<number | null>(null);

	current = $derived(this.programme.find((i) => i.id === this.meeting.timer.itemId) ?? null);
	/** The item after the current one; the first one before the meeting starts. */
	next = $derived.by(() => {
		const at = this.programme.findIndex((i) => i.id === this.meeting.timer.itemId);
		return this.programme[at + 1] ?? null;
	});

	#onChange: ((state: HallState) => void) | undefined;

	/**
	 * @param serverTime when the server read `initial`, if it is fresh: the clock starts from it
	 * before its first ping answers. Left out for state read back from this device's storage.
	 */
	constructor(
		initial: HallState,
		options: { serverTime?: number; onChange?: (state: HallState) => void } = {}
	) {
		if (options.serverTime !== undefined) serverClock.roughly(options.serverTime);
		this.programme = initial.programme;
		this.meeting = initial.meeting;
		this.#onChange = options.onChange;
	}

	/** Takes a newer meeting state (from an event or from the answer to the chair's press). */
	apply(meeting: MeetingSnapshot): void {
		if (meeting.version < this.meeting.version) return;
		this.meeting = meeting;
		this.heardAt = Date.now();
		this.#changed();
	}

	/** Reads the whole state again. */
	async reload(): Promise<void> {
		try {
			const res = await fetch('/api/meeting', { cache: 'no-store' });
			if (!res.ok) return;
			const body = (await res.json()) as HallState & { serverTime: number };
			serverClock.roughly(body.serverTime);
			this.programme = body.programme;
			// An event that arrived while this was read may be newer than it.
			if (body.meeting.version >= this.meeting.version) this.meeting = body.meeting;
			this.heardAt = Date.now();
			this.#changed();
		} catch {
			/* offline: keep what is shown */
		}
	}

	start(): () => void {
		const stopClock = serverClock.start();
		const stopLive = subscribeLive({
			onHello: () => {
				this.connected = true;
				void this.reload();
				void serverClock.sync();
			},
			onEvent: (event) => {
				if (event.type === 'meeting') this.apply(event.meeting);
				else if (event.type === 'agenda') void this.reload();
			},
			onConnection: (open) => (this.connected = open)
		});
		return () => {
			stopLive();
			stopClock();
		};
	}

	#changed(): void {
		this.#onChange?.({
			programme: $state.snapshot(this.programme),
			meeting: $state.snapshot(this.meeting)
		});
	}
}
