import { describe, expect, it } from 'vitest';
import {
	assembleMinutes,
	conclusionPoints,
	formatMomentInWords,
	MISSING,
	reassembleMinutes,
	sectionText,
	UNTIMED_LINE,
	type MinutesInput,
	type MinutesSection
} from './minutes';
import { itemTimings, MINUTE_MS, type TimerEventRecord } from './timer';

/** Hà Nội time on the conference's morning, as epoch ms. */
const at = (hhmmss: string, day = '2026-04-24') =>
	Date.parse(`${day}T${hhmmss.length === 5 ? `${hhmmss}:00` : hhmmss}+07:00`);

const ITEMS: MinutesInput['items'] = [
	{
		id: 1,
		kind: 'opening',
		title: 'Phát biểu khai mạc hội nghị',
		presenter: 'Đồng chí Nguyễn Anh Tấn, Chủ tịch UBND xã',
		unitName: null,
		plannedSeconds: 300,
		documentTitle: null,
		note: null
	},
	{
		id: 2,
		kind: 'speech',
		title: 'Công tác chuyển đổi số',
		presenter: '',
		unitName: 'Phòng Văn hóa - Xã hội',
		plannedSeconds: 420,
		documentTitle: 'Tham luận: Công tác chuyển đổi số trên địa bàn xã',
		note: {
			notes: 'Nêu kết quả triển khai.\n\n  Đề xuất thêm kinh phí.  ',
			floorSpeakers: [],
			conclusions: []
		}
	},
	{
		id: 3,
		kind: 'speech',
		title: 'Công tác an ninh trật tự',
		presenter: 'Đồng chí Lê Văn Hùng',
		unitName: 'Công an xã',
		plannedSeconds: 420,
		documentTitle: null,
		note: null
	},
	{
		id: 4,
		kind: 'break',
		title: 'Giải lao',
		presenter: '',
		unitName: null,
		plannedSeconds: 600,
		documentTitle: null,
		note: null
	},
	{
		id: 5,
		kind: 'discussion',
		title: 'Thảo luận, ý kiến của đại biểu',
		presenter: 'Các đại biểu',
		unitName: null,
		plannedSeconds: 1800,
		documentTitle: null,
		note: {
			notes: 'Các đại biểu thống nhất với báo cáo.',
			floorSpeakers: [
				{ delegateId: 40, name: 'Phạm Thị Lan', unit: 'Trưởng thôn Đồng Tiến' },
				{ delegateId: null, name: 'Trần Văn Bình', unit: '' }
			],
			conclusions: []
		}
	},
	{
		id: 6,
		kind: 'conclusion',
		title: 'Phát biểu kết luận hội nghị',
		presenter: 'Đồng chí Nguyễn Anh Tấn, Chủ tịch UBND xã',
		unitName: null,
		plannedSeconds: 900,
		documentTitle: null,
		note: {
			notes: '',
			floorSpeakers: [],
			conclusions: ['Hoàn thành số hóa hồ sơ trước 30/6.', '  ', 'Công an xã giữ vững an ninh.']
		}
	}
];

const planned = (id: number) => (ITEMS.find((i) => i.id === id)?.plannedSeconds ?? 0) * 1000;

/**
 * The chair's presses: the opening on time; the tham luận paused for 2 minutes, given 1 more minute
 * and still 40 s over; item 3 skipped (selected, never started); the discussion; the conclusion.
 */
const EVENTS: TimerEventRecord[] = [
	{ kind: 'select', itemId: 1, at: at('08:04'), ms: 0 },
	{ kind: 'start', itemId: 1, at: at('08:05'), ms: 300_000 },
	{ kind: 'stop', itemId: 1, at: at('08:09:30'), ms: 30_000 },
	{ kind: 'select', itemId: 2, at: at('08:10'), ms: 30_000 },
	{ kind: 'start', itemId: 2, at: at('08:10'), ms: 420_000 },
	{ kind: 'pause', itemId: 2, at: at('08:14'), ms: 180_000 },
	{ kind: 'extend', itemId: 2, at: at('08:15'), ms: MINUTE_MS },
	{ kind: 'resume', itemId: 2, at: at('08:16'), ms: 240_000 },
	// 4 min before the pause, 4 min 40 s after: 8 min 40 s of 8 min given.
	{ kind: 'stop', itemId: 2, at: at('08:20:40'), ms: -40_000 },
	{ kind: 'select', itemId: 3, at: at('08:21'), ms: 0 },
	{ kind: 'select', itemId: 5, at: at('08:22'), ms: 420_000 },
	{ kind: 'start', itemId: 5, at: at('08:22'), ms: 1_800_000 },
	{ kind: 'stop', itemId: 5, at: at('08:47'), ms: 300_000 },
	{ kind: 'select', itemId: 6, at: at('08:48'), ms: 0 },
	{ kind: 'start', itemId: 6, at: at('08:48'), ms: 900_000 },
	{ kind: 'stop', itemId: 6, at: at('09:05'), ms: -120_000 }
];

