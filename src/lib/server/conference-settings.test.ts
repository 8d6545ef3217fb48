import { describe, expect, it } from 'vitest';
import { settingsSchema } from './conference-settings';

const valid = {
	title: 'Hội nghị sơ kết',
	subject: 'Dự Hội nghị sơ kết',
	place: 'Hội trường lớn UBND xã Bình Thành',
	startsAt: '2027-04-23T08:00',
	endsAt: '2027-04-23T11:30',
	chairName: 'Nguyễn Anh Tấn',
	chairTitle: 'Chủ tịch UBND xã',
	parentBody: '',
	issuerLines: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH\n',
	issuerShortName: 'Ủy ban nhân dân xã Bình Thành',
	locality: 'Bình Thành',
	signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
	signerTitle: 'CHỦ TỊCH',
	signerName: 'Nguyễn Anh Tấn',
	invitationNumber: '25/GM-UBND',
	invitationIssuedOn: '2027-04-19',
	invitationNotes: 'Đến đúng giờ.\n\n',
	invitationRecipients: 'Như thành phần mời\nLưu: VT, VP',
	contactInfo: ''
};

describe('conference settings', () => {
	it('read Vietnam times, text lines and an empty parent body', () => {
		const s = settingsSchema.parse(valid);
		expect(s.startsAt.toISOString()).toBe('2027-04-23T01:00:00.000Z');
		expect(s.issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH']);
		expect(s.invitationNotes).toEqual(['Đến đúng giờ.']);
		expect(s.parentBody).toBeNull();
	});

	it('refuse an impossible issue date and an end before the start, in Vietnamese', () => {
		expect(settingsSchema.safeParse({ ...valid, invitationIssuedOn: '2027-02-30' }).error!.issues[0]!.message).toBe('Ngày ban hành không đúng.');
		expect(settingsSchema.safeParse({ ...valid, endsAt: '2027-04-23T07:00' }).error!.issues[0]!.message).toBe(
			'Thời gian kết thúc phải sau thời gian bắt đầu.'
		);
		expect(settingsSchema.safeParse({ ...valid, startsAt: '' }).error!.issues[0]!.message).toBe('Vui lòng chọn thời gian bắt đầu.');
	});
});

describe('conference settings dates', () => {
	it('refuse a year no conference has, which the database would reject', () => {
		for (const day of ['0000-01-01', '1899-12-31', '9999-01-01']) {
			expect(settingsSchema.safeParse({ ...valid, invitationIssuedOn: day }).error!.issues[0]!.message).toBe('Ngày ban hành không đúng.');
		}
	});
});
