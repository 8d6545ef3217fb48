import { describe, expect, it } from 'vitest';
import { DEMO_CONFERENCE, DEMO_SPEECHES, DEMO_UNITS } from '../server/demo/binh-thanh';
import { agendaItemSchema } from './agenda-schema';
import { chairLines, formatDuration, schedule, suggestedProgramme } from './programme';
import { formatTime } from './dates';

describe('agenda', () => {
	it('suggests the plan’s programme: the six tham luận with their units and topics, 7 minutes each', () => {
		const items = suggestedProgramme(DEMO_CONFERENCE, DEMO_UNITS, DEMO_SPEECHES);
		const speeches = items.filter((i) => i.kind === 'speech');
		expect(speeches).toHaveLength(6);
		expect(speeches.map((s) => s.unitName)).toEqual(DEMO_SPEECHES.map((s) => s.unitName));
		expect(speeches.every((s) => s.plannedSeconds === 7 * 60)).toBe(true);
		expect(speeches[1]!.title).toBe(
			'Ứng dụng chuyển đổi số trong hoạt động của chính quyền cấp xã'
		);
		expect(items[0]!.title).toMatch(/Đón tiếp/);
		expect(items.at(-1)!.title).toMatch(/Bế mạc/);
		expect(
			items.some((i) => i.kind === 'conclusion' && i.presenter.includes('Nguyễn Anh Tấn'))
		).toBe(true);
	});

	it('schedules items one after another and gives the end time', () => {
		const items = suggestedProgramme(DEMO_CONFERENCE, DEMO_UNITS, DEMO_SPEECHES);
		const plan = schedule(items, DEMO_CONFERENCE.startsAt);
		expect(formatTime(plan.entries[0]!.startsAt)).toBe('08:00');
		expect(formatTime(plan.entries[1]!.startsAt)).toBe('08:30');
		expect(plan.totalSeconds).toBe(items.reduce((s, i) => s + i.plannedSeconds, 0));
		expect(plan.endsAt.getTime()).toBe(
			DEMO_CONFERENCE.startsAt.getTime() + plan.totalSeconds * 1000
		);
		expect(formatDuration(plan.totalSeconds)).toMatch(/^\d giờ( \d+ phút)?$/);
		expect(formatDuration(7 * 60)).toBe('7 phút');
		expect(formatDuration(3600)).toBe('1 giờ');
	});

	it('has the chair introduce each tham luận by unit and topic with the 7-minute limit', () => {
		const speech = suggestedProgramme(DEMO_CONFERENCE, DEMO_UNITS, DEMO_SPEECHES).find(
			(i) => i.kind === 'speech'
		)!;
		const lines = chairLines(speech, 1);
		expect(lines.open).toContain(speech.unitName);
		expect(lines.open).toContain(`“${speech.title}”`);
		expect(lines.open).toContain('không quá 07 phút');
		expect(lines.close).toContain(speech.unitName);
	});

	it('refuses a bad item with a Vietnamese message', () => {
		const base = {
			kind: 'speech',
			title: 'Tham luận',
			presenter: '',
			delegateId: '',
			unitId: '',
			plannedMinutes: '7',
			chairNotes: ''
		};
		expect(agendaItemSchema.parse(base)).toMatchObject({
			plannedMinutes: 7,
			delegateId: null,
			unitId: null
		});
		const message = (input: object) =>
			agendaItemSchema.safeParse({ ...base, ...input }).error?.issues[0]?.message;
		expect(message({ title: '   ' })).toBe('Vui lòng nhập tên nội dung.');
		expect(message({ plannedMinutes: '-1' })).toBe('Thời lượng không được âm.');
		expect(message({ plannedMinutes: 'bảy' })).toBe('Thời lượng phải là số phút.');
		expect(message({ plannedMinutes: '241' })).toMatch(/không quá 240 phút/);
		expect(message({ kind: 'party' })).toBe('Vui lòng chọn loại nội dung.');
		expect(message({ unitId: '99999999999' })).toBe('Đơn vị đã chọn không hợp lệ.');
	});
});