function input(overrides: Partial<MinutesInput> = {}): MinutesInput {
	return {
		conference: {
			title: 'Hội nghị sơ kết',
			place: 'Hội trường UBND xã Bình Thành',
			chairName: 'Nguyễn Anh Tấn',
			chairTitle: 'Chủ tịch UBND xã',
			secretaryName: 'Trần Thị Mai',
			secretaryTitle: 'Công chức Văn phòng - Thống kê'
		},
		items: ITEMS,
		timings: itemTimings(EVENTS, planned),
		// The meeting was planned to end at 11:00 and ran late.
		meetingEndedAt: new Date(at('11:20')),
		attendance: {
			groups: [
				{ name: 'Thường trực Đảng ủy, HĐND, UBND xã', invited: 8, present: 7 },
				{ name: 'Trưởng thôn', invited: 12, present: 11 }
			],
			invitedTotal: 20,
			presentInvited: 18,
			leadersPresent: [
				{ fullName: 'Nguyễn Anh Tấn', position: 'Chủ tịch UBND xã' },
				{ fullName: 'Võ Thị Hoa', position: '' }
			],
			walkIns: [{ fullName: 'Đặng Quốc Việt', position: 'Phóng viên' }],
			absent: [
				{
					fullName: 'Lê Thị Thu',
					position: 'Phó Chủ tịch HĐND xã',
					groupName: 'Thường trực Đảng ủy, HĐND, UBND xã',
					reason: 'đi công tác'
				},
				{
					fullName: 'Hồ Văn Tư',
					position: 'Trưởng thôn Bình Minh',
					groupName: 'Trưởng thôn',
					reason: null
				}
			]
		},
		...overrides
	};
}

const byKey = (sections: MinutesSection[], key: string) => sections.find((s) => s.key === key)!;

describe('formatMomentInWords', () => {
	it('writes hours and minutes in two digits and the date as the decree does', () => {
		expect(formatMomentInWords(new Date(at('08:05')))).toBe(
			'08 giờ 05 phút, ngày 24 tháng 4 năm 2026'
		);
		expect(formatMomentInWords(new Date(at('14:30', '2026-02-05')))).toBe(
			'14 giờ 30 phút, ngày 05 tháng 02 năm 2026'
		);
		expect(formatMomentInWords(new Date(at('07:00', '2026-11-09')))).toBe(
			'07 giờ 00 phút, ngày 09 tháng 11 năm 2026'
		);
	});
	it('reads the time in Vietnam whatever the server zone (17:30 UTC is 00:30 the next day there)', () => {
		expect(formatMomentInWords(new Date('2026-01-31T17:30:00Z'))).toBe(
			'00 giờ 30 phút, ngày 01 tháng 02 năm 2026'
		);
	});
});

