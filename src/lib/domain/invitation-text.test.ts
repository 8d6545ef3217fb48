import { describe, expect, it } from 'vitest';
import { DUE_DATE_PLACEHOLDER, fillInvitationNotes } from './invitation-text';

describe('fillInvitationNotes', () => {
	const notes = [`Các đơn vị gửi tham luận trước ngày ${DUE_DATE_PLACEHOLDER}.`, 'Đến đúng giờ.'];

	it('prints the deadline the secretariat set where the note asks for it', () => {
		expect(fillInvitationNotes(notes, '2026-04-22')).toEqual([
			'Các đơn vị gửi tham luận trước ngày 22/4/2026.',
			'Đến đúng giờ.'
		]);
		expect(fillInvitationNotes(notes, '2027-04-21')[0]).toBe(
			'Các đơn vị gửi tham luận trước ngày 21/4/2027.'
		);
		expect(fillInvitationNotes(['Hạn [HẠN NỘP], nhắc lại [hạn nộp]'], '2026-05-01')).toEqual([
			'Hạn 1/5/2026, nhắc lại 1/5/2026'
		]);
	});

	it('leaves room to write the date by hand when none is set', () => {
		expect(fillInvitationNotes(notes, null)[0]).toBe('Các đơn vị gửi tham luận trước ngày …/…/…….');
	});
});
