import { describe, expect, it } from 'vitest';
import { settingsSchema } from './conference-settings-schema';

const valid = {
	title: 'Hội nghị sơ kết',
	subject: 'Dự Hội nghị sơ kết',
	place: 'Hội trường lớn UBND xã Bình Thành',
	startsAt: '23/04/2027 08:00',
	endsAt: '23/04/2027 11:30',
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
	invitationIssuedOn: '19/04/2027',
	submissionsDueOn: '21/4/2027',
	invitationNotes: 'Đến đúng giờ.\n\n',
	invitationRecipients: 'Như thành phần mời\nLưu: VT, VP',
	contactInfo: '',
	secretaryName: '',
	secretaryTitle: '',
	minutesNumber: '',
	conclusionNumber: ''
};

describe('conference settings', () => {
	it('read Vietnam times, text lines and an empty parent body', () => {
		const s = settingsSchema.parse(valid);
		expect(s.startsAt.toISOString()).toBe('2027-04-23T01:00:00.000Z');
		expect(s.issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH']);
		expect(s.invitationNotes).toEqual(['Đến đúng giờ.']);
		expect(s.parentBody).toBeNull();
		expect(s.invitationIssuedOn).toBe('2027-04-19');
		expect(s.submissionsDueOn).toBe('2027-04-21');
		expect(settingsSchema.parse({ ...valid, submissionsDueOn: '' }).submissionsDueOn).toBeNull();
	});

	it('refuse an impossible issue date and an end before the start, in Vietnamese', () => {
		expect(
			settingsSchema.safeParse({ ...valid, invitationIssuedOn: '30/02/2027' }).error!.issues[0]!
				.message
		).toBe('Ngày ban hành không đúng: “30/02/2027” (ngày/tháng/năm, ví dụ 24/04/2026).');
		// Month first, as an English browser would write it, is not read as a date.
		expect(
			settingsSchema.safeParse({ ...valid, startsAt: '04/23/2027 08:00' }).error!.issues[0]!.message
		).toContain('Thời gian bắt đầu chưa đúng');
		expect(
			settingsSchema.safeParse({ ...valid, endsAt: '23/04/2027 07:00' }).error!.issues[0]!.message
		).toBe('Thời gian kết thúc phải sau thời gian bắt đầu.');
		expect(settingsSchema.safeParse({ ...valid, startsAt: '' }).error!.issues[0]!.message).toBe(
			'Vui lòng nhập thời gian bắt đầu.'
		);
	});
});

describe('conference settings dates', () => {
	it('refuse a year no conference has, which the database would reject', () => {
		for (const day of ['01/01/0000', '31/12/1899', '01/01/9999']) {
			expect(
				settingsSchema.safeParse({ ...valid, invitationIssuedOn: day }).error!.issues[0]!.message
			).toContain('Ngày ban hành không đúng');
		}
	});
});
