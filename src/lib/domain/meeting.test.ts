import { describe, expect, it } from 'vitest';
import { idleMeeting, projectorView } from './meeting';
import { timerForItem } from './timer';

describe('what the projector draws', () => {
	const open = { ...idleMeeting(), timer: timerForItem(4, 420_000) };

	it('the timed item, or the programme while none is open', () => {
		expect(projectorView(open)).toBe('item');
		expect(projectorView(idleMeeting())).toBe('programme');
	});

	it("the chair's choice between items: the programme or the hall's QR", () => {
		expect(projectorView({ ...open, screen: 'programme' })).toBe('programme');
		expect(projectorView({ ...open, screen: 'hall' })).toBe('hall');
		expect(projectorView({ ...idleMeeting(), screen: 'hall' })).toBe('hall');
	});

	it('the closing screen once the meeting is closed, whatever was chosen', () => {
		expect(projectorView({ ...open, screen: 'hall', endedAt: Date.UTC(2026, 3, 24, 4, 30) })).toBe(
			'closed'
		);
	});
});
