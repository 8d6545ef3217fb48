import { asc, eq } from 'drizzle-orm';
import { idleMeeting, type MeetingCommand, type MeetingSnapshot } from '$lib/domain/meeting';
import {
	applyTimer,
	idleTimer,
	itemTimings,
	type TimerCommand,
	type TimerEventRecord,
	type TimerState
} from '$lib/domain/timer';
import type { Actor } from '../audit';
import type { Database, Executor } from '../db';
import { agendaItem, meetingState, timerEvent, type MeetingState } from '../db/schema';
import { publish } from '../live';
import { ConflictError } from '../http/errors';
import { listAgenda, publicProgramme } from './index';

function snapshotOf(row: MeetingState | undefined): MeetingSnapshot {
	if (!row) return idleMeeting();
	const shared = {
		version: row.version,
		message: row.message,
		screen: row.screen ?? 'item',
		endedAt: row.endedAt?.getTime() ?? null
	} as const;
	// The timed item was deleted (the foreign key set it to null): nothing is timed any more.
	if (row.itemId === null) return { ...shared, timer: idleTimer() };
	return {
		...shared,
		timer: {
			itemId: row.itemId,
			allottedMs: row.allottedMs,
			running: row.running,
			endsAt: row.endsAt,
			remainingMs: row.remainingMs
		}
	};
}

/** Once the chair has closed the meeting, only "Mở lại hội nghị" moves anything. */
const ENDED_MESSAGE = 'Hội nghị đã kết thúc. Bấm “Mở lại hội nghị” nếu cần điều hành tiếp.';

/** What the hall sees now. */
export async function getMeeting(db: Executor, conferenceId: number): Promise<MeetingSnapshot> {
	const [row] = await db
		.select()
		.from(meetingState)
		.where(eq(meetingState.conferenceId, conferenceId));
	return snapshotOf(row);
}

/** The agenda's order and planned times, which `next`, `previous` and `goto` move through. */
async function agendaOrder(db: Executor, conferenceId: number) {
	return db
		.select({ id: agendaItem.id, plannedSeconds: agendaItem.plannedSeconds })
		.from(agendaItem)
		.where(eq(agendaItem.conferenceId, conferenceId))
		.orderBy(asc(agendaItem.position), asc(agendaItem.id));
}

/** Turns a console press into a timer command, given the current state; null when it changes nothing. */
function toTimerCommand(
	command: MeetingCommand,
	state: TimerState,
	order: { id: number; plannedSeconds: number }[]
): TimerCommand | null {
	const select = (index: number): TimerCommand | null => {
		const item = order[index];
		return item
			? { action: 'select', itemId: item.id, plannedMs: item.plannedSeconds * 1000 }
			: null;
	};
	switch (command.action) {
		case 'start':
		case 'pause':
		case 'resume':
		case 'reset':
		case 'stop':
			return { action: command.action };
		case 'extend':
			return { action: 'extend', ms: command.ms };
		case 'next':
		case 'previous': {
			// Pressed while looking at another item than the current one: someone moved first.
			if (command.fromItemId !== undefined && command.fromItemId !== state.itemId) return null;
			const at = order.findIndex((i) => i.id === state.itemId);
			if (command.action === 'next') return select(at + 1);
			return at > 0 ? select(at - 1) : null;
		}
		case 'goto': {
			const at = order.findIndex((i) => i.id === command.itemId);
			if (at < 0) throw new ConflictError('Nội dung này không còn trong chương trình.');
			return select(at);
		}
		case 'end':
			// The time of the item being spoken stops with the meeting.
			return state.running ? { action: 'stop' } : null;
		case 'message':
		case 'screen':
		case 'reopen':
			return null;
	}
}

/**
 * Applies one press of the chair's console. The meeting row is locked for the transaction, so
 * presses from two devices are applied one after the other to the latest state; a press that
 * changes nothing (pause while paused) writes nothing and announces nothing.
 */
