import { describe, expect, it } from 'vitest';
import {
	boardCell,
	comparePublished,
	formatFileSize,
	formatMomentInText,
	isLate,
	receiptCode,
	reminderText,
	storedCopiesText,
	timeLeftText,
	type PublishedPlace
} from './submissions';

const vn = (s: string) => new Date(`${s}+07:00`);

describe('deadlines', () => {
	const due = vn('2026-04-22T17:00:00');
	it('says what is left in the two largest units, and "đã quá hạn" once past', () => {
		expect(timeLeftText(due, vn('2026-04-20T11:30:00'))).toBe('còn 2 ngày 5 giờ');
		expect(timeLeftText(due, vn('2026-04-20T17:00:00'))).toBe('còn 2 ngày');
		expect(timeLeftText(due, vn('2026-04-22T11:40:00'))).toBe('còn 5 giờ 20 phút');
		expect(timeLeftText(due, vn('2026-04-22T16:48:00'))).toBe('còn 12 phút');
		expect(timeLeftText(due, vn('2026-04-22T16:59:30'))).toBe('còn dưới 1 phút');
		expect(timeLeftText(due, vn('2026-04-22T17:00:01'))).toBe('đã quá hạn');
	});
	it('is late only after the deadline, in Vietnam’s time whatever the machine’s zone', () => {
		expect(isLate(vn('2026-04-22T17:00:00'), due)).toBe(false);
		expect(isLate(vn('2026-04-22T17:00:01'), due)).toBe(true);
		// 16:30 UTC on the 22nd is 23:30 in Vietnam: after a 17:00 deadline that day.
		expect(isLate(new Date('2026-04-22T16:30:00Z'), due)).toBe(true);
		expect(formatMomentInText(new Date('2026-04-21T09:05:00Z'))).toBe('16:05 ngày 21/4/2026');
	});
});

describe('receipts and sizes', () => {
	it('codes a receipt by the first six hex characters of the sha256, upper case', () => {
		expect(receiptCode('3f9a2c' + '0'.repeat(58))).toBe('3F9A2C');
	});
	it('writes sizes with a decimal comma', () => {
		expect(formatFileSize(512)).toBe('512 byte');
		expect(formatFileSize(850 * 1024)).toBe('850 KB');
		expect(formatFileSize(1.2 * 1024 * 1024)).toBe('1,2 MB');
		expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB');
	});
});

describe('the reminder', () => {
	const base = {
		unitName: 'Phòng Kinh tế',
		leader: 'Trưởng phòng Kinh tế',
		link: 'https://hoinghi.example/u/abc',
		sender: 'Văn phòng HĐND và UBND xã'
	};
	it('names the leader and the unit, what is asked, by when, and the link', () => {
		const text = reminderText({
			...base,
			requests: [{ title: 'Báo cáo sơ kết 01 năm', dueAt: vn('2026-04-22T17:00:00') }]
		});
		expect(text).toBe(
			'Kính gửi Trưởng phòng Kinh tế (Phòng Kinh tế): Văn phòng HĐND và UBND xã đề nghị đơn vị nộp Báo cáo sơ kết 01 năm trước 17:00 ngày 22/4/2026 tại liên kết https://hoinghi.example/u/abc (mở bằng điện thoại hoặc máy tính, chọn tệp .docx hoặc .pdf để gửi). Trân trọng cảm ơn.'
		);
	});
	it('lists several missing documents one per line, and addresses the unit when no leader is known', () => {
		const text = reminderText({
			...base,
			leader: ' ',
			requests: [
				{ title: 'Báo cáo sơ kết 01 năm', dueAt: vn('2026-04-22T17:00:00') },
				{ title: 'Bài tham luận', dueAt: vn('2026-04-22T17:00:00') }
			]
		});
		expect(text.startsWith('Kính gửi Phòng Kinh tế: ')).toBe(true);
		expect(text).toContain(
			'\n- Báo cáo sơ kết 01 năm trước 17:00 ngày 22/4/2026;\n- Bài tham luận trước 17:00 ngày 22/4/2026\ntại liên kết https://hoinghi.example/u/abc'
		);
	});
});

