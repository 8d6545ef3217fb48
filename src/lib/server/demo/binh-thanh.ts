/**
 * The demo conference: xã Bình Thành's "hội nghị sơ kết 01 năm" from the commune's
 * plan (Kế hoạch, kept outside this repository). Title, place, chair, groups (section III.3), units (section V and the
 * DANH SÁCH) and deadlines are the plan's; the delegates are invented people, except the two
 * the plan names (the chair, and the Chánh Văn phòng who signed the Văn phòng's report).
 */

import { DUE_DATE_PLACEHOLDER } from '../../domain/invitation-text';

export { DEMO_GROUPS } from './binh-thanh-groups';
export { DEMO_REQUESTS, DEMO_SPEECHES, DEMO_UNITS } from './binh-thanh-documents';
export { demoDelegates } from './binh-thanh-delegates';

export const DEMO_CONFERENCE = {
	title:
		'Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính các cấp và hoạt động của chính quyền địa phương 02 cấp trên địa bàn xã Bình Thành',
	subject:
		'Dự Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính các cấp và hoạt động của chính quyền địa phương 02 cấp',
	place: 'Hội trường lớn UBND xã Bình Thành',
	// Week 4 of April 2026, after the units' deadlines (22/4, 23/4), with the April regular session.
	startsAt: new Date('2026-04-24T08:00:00+07:00'),
	endsAt: new Date('2026-04-24T11:30:00+07:00'),
	chairName: 'Nguyễn Anh Tấn',
	chairTitle: 'Chủ tịch UBND xã',
	issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
	issuerShortName: 'Ủy ban nhân dân xã Bình Thành',
	locality: 'Bình Thành',
	signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
	signerTitle: 'CHỦ TỊCH',
	signerName: 'Nguyễn Anh Tấn',
	// Sent 20/4, at least 03 working days ahead as Decision 45/2018 asks; the number is invented.
	invitationNumber: '25/GM-UBND',
	invitationIssuedOn: '2026-04-20',
	submissionsDueOn: '2026-04-22',
	invitationNotes: [
		'Đề nghị các đồng chí đại biểu bố trí thời gian tham dự đầy đủ, đúng giờ; mang theo giấy mời hoặc mở mã QR trên điện thoại để điểm danh tại cửa Hội trường.',
		`Các đơn vị có tên trong danh sách chuẩn bị bài tham luận (không quá 07 phút) và gửi về Văn phòng HĐND và UBND xã trước ngày ${DUE_DATE_PLACEHOLDER}.`
	],
	invitationRecipients: ['Như thành phần mời', 'Lưu: VT, VP'],
	contactInfo:
		'Đồng chí Đinh Văn Chinh - Chánh Văn phòng HĐND và UBND xã, điện thoại: 0208 3878 123',
	plannedDelegates: 100,
	// Invented, as the invitation's number is.
	secretaryName: 'Hoàng Thị Thu Hà',
	secretaryTitle: 'Công chức Văn phòng - Thống kê',
	minutesNumber: '12/BB-UBND',
	conclusionNumber: '45/TB-UBND'
};

export const DEMO_ACCOUNTS = [
	{ username: 'thuky', displayName: 'Văn phòng HĐND và UBND xã', role: 'secretariat' },
	{ username: 'chutich', displayName: 'Nguyễn Anh Tấn', role: 'chair' },
	{ username: 'diemdanh', displayName: 'Tổ điểm danh', role: 'checkin' }
] as const;
