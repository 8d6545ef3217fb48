import { describe, expect, it } from 'vitest';
import { isStaffOnly, LIVE_EVENT_TYPES, type LiveEvent } from './live';

describe('the live contract', () => {
	it('lists every event type once, for the browser to listen to', () => {
		expect([...LIVE_EVENT_TYPES].sort()).toEqual([
			'agenda',
			'attendance',
			'meeting',
			'minutes',
			'roster',
			'submissions'
		]);
	});

	it('leaves attendance, the roster and the submissions board and the minutes to staff, the meeting and the agenda to everyone', () => {
		const events: LiveEvent[] = [
			{ type: 'attendance', conferenceId: 1, changes: [] },
			{ type: 'roster', conferenceId: 1 },
			{
				type: 'meeting',
				conferenceId: 1,
				meeting: {
					version: 1,
					timer: { itemId: null, allottedMs: 0, running: false, endsAt: null, remainingMs: 0 },
					message: '',
					screen: 'item',
					endedAt: null
				}
			},
			{ type: 'agenda', conferenceId: 1 },
			{ type: 'submissions', conferenceId: 1 },
			{ type: 'minutes', conferenceId: 1, itemId: 2, revision: 3 }
		];
		expect(events.map((e) => [e.type, isStaffOnly(e)])).toEqual([
			['attendance', true],
			['roster', true],
			['meeting', false],
			['agenda', false],
			['submissions', true],
			['minutes', true]
		]);
	});
});