describe('assembleMinutes', () => {
	const sections = assembleMinutes(input());

	it('gives the sections of mẫu 1.9 in order, one per programme item but the break', () => {
		expect(sections.map((s) => s.key)).toEqual([
			'start',
			'place',
			'attendance',
			'chair',
			'secretary',
			'item:1',
			'item:2',
			'item:3',
			'item:5',
			'item:6',
			'conclusions',
			'end'
		]);
		expect(sections.every((s) => s.text === null)).toBe(true);
		expect(sections.filter((s) => s.missing)).toEqual([]);
	});

	it('starts at the first timer start, in words', () => {
		expect(byKey(sections, 'start').data).toBe('08 giờ 05 phút, ngày 24 tháng 4 năm 2026');
	});

	it('counts attendance by group, names the leaders, walk-ins and the absent with their reasons', () => {
		expect(byKey(sections, 'attendance').data.split('\n')).toEqual([
			'Đại biểu được mời: 20; có mặt: 18.',
			'- Thường trực Đảng ủy, HĐND, UBND xã: 7/8',
			'- Trưởng thôn: 11/12',
			'Lãnh đạo dự: Đồng chí Nguyễn Anh Tấn - Chủ tịch UBND xã; Đồng chí Võ Thị Hoa.',
			'Khách ngoài danh sách: 1 người (Đồng chí Đặng Quốc Việt - Phóng viên).',
			'Vắng mặt: 2 đồng chí, trong đó có lý do: Đồng chí Lê Thị Thu - Phó Chủ tịch HĐND xã (đi công tác).'
		]);
	});

	it('names the chair and the secretary', () => {
		expect(byKey(sections, 'chair').data).toBe('Đồng chí Nguyễn Anh Tấn - Chủ tịch UBND xã');
		expect(byKey(sections, 'secretary').data).toBe(
			'Đồng chí Trần Thị Mai - Công chức Văn phòng - Thống kê'
		);
	});

	it('gives each item its presenter, document, time spoken without the pause, extension and overtime, notes and floor speakers', () => {
		expect(byKey(sections, 'item:1').heading).toBe('1. Phát biểu khai mạc hội nghị');
		expect(byKey(sections, 'item:1').data).toBe(
			'Trình bày: Đồng chí Nguyễn Anh Tấn, Chủ tịch UBND xã.\nThời gian trình bày: 4 phút 30 giây (dự kiến 5 phút).'
		);
		expect(byKey(sections, 'item:2').data.split('\n')).toEqual([
			'Đơn vị trình bày: Phòng Văn hóa - Xã hội.',
			'Tài liệu: Tham luận: Công tác chuyển đổi số trên địa bàn xã.',
			'Thời gian trình bày: 8 phút 40 giây (dự kiến 7 phút, được thêm 1 phút, quá 40 giây).',
			'Nêu kết quả triển khai.',
			'Đề xuất thêm kinh phí.'
		]);
		expect(byKey(sections, 'item:5').heading).toBe('4. Thảo luận, ý kiến của đại biểu');
		expect(byKey(sections, 'item:5').data.split('\n').slice(2)).toEqual([
			'Các đại biểu thống nhất với báo cáo.',
			'Ý kiến phát biểu:',
			'- Đồng chí Phạm Thị Lan (Trưởng thôn Đồng Tiến)',
			'- Đồng chí Trần Văn Bình'
		]);
		expect(byKey(sections, 'item:6').data).toContain(
			'Thời gian trình bày: 17 phút (dự kiến 15 phút, quá 2 phút).'
		);
	});

	it('keeps a skipped item and says plainly it was not timed', () => {
		const skipped = byKey(sections, 'item:3');
		expect(skipped.heading).toBe('3. Công tác an ninh trật tự');
		expect(skipped.data).toBe(`Trình bày: Đồng chí Lê Văn Hùng – Công an xã.\n${UNTIMED_LINE}`);
		expect(skipped.missing).toBeNull();
	});

	it('numbers the chair’s conclusions and ends at the recorded end of a meeting that ran late', () => {
		expect(byKey(sections, 'conclusions').data).toBe(
			'1. Hoàn thành số hóa hồ sơ trước 30/6.\n2. Công an xã giữ vững an ninh.'
		);
		expect(byKey(sections, 'end').data).toBe(
			'Hội nghị kết thúc vào 11 giờ 20 phút, ngày 24 tháng 4 năm 2026./.'
		);
	});

	it('before the meeting says what is missing and invents no time', () => {
		const before = assembleMinutes(
			input({
				timings: [],
				meetingEndedAt: null,
				items: ITEMS.map((i) => ({ ...i, note: null })),
				conference: { ...input().conference, secretaryName: '' },
				attendance: {
					...input().attendance,
					presentInvited: 0,
					groups: [],
					leadersPresent: [],
					walkIns: [],
					absent: []
				}
			})
		);
		expect(byKey(before, 'start')).toMatchObject({ data: '', missing: MISSING.start });
		expect(byKey(before, 'end')).toMatchObject({ data: '', missing: MISSING.end });
		expect(byKey(before, 'secretary')).toMatchObject({
			data: '',
			missing: 'Chưa có tên thư ký: nhập ở Thông tin hội nghị.'
		});
		expect(byKey(before, 'conclusions').missing).toBe(MISSING.conclusions);
		expect(byKey(before, 'attendance').missing).toBe(MISSING.checkins);
		for (const s of before) expect(s.data).not.toMatch(/\d{2} giờ/);
		expect(
			before.filter((s) => s.key.startsWith('item:')).every((s) => s.data.includes(UNTIMED_LINE))
		).toBe(true);
	});
});

