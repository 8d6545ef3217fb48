import { and, asc, eq, gt, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPEECH_MINUTES } from '$lib/domain/programme';
import type { MeetingSnapshot } from '$lib/domain/meeting';
import { meetingCommandSchema } from '$lib/domain/meeting-schema';
import {
	applyTimer,
	idleTimer,
	MINUTE_MS,
	remainingAt,
	type TimerCommand,
	type TimerState
} from '$lib/domain/timer';
import { createAgendaItem, deleteAgendaItem, listAgenda, type AgendaRow } from '$lib/server/agenda';
import { actualTimings, getMeeting, runMeetingCommand } from '$lib/server/agenda/meeting';
import type { Database } from '$lib/server/db';
import { RuleError } from '$lib/server/http/errors';
import { timerEvent, user } from '$lib/server/db/schema';
import { createSeededContext } from './test-db';

/** The morning of the conference, Hà Nội time, as server epoch ms. */
const at = (hhmm: string) => Date.parse(`2026-04-24T${hhmm}:00+07:00`);
const SPEECH_MS = SPEECH_MINUTES * MINUTE_MS;

describe('meeting console (server module)', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let secretariat: { userId: number; address: string };
	let chair: { userId: number; address: string };
	let agenda: AgendaRow[];
	let speeches: AgendaRow[];

	/** One press, parsed as the API parses it, applied at server time `when`. */
	const press = (command: unknown, when: number, who = secretariat) =>
		runMeetingCommand(db, who, conferenceId, meetingCommandSchema.parse(command), () => when);
	const indexOf = (id: number | null) => agenda.findIndex((i) => i.id === id);
	const lastEventId = async () =>
		(
			await db
				.select({ id: max(timerEvent.id) })
				.from(timerEvent)
				.where(eq(timerEvent.conferenceId, conferenceId))
		)[0]?.id ?? 0;
	/** The timer_event rows written after `afterId`, in the order they were applied. */
	const eventsAfter = (afterId: number) =>
		db
			.select()
			.from(timerEvent)
			.where(and(eq(timerEvent.conferenceId, conferenceId), gt(timerEvent.id, afterId)))
			.orderBy(asc(timerEvent.at), asc(timerEvent.id));
	/** Opens `item` with a fresh timer (goto elsewhere first when it is already the current one). */
	async function open(item: AgendaRow, when: number) {
		if ((await getMeeting(db, conferenceId)).timer.itemId === item.id) {
			await press({ action: 'goto', itemId: agenda.find((i) => i.id !== item.id)!.id }, when - 1);
		}
		return press({ action: 'goto', itemId: item.id }, when);
	}

	beforeAll(async () => {
		let actor;
		({ db, dispose, conferenceId, actor } = await createSeededContext());
		secretariat = { userId: actor.userId, address: actor.address };
		const [c] = await db.select().from(user).where(eq(user.username, 'chutich'));
		chair = { userId: c!.id, address: '10.0.0.2' };
		agenda = await listAgenda(db, conferenceId);
		speeches = agenda.filter((i) => i.kind === 'speech');
	});
	afterAll(() => dispose());

	it('starts idle on the seeded programme of six 7-minute tham luận', async () => {
		expect(await getMeeting(db, conferenceId)).toEqual({
			version: 0,
			timer: idleTimer(),
			message: '',
			screen: 'item',
			endedAt: null
		});
		expect(speeches).toHaveLength(6);
		for (const s of speeches) expect(s.plannedSeconds).toBe(SPEECH_MINUTES * 60);
		// Nothing is pressed yet: no timer event, nothing for the minutes.
		expect(await eventsAfter(0)).toEqual([]);
		expect(await actualTimings(db, conferenceId)).toEqual([]);
	});

	describe('moving through the agenda', () => {
		it('next, previous and goto open items in programme order with their planned time', async () => {
			const t = at('07:30');
			const before = await lastEventId();
			const first = await press({ action: 'next', fromItemId: null }, t);
			expect(first.timer).toEqual({
				itemId: agenda[0]!.id,
				allottedMs: agenda[0]!.plannedSeconds * 1000,
				running: false,
				endsAt: null,
				remainingMs: agenda[0]!.plannedSeconds * 1000
			});
			expect(first.version).toBe(1);

			const second = await press({ action: 'next', fromItemId: agenda[0]!.id }, t + 1000);
			expect(second.timer.itemId).toBe(agenda[1]!.id);
			expect(second.timer.remainingMs).toBe(agenda[1]!.plannedSeconds * 1000);
			const back = await press({ action: 'previous', fromItemId: agenda[1]!.id }, t + 2000);
			expect(back.timer.itemId).toBe(agenda[0]!.id);

			// Nothing before the first item: the press changes nothing.
			const stay = await press({ action: 'previous', fromItemId: agenda[0]!.id }, t + 3000);
			expect(stay).toEqual(back);

			const last = agenda[agenda.length - 1]!;
			const jumped = await press({ action: 'goto', itemId: last.id }, t + 4000);
			expect(jumped.timer).toMatchObject({
				itemId: last.id,
				allottedMs: last.plannedSeconds * 1000,
				running: false
			});
			// Nothing after the last one either, and a goto to the item already open is no change.
			expect(await press({ action: 'next', fromItemId: last.id }, t + 5000)).toEqual(jumped);
			expect(await press({ action: 'goto', itemId: last.id }, t + 6000)).toEqual(jumped);

			const speech = await press({ action: 'goto', itemId: speeches[2]!.id }, t + 7000);
			expect(speech.timer).toEqual({
				itemId: speeches[2]!.id,
				allottedMs: SPEECH_MS,
				running: false,
				endsAt: null,
				remainingMs: SPEECH_MS
			});
			expect(await getMeeting(db, conferenceId)).toEqual(speech);

			// One `select` row per real move, with the server time it happened at.
			const events = await eventsAfter(before);
			expect(events.map((e) => [e.kind, e.itemId, e.at.getTime()])).toEqual([
				['select', agenda[0]!.id, t],
				['select', agenda[1]!.id, t + 1000],
				['select', agenda[0]!.id, t + 2000],
				['select', last.id, t + 4000],
				['select', speeches[2]!.id, t + 7000]
			]);
			expect(speech.version).toBe(5);
		});

		it('a `next` without fromItemId always moves, one item per press', async () => {
			const from = indexOf((await getMeeting(db, conferenceId)).timer.itemId);
			await press({ action: 'next' }, at('07:40'));
			const after = await press({ action: 'next' }, at('07:41'));
			expect(after.timer.itemId).toBe(agenda[from + 2]!.id);
		});

		it('refuses to go to an item that is not in the agenda, and changes nothing', async () => {
			const before = await getMeeting(db, conferenceId);
			const beforeEvent = await lastEventId();
			await expect(press({ action: 'goto', itemId: 2_000_000_000 }, at('07:45'))).rejects.toThrow(
				RuleError
			);
			await expect(press({ action: 'goto', itemId: 2_000_000_000 }, at('07:45'))).rejects.toThrow(
				'Nội dung này không còn trong chương trình.'
			);
			expect(await getMeeting(db, conferenceId)).toEqual(before);
			expect(await lastEventId()).toBe(beforeEvent);
		});
	});

	describe('the speaker timer', () => {
		it('start → pause → resume → extend ±1 min → reset, as screens count it down', async () => {
			const item = speeches[0]!;
			const t0 = at('08:00');
			const opened = await open(item, t0 - 5000);
			const before = await lastEventId();
			const v = opened.version;

			const started = await press({ action: 'start' }, t0);
			expect(started).toMatchObject({
				version: v + 1,
				timer: { itemId: item.id, allottedMs: SPEECH_MS, running: true, endsAt: t0 + SPEECH_MS }
			});
			// A screen reading the state a minute later shows 6 minutes left.
			expect(remainingAt(started.timer, t0 + MINUTE_MS)).toBe(6 * MINUTE_MS);

			const paused = await press({ action: 'pause' }, t0 + 90_000);
			expect(paused.timer).toEqual({
				itemId: item.id,
				allottedMs: SPEECH_MS,
				running: false,
				endsAt: null,
				remainingMs: SPEECH_MS - 90_000
			});
			// Paused, the time left no longer moves.
			expect(remainingAt(paused.timer, t0 + 10 * MINUTE_MS)).toBe(SPEECH_MS - 90_000);

			const resumed = await press({ action: 'resume' }, t0 + 150_000);
			expect(resumed.timer).toMatchObject({
				running: true,
				endsAt: t0 + 150_000 + SPEECH_MS - 90_000
			});

			const longer = await press({ action: 'extend', ms: MINUTE_MS }, t0 + 200_000);
			expect(longer.timer).toMatchObject({
				running: true,
				allottedMs: SPEECH_MS + MINUTE_MS,
				endsAt: resumed.timer.endsAt! + MINUTE_MS
			});
			const shorter = await press({ action: 'extend', ms: -MINUTE_MS }, t0 + 210_000);
			expect(shorter.timer).toMatchObject({
				running: true,
				allottedMs: SPEECH_MS,
				endsAt: resumed.timer.endsAt
			});

			const paused2 = await press({ action: 'pause' }, t0 + 300_000);
			const left = resumed.timer.endsAt! - (t0 + 300_000);
			expect(paused2.timer).toMatchObject({ running: false, endsAt: null, remainingMs: left });
			// Extending a paused timer adds to the time left.
			const pausedLonger = await press({ action: 'extend', ms: MINUTE_MS }, t0 + 305_000);
			expect(pausedLonger.timer).toEqual({
				itemId: item.id,
				allottedMs: SPEECH_MS + MINUTE_MS,
				running: false,
				endsAt: null,
				remainingMs: left + MINUTE_MS
			});

			// Reset gives the full time again, the extension included, and stops the clock.
			const reset = await press({ action: 'reset' }, t0 + 310_000);
			expect(reset.timer).toEqual({
				itemId: item.id,
				allottedMs: SPEECH_MS + MINUTE_MS,
				running: false,
				endsAt: null,
				remainingMs: SPEECH_MS + MINUTE_MS
			});
			// Reset twice is one reset.
			expect(await press({ action: 'reset' }, t0 + 311_000)).toEqual(reset);

			// After a reset the speaker starts again (a `start`, not a `resume`).
			const t1 = t0 + 320_000;
			const restarted = await press({ action: 'start' }, t1);
			expect(restarted.timer.endsAt).toBe(t1 + SPEECH_MS + MINUTE_MS);
			// Speaking 35 s past the time: overtime, kept when paused.
			const over = await press({ action: 'pause' }, t1 + SPEECH_MS + MINUTE_MS + 35_000);
			expect(over.timer.remainingMs).toBe(-35_000);
			expect(over.version).toBe(v + 10);

			const events = await eventsAfter(before);
			expect(
				events.map((e) => ({ kind: e.kind, ms: e.ms, at: e.at.getTime(), itemId: e.itemId }))
			).toEqual(
				[
					['start', SPEECH_MS, t0],
					['pause', SPEECH_MS - 90_000, t0 + 90_000],
					['resume', SPEECH_MS - 90_000, t0 + 150_000],
					['extend', MINUTE_MS, t0 + 200_000],
					['extend', -MINUTE_MS, t0 + 210_000],
					['pause', left, t0 + 300_000],
					['extend', MINUTE_MS, t0 + 305_000],
					['reset', left + MINUTE_MS, t0 + 310_000],
					['start', SPEECH_MS + MINUTE_MS, t1],
					['pause', -35_000, t1 + SPEECH_MS + MINUTE_MS + 35_000]
				].map(([kind, ms, when]) => ({ kind, ms, at: when, itemId: item.id }))
			);
			// Every press is signed by who pressed it.
			expect(new Set(events.map((e) => e.userId))).toEqual(new Set([secretariat.userId]));
		});

		it('never gives less than zero time: taking 60 min off a 7-minute item leaves 00:00 and overtime', async () => {
			const t0 = at('08:30');
			await open(speeches[0]!, t0);
			const started = await press({ action: 'start' }, t0 + 1000);
			const before = await lastEventId();
			const cut = await press({ action: 'extend', ms: -60 * MINUTE_MS }, t0 + 61_000, chair);
			expect(cut.timer).toMatchObject({
				allottedMs: 0,
				running: true,
				endsAt: started.timer.endsAt! - SPEECH_MS
			});
			expect(remainingAt(cut.timer, t0 + 61_000)).toBe(-60_000);
			const [row] = await eventsAfter(before);
			expect(row).toMatchObject({ kind: 'extend', ms: -SPEECH_MS, userId: chair.userId });
			// Nothing more to take off.
			expect(await press({ action: 'extend', ms: -MINUTE_MS }, t0 + 62_000)).toEqual(cut);
		});
	});

	describe('double presses and two devices', () => {
		it('start twice, pause twice, next twice from the same item leave one state and one event each', async () => {
			const item = speeches[1]!;
			const t0 = at('09:00');
			await open(item, t0 - 1000);
			const before = await lastEventId();

			const started = await press({ action: 'start' }, t0, chair);
			expect(await press({ action: 'start' }, t0 + 300, secretariat)).toEqual(started);
			const paused = await press({ action: 'pause' }, t0 + 60_000);
			expect(await press({ action: 'pause' }, t0 + 60_400)).toEqual(paused);
			expect(paused.timer.remainingMs).toBe(SPEECH_MS - 60_000);

			const moved = await press({ action: 'next', fromItemId: item.id }, t0 + 120_000, chair);
			const nextItem = agenda[indexOf(item.id) + 1]!;
			expect(moved.timer.itemId).toBe(nextItem.id);
			// The second tap names the item its screen showed, which is no longer current: no second move.
			expect(
				await press({ action: 'next', fromItemId: item.id }, t0 + 120_300, secretariat)
			).toEqual(moved);
			expect(await getMeeting(db, conferenceId)).toEqual(moved);

			const events = await eventsAfter(before);
			expect(events.map((e) => e.kind)).toEqual(['start', 'pause', 'select']);
			expect(moved.version).toBe(started.version + 2);
		});

		it('the same presses sent at the same moment from two devices are applied once', async () => {
			const item = speeches[2]!;
			const t0 = at('09:30');
			await open(item, t0 - 1000);
			const before = await lastEventId();
			const starts = await Promise.all([
				press({ action: 'start' }, t0, chair),
				press({ action: 'start' }, t0, secretariat)
			]);
			expect(starts[0]).toEqual(starts[1]);
			const nexts = await Promise.all([
				press({ action: 'next', fromItemId: item.id }, t0 + 5000, chair),
				press({ action: 'next', fromItemId: item.id }, t0 + 5000, secretariat)
			]);
			// Both devices are told the same new item and version.
			expect(nexts[0]).toEqual(nexts[1]);
			expect(nexts[0].timer.itemId).toBe(agenda[indexOf(item.id) + 1]!.id);
			expect((await eventsAfter(before)).map((e) => e.kind)).toEqual(['start', 'select']);
		});

		it('20 mixed presses from two devices at once end in the state the recorded events replay to', async () => {
			const item = speeches[3]!;
			const opened = await open(item, at('10:00'));
			const before = await lastEventId();
			// The server clock, read once per press after the lock, so the order of `at` is the order applied.
			let clock = at('10:01');
			const tick = () => (clock += 7_000);
			const commands: unknown[] = [
				{ action: 'start' },
				{ action: 'extend', ms: MINUTE_MS },
				{ action: 'pause' },
				{ action: 'next', fromItemId: item.id },
				{ action: 'start' },
				{ action: 'extend', ms: -MINUTE_MS },
				{ action: 'resume' },
				{ action: 'pause' },
				{ action: 'next', fromItemId: item.id },
				{ action: 'extend', ms: 2 * MINUTE_MS }
			];
			const presses = Array.from({ length: 20 }, (_, i) => {
				const who = i % 2 === 0 ? chair : secretariat;
				const command = meetingCommandSchema.parse(commands[(i * 3 + (i >> 1)) % commands.length]);
				return runMeetingCommand(db, who, conferenceId, command, tick);
			});
			const answers = await Promise.all(presses);
			const final = await getMeeting(db, conferenceId);
			const events = await eventsAfter(before);

			// Every `next` named the same item: the meeting moved exactly one item.
			expect(events.filter((e) => e.kind === 'select')).toHaveLength(1);
			expect(final.timer.itemId).toBe(agenda[indexOf(item.id) + 1]!.id);
			// One version per change, and the newest answer is what every screen now shows.
			expect(final.version - opened.version).toBe(events.length);
			expect(Math.max(...answers.map((a) => a.version))).toBe(final.version);
			expect(answers.find((a) => a.version === final.version)).toEqual(final);
			// Replaying the rows from the state before gives, row by row, the same changes and the final state.
			const planned = new Map(agenda.map((i) => [i.id, i.plannedSeconds * 1000]));
			let replayed: TimerState = opened.timer;
			for (const e of events) {
				const command: TimerCommand =
					e.kind === 'select'
						? { action: 'select', itemId: e.itemId, plannedMs: planned.get(e.itemId!)! }
						: e.kind === 'extend'
							? { action: 'extend', ms: e.ms }
							: { action: e.kind };
				const step = applyTimer(replayed, command, e.at.getTime());
				expect(step.event).toEqual({ kind: e.kind, itemId: e.itemId, ms: e.ms });
				replayed = step.state;
			}
			expect(replayed).toEqual(final.timer);
			// Both devices' presses were applied.
			expect(new Set(events.map((e) => e.userId))).toEqual(
				new Set([chair.userId, secretariat.userId])
			);
		});
	});

	describe('the minutes', () => {
		it('reads a tham luận’s real start, end and spoken time from the timer events', async () => {
			const item = speeches[5]!;
			const t0 = at('11:00');
			await open(item, t0 - 30_000);
			await press({ action: 'start' }, t0);
			await press({ action: 'pause' }, t0 + 3 * MINUTE_MS);
			await press({ action: 'resume' }, t0 + 4 * MINUTE_MS);
			await press({ action: 'extend', ms: MINUTE_MS }, t0 + 5 * MINUTE_MS);
			const moved = await press({ action: 'next', fromItemId: item.id }, t0 + 9 * MINUTE_MS);
			expect(moved.timer.itemId).toBe(agenda[indexOf(item.id) + 1]!.id);

			const timings = await actualTimings(db, conferenceId);
			expect(timings.find((t) => t.itemId === item.id)).toEqual({
				itemId: item.id,
				startedAt: t0,
				endedAt: t0 + 9 * MINUTE_MS,
				spokenMs: 8 * MINUTE_MS,
				allottedMs: 8 * MINUTE_MS
			});
			// The item opened after it has not started: the minutes do not list it.
			expect(timings.find((t) => t.itemId === moved.timer.itemId)).toBeUndefined();
		});
	});

	describe("the chair's message", () => {
		it('is set and cleared without touching the timer, and cleared when the item changes', async () => {
			const item = speeches[4]!;
			const t0 = at('12:00');
			const opened = await open(item, t0);
			const started = await press({ action: 'start' }, t0 + 1000);
			const before = await lastEventId();

			const shown = await press({ action: 'message', message: '  Còn 1 phút  ' }, t0 + 2000, chair);
			expect(shown).toEqual({ ...started, version: started.version + 1, message: 'Còn 1 phút' });
			expect(await getMeeting(db, conferenceId)).toEqual(shown);
			// The same message again is no change.
			expect(await press({ action: 'message', message: 'Còn 1 phút' }, t0 + 3000)).toEqual(shown);
			const cleared = await press({ action: 'message', message: '' }, t0 + 4000);
			expect(cleared).toEqual({ ...started, version: shown.version + 1, message: '' });
			// A message is not a timer event.
			expect(await lastEventId()).toBe(before);

			// A timer press keeps the message; opening another item clears it in the same change.
			await press({ action: 'message', message: 'Đề nghị kết thúc' }, t0 + 5000);
			const paused = await press({ action: 'pause' }, t0 + 6000);
			expect(paused.message).toBe('Đề nghị kết thúc');
			const moved = await press({ action: 'next', fromItemId: item.id }, t0 + 7000);
			expect(moved).toMatchObject({ version: paused.version + 1, message: '' });
			expect(moved.timer.itemId).not.toBe(opened.timer.itemId);
			await press({ action: 'message', message: 'Giữ trật tự' }, t0 + 8000);
			const jumped = await press({ action: 'goto', itemId: item.id }, t0 + 9000);
			expect(jumped.message).toBe('');
		});
	});

	describe('the projector between items, and the end of the meeting', () => {
		it('the chair sends the projector to the programme or the hall QR; opening or starting an item brings it back', async () => {
			const t0 = at('14:00');
			const opened = await open(speeches[1]!, t0);
			expect(opened.screen).toBe('item');
			const before = await lastEventId();
			const programme = await press({ action: 'screen', screen: 'programme' }, t0 + 1000, chair);
			expect(programme).toMatchObject({
				version: opened.version + 1,
				screen: 'programme',
				timer: opened.timer
			});
			expect(await getMeeting(db, conferenceId)).toEqual(programme);
			// The same choice again changes nothing; a screen is not a timer event.
			expect(await press({ action: 'screen', screen: 'programme' }, t0 + 1500)).toEqual(programme);
			expect(await lastEventId()).toBe(before);
			expect((await press({ action: 'screen', screen: 'hall' }, t0 + 2000)).screen).toBe('hall');
			// Starting the speaker's time puts the timer back on the projector.
			expect((await press({ action: 'start' }, t0 + 3000)).screen).toBe('item');
			await press({ action: 'screen', screen: 'hall' }, t0 + 4000);
			expect((await press({ action: 'next', fromItemId: speeches[1]!.id }, t0 + 5000)).screen).toBe(
				'item'
			);
		});

		it('"Kết thúc hội nghị" stops the running time, records the end time (kept in the database), and only "Mở lại" moves anything after it', async () => {
			const t0 = at('15:00');
			const last = await createAgendaItem(db, secretariat, conferenceId, {
				kind: 'other',
				title: 'Bế mạc (thử)',
				presenter: '',
				delegateId: null,
				unitId: null,
				plannedMinutes: SPEECH_MINUTES,
				chairNotes: ''
			});
			await press({ action: 'goto', itemId: last }, t0);
			await press({ action: 'start' }, t0 + 1000);
			await press({ action: 'message', message: 'Đề nghị kết thúc' }, t0 + 2000);
			const ended = await press({ action: 'end' }, t0 + 61_000, chair);
			expect(ended.endedAt).toBe(t0 + 61_000);
			expect(ended.timer).toMatchObject({
				itemId: last,
				running: false,
				remainingMs: SPEECH_MS - 60_000
			});
			expect(ended.message).toBe('');
			// Read back from the row, as after a server restart.
			expect(await getMeeting(db, conferenceId)).toEqual(ended);
			// The speaker's time stops at the end of the meeting.
			const timing = (await actualTimings(db, conferenceId)).find((t) => t.itemId === last)!;
			expect(timing).toMatchObject({
				startedAt: t0 + 1000,
				endedAt: t0 + 61_000,
				spokenMs: 60_000
			});
			// Pressing "end" twice keeps the first end time.
			expect(await press({ action: 'end' }, t0 + 90_000)).toEqual(ended);
			for (const command of [
				{ action: 'start' },
				{ action: 'next', fromItemId: last },
				{ action: 'message', message: 'x' },
				{ action: 'screen', screen: 'hall' }
			]) {
				await expect(press(command, t0 + 100_000)).rejects.toThrow(/Hội nghị đã kết thúc/);
			}
			const reopened = await press({ action: 'reopen' }, t0 + 120_000);
			expect(reopened).toMatchObject({ endedAt: null, version: ended.version + 1 });
			expect((await press({ action: 'resume' }, t0 + 121_000)).timer.running).toBe(true);
			await deleteAgendaItem(db, secretariat, conferenceId, last);
		});
	});

	describe('editing the agenda while it runs', () => {
		it('deleting the item being timed leaves an idle meeting that a later press can restart', async () => {
			const id = await createAgendaItem(db, secretariat, conferenceId, {
				kind: 'other',
				title: 'Phát biểu bổ sung',
				presenter: '',
				delegateId: null,
				unitId: null,
				plannedMinutes: 3,
				chairNotes: ''
			});
			const t0 = at('13:00');
			await press({ action: 'goto', itemId: id }, t0);
			const running = await press({ action: 'start' }, t0 + 1000);
			expect(running.timer).toMatchObject({ itemId: id, running: true });

			await deleteAgendaItem(db, secretariat, conferenceId, id);
			const after = await getMeeting(db, conferenceId);
			expect(after.timer).toEqual(idleTimer());
			// Going to it now is refused; timer presses do nothing on an idle meeting.
			await expect(press({ action: 'goto', itemId: id }, t0 + 2000)).rejects.toThrow(RuleError);
			const beforeEvent = await lastEventId();
			expect((await press({ action: 'start' }, t0 + 3000)).timer).toEqual(idleTimer());
			expect((await press({ action: 'extend', ms: MINUTE_MS }, t0 + 3000)).timer).toEqual(
				idleTimer()
			);
			expect(await lastEventId()).toBe(beforeEvent);
			// The chair can open an item again.
			const reopened: MeetingSnapshot = await press(
				{ action: 'goto', itemId: speeches[0]!.id },
				t0 + 4000
			);
			expect(reopened.timer).toMatchObject({
				itemId: speeches[0]!.id,
				running: false,
				remainingMs: SPEECH_MS
			});
			expect(reopened.version).toBeGreaterThan(running.version);
		});
	});
});