describe('what a delegate reads', () => {
	const place = (
		kind: PublishedPlace['kind'],
		agendaPosition: number | null,
		requestPosition = 1,
		unitPosition = 1
	): PublishedPlace => ({
		kind,
		agendaPosition,
		requestPosition,
		unitPosition
	});

	it('puts the tham luận first in the programme’s order, then the reports by request and unit, then the rest', () => {
		const shuffled = [
			place('report', null, 1, 2),
			place('other', null, 9),
			place('speech', 7, 2),
			place('synthesis', null, 3),
			place('speech', null, 2, 1),
			place('report', null, 1, 1),
			place('speech', 4, 2, 6)
		];
		expect(shuffled.sort(comparePublished)).toEqual([
			place('speech', 4, 2, 6),
			place('speech', 7, 2),
			place('speech', null, 2, 1),
			place('report', null, 1, 1),
			place('report', null, 1, 2),
			place('synthesis', null, 3),
			place('other', null, 9)
		]);
	});

	describe('the copies on this phone', () => {
		const published = [
			{ id: 3, sha256: 'aa' },
			{ id: 5, sha256: 'bb' }
		];
		const savedAt = vn('2026-04-21T16:05:00');

		it('says nothing is stored before the first "Tải tất cả"', () => {
			expect(storedCopiesText(published, null)).toEqual({
				text: 'Chưa lưu trên máy này.',
				complete: false
			});
			expect(storedCopiesText(published, { savedAt, copies: [] }).complete).toBe(false);
		});

		it('says when, in Vietnam’s time, once every published document is stored', () => {
			const copies = published.map((d) => ({ ...d, original: true }));
			expect(storedCopiesText(published, { savedAt, copies })).toEqual({
				text: 'Đã lưu trên máy lúc 16:05 ngày 21/4/2026.',
				complete: true
			});
		});

		it('counts a new version or a newly published document as not stored yet', () => {
			const copies = [
				{ id: 3, sha256: 'old', original: true },
				{ id: 9, sha256: 'cc', original: false }
			];
			expect(storedCopiesText(published, { savedAt, copies })).toEqual({
				text: 'Đã lưu trên máy lúc 16:05 ngày 21/4/2026; có 2 tài liệu mới hoặc đã cập nhật chưa lưu.',
				complete: false
			});
		});
	});
});

describe('a cell of the board', () => {
	// 17:00 on 21/4/2026 in Vietnam is 10:00 UTC.
	const dueAt = new Date('2026-04-21T17:00:00+07:00');
	const version = (submittedAt: string, late: boolean) => ({
		version: 2,
		submittedAt: new Date(submittedAt),
		size: 1_258_291,
		late
	});

	it('says when the latest version came, which one and how big, in Vietnam time', () => {
		// 09:05 UTC is 16:05 in Hà Nội, the same day.
		expect(
			boardCell(
				{ dueAt, exemptAt: null, latest: version('2026-04-21T09:05:00Z', false) },
				new Date('2026-04-22T00:00:00Z')
			)
		).toEqual({
			state: 'submitted',
			text: 'Đã nộp 21/4 16:05 · bản 2 · 1,2 MB'
		});
		// 18:30 UTC on 21/4 is already 01:30 on 22/4 in Vietnam.
		expect(
			boardCell(
				{ dueAt, exemptAt: null, latest: version('2026-04-21T18:30:00Z', true) },
				new Date('2026-04-23T00:00:00Z')
			)
		).toEqual({
			state: 'late',
			text: 'Nộp muộn 22/4 01:30 · bản 2 · 1,2 MB'
		});
	});

	it('counts the time left while nothing came, and says "Quá hạn" once the deadline passed', () => {
		expect(
			boardCell({ dueAt, exemptAt: null, latest: null }, new Date('2026-04-19T12:00:00+07:00'))
		).toEqual({ state: 'missing', text: 'Chưa nộp — còn 2 ngày 5 giờ' });
		expect(boardCell({ dueAt, exemptAt: null, latest: null }, dueAt).state).toBe('missing');
		expect(
			boardCell({ dueAt, exemptAt: null, latest: null }, new Date(dueAt.getTime() + 60_000))
		).toEqual({ state: 'overdue', text: 'Quá hạn' });
	});

	it('shows "Không phải nộp" for an exempt unit, whatever the deadline', () => {
		expect(
			boardCell(
				{ dueAt, exemptAt: new Date('2026-04-20T08:00:00Z'), latest: null },
				new Date('2026-05-01T00:00:00Z')
			)
		).toEqual({ state: 'exempt', text: 'Không phải nộp' });
	});
});