describe('reassembleMinutes', () => {
	const first = assembleMinutes(input());
	const edited = first.map((s) =>
		s.key === 'attendance'
			? { ...s, text: 'Đại biểu dự đông đủ, gồm 18 đồng chí.' }
			: s.key === 'item:2'
				? { ...s, text: 'Phòng Văn hóa - Xã hội trình bày tham luận, nêu rõ kết quả.' }
				: s
	);

	it('keeps every sentence the secretary wrote and refreshes the data after a late check-in', () => {
		const later = input({
			attendance: {
				...input().attendance,
				presentInvited: 19,
				groups: [
					{ name: 'Thường trực Đảng ủy, HĐND, UBND xã', invited: 8, present: 8 },
					{ name: 'Trưởng thôn', invited: 12, present: 11 }
				]
			}
		});
		const again = reassembleMinutes(edited, assembleMinutes(later));
		const attendance = byKey(again, 'attendance');
		expect(attendance.text).toBe('Đại biểu dự đông đủ, gồm 18 đồng chí.');
		expect(attendance.data).toContain('có mặt: 19.');
		expect(attendance.dataChanged).toBe(true);
		// Edited, but its data did not move: no notice.
		expect(byKey(again, 'item:2')).toMatchObject({
			text: 'Phòng Văn hóa - Xã hội trình bày tham luận, nêu rõ kết quả.',
			dataChanged: false
		});
		// Not edited: simply the new data.
		expect(byKey(again, 'start').text).toBeNull();
		expect(sectionText(attendance)).toBe('Đại biểu dự đông đủ, gồm 18 đồng chí.');
		// A second assembly with the same data does not forget the change the secretary has not answered.
		expect(byKey(reassembleMinutes(again, assembleMinutes(later)), 'attendance').dataChanged).toBe(
			true
		);
	});

	it('keeps an edited section of an item taken off the programme, in its place, and drops an unedited one', () => {
		const fewer = input({ items: ITEMS.filter((i) => i.id !== 2 && i.id !== 3) });
		const again = reassembleMinutes(edited, assembleMinutes(fewer));
		expect(again.map((s) => s.key)).toEqual([
			'start',
			'place',
			'attendance',
			'chair',
			'secretary',
			'item:1',
			'item:2',
			'item:5',
			'item:6',
			'conclusions',
			'end'
		]);
		expect(byKey(again, 'item:2')).toMatchObject({
			data: '',
			text: 'Phòng Văn hóa - Xã hội trình bày tham luận, nêu rõ kết quả.',
			missing: MISSING.removed
		});
		expect(byKey(again, 'item:5').heading).toBe('2. Thảo luận, ý kiến của đại biểu');
	});
});

describe('conclusionPoints', () => {
	it('gives the conclusions section’s lines without their numbers, the secretary’s wording first', () => {
		const sections = assembleMinutes(input());
		expect(conclusionPoints(sections)).toEqual([
			'Hoàn thành số hóa hồ sơ trước 30/6.',
			'Công an xã giữ vững an ninh.'
		]);
		const rewritten = sections.map((s) =>
			s.key === 'conclusions'
				? { ...s, text: '1) Đẩy nhanh số hóa.\n\n2. Giữ vững an ninh.\nRà soát 12 hồ sơ.' }
				: s
		);
		expect(conclusionPoints(rewritten)).toEqual([
			'Đẩy nhanh số hóa.',
			'Giữ vững an ninh.',
			'Rà soát 12 hồ sơ.'
		]);
		expect(conclusionPoints(assembleMinutes(input({ items: [] })))).toEqual([]);
	});
});