export async function runMeetingCommand(
	db: Database,
	actor: Actor,
	conferenceId: number,
	command: MeetingCommand,
	now: () => number = Date.now
): Promise<MeetingSnapshot> {
	return db.transaction(async (tx) => {
		const lockRow = () =>
			tx
				.select()
				.from(meetingState)
				.where(eq(meetingState.conferenceId, conferenceId))
				.for('update');
		let [row] = await lockRow();
		if (!row) {
			// The conference's first press: two devices may get here at once, one row is made.
			await tx.insert(meetingState).values({ conferenceId }).onConflictDoNothing();
			[row] = await lockRow();
		}
		const before = snapshotOf(row);
		// Only moving through the programme needs its order: a pause reads nothing more.
		const moves =
			command.action === 'next' || command.action === 'previous' || command.action === 'goto';
		const order = moves ? await agendaOrder(tx, conferenceId) : [];
		// Time is read after the lock: a press that waited for another is timed when it is applied.
		const at = now();
		if (before.endedAt !== null && command.action !== 'reopen' && command.action !== 'end')
			throw new ConflictError(ENDED_MESSAGE);
		let { message, timer, screen, endedAt } = before;
		let event: { kind: TimerEventRecord['kind']; itemId: number | null; ms: number } | null = null;
		if (command.action === 'message') message = command.message;
		else if (command.action === 'screen') screen = command.screen;
		else if (command.action === 'reopen') endedAt = null;
		else if (command.action === 'end' && endedAt === null) {
			endedAt = at;
			message = '';
		}
		const timerCommand =
			before.endedAt === null ? toTimerCommand(command, before.timer, order) : null;
		if (timerCommand) ({ state: timer, event } = applyTimer(before.timer, timerCommand, at));
		// The chair's message belongs to the item it was written for.
		if (event?.kind === 'select') message = '';
		// Opening or starting an item puts it on the projector.
		if (event && ['select', 'start', 'resume'].includes(event.kind)) screen = 'item';
		if (
			!event &&
			message === before.message &&
			screen === before.screen &&
			endedAt === before.endedAt
		)
			return before;

		const version = before.version + 1;
		await tx
			.update(meetingState)
			.set({
				itemId: timer.itemId,
				allottedMs: timer.allottedMs,
				running: timer.running,
				endsAt: timer.endsAt,
				remainingMs: timer.remainingMs,
				message,
				screen: screen === 'item' ? null : screen,
				endedAt: endedAt === null ? null : new Date(endedAt),
				version,
				updatedAt: new Date(at)
			})
			.where(eq(meetingState.conferenceId, conferenceId));
		if (event) {
			await tx.insert(timerEvent).values({
				conferenceId,
				itemId: event.itemId,
				kind: event.kind,
				at: new Date(at),
				ms: event.ms,
				userId: actor.userId
			});
		}
		const snapshot: MeetingSnapshot = { version, timer, message, screen, endedAt };
		await publish(tx, { type: 'meeting', conferenceId, meeting: snapshot });
		return snapshot;
	});
}

/** Every timer event of the conference in order, for the minutes. */
async function timerEvents(db: Executor, conferenceId: number): Promise<TimerEventRecord[]> {
	const rows = await db
		.select()
		.from(timerEvent)
		.where(eq(timerEvent.conferenceId, conferenceId))
		.orderBy(asc(timerEvent.at), asc(timerEvent.id));
	return rows.map((r) => ({ kind: r.kind, itemId: r.itemId, at: r.at.getTime(), ms: r.ms }));
}

/** Each item's actual start, end and spoken time, from the timer events. */
export async function actualTimings(db: Executor, conferenceId: number) {
	const [events, order] = await Promise.all([
		timerEvents(db, conferenceId),
		agendaOrder(db, conferenceId)
	]);
	const planned = new Map(order.map((i) => [i.id, i.plannedSeconds * 1000]));
	return itemTimings(events, (id) => planned.get(id) ?? 0);
}

/** Everything a screen in the hall needs to draw itself from scratch (a reconnect re-reads this). */
export async function hallView(db: Executor, conferenceId: number) {
	const [rows, meeting] = await Promise.all([
		listAgenda(db, conferenceId),
		getMeeting(db, conferenceId)
	]);
	return { programme: publicProgramme(rows), meeting };
}
