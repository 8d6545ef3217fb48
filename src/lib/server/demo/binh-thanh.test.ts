import { describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_REQUESTS, DEMO_SPEECHES, DEMO_UNITS, demoDelegates } from './binh-thanh';

describe('Bình Thành demo data', () => {
	const delegates = demoDelegates();

	it('has the nine groups of the plan and about 100 delegates in all of them', () => {
		expect(DEMO_GROUPS).toHaveLength(9);
		expect(DEMO_GROUPS[0]!.name).toBe('Thường trực Đảng ủy');
		expect(DEMO_GROUPS[8]!.name).toBe('Trưởng xóm trên địa bàn xã');
		expect(delegates).toHaveLength(100);
		for (let g = 0; g < 9; g++) expect(delegates.some((d) => d.groupIndex === g)).toBe(true);
	});

	it('is the same on every fresh database', () => {
		expect(demoDelegates()).toEqual(delegates);
	});

	it('gives every delegate a distinct name and a Vietnamese mobile number', () => {
		expect(new Set(delegates.map((d) => d.fullName)).size).toBe(delegates.length);
		for (const d of delegates) expect(d.phone).toMatch(/^0[389]\d{8}$/);
		expect(new Set(delegates.map((d) => d.phone)).size).toBe(delegates.length);
	});

	it('seats the chair named in the plan as Chủ tịch UBND xã', () => {
		expect(delegates.find((d) => d.fullName === 'Nguyễn Anh Tấn')?.position).toBe(
			'Chủ tịch UBND xã'
		);
	});

	it('lists the six units of the DANH SÁCH with their tham luận topics', () => {
		expect(DEMO_SPEECHES.map((s) => s.unitName).sort()).toEqual(
			[
				'Trung tâm phục vụ hành chính công',
				'Phòng Văn hóa - Xã hội',
				'Phòng Kinh tế',
				'Văn phòng HĐND và UBND xã',
				'Công an xã',
				'Ban Chỉ huy Quân sự xã'
			].sort()
		);
	});

	it('asks what section V asks, of whom, by the plan’s days (17:00 the working day before)', () => {
		const [reports, ...rest] = DEMO_REQUESTS;
		expect(reports).toMatchObject({ kind: 'report', units: DEMO_UNITS.map((u) => u.name) });
		expect(reports!.dueAt.toISOString()).toBe('2026-04-21T10:00:00.000Z');
		const speeches = rest.filter((r) => r.kind === 'speech');
		expect(speeches.map((r) => [r.units, r.topic])).toEqual(
			DEMO_SPEECHES.map((s) => [[s.unitName], s.topic])
		);
		expect(speeches.every((r) => r.dueAt.getTime() === reports!.dueAt.getTime())).toBe(true);
		const synthesis = rest.find((r) => r.kind === 'synthesis')!;
		expect(synthesis.units).toEqual(['Phòng Văn hóa - Xã hội']);
		expect(synthesis.dueAt.toISOString()).toBe('2026-04-22T10:00:00.000Z');
		// The plan itself is kept as a document of the Văn phòng's, signed the day the invitations go out.
		expect(
			rest.filter((r) => r.kind === 'plan').map((r) => [r.title, r.units, r.dueAt.toISOString()])
		).toEqual([
			['Kế hoạch tổ chức hội nghị', ['Văn phòng HĐND và UBND xã'], '2026-04-20T10:00:00.000Z']
		]);
		for (const r of DEMO_REQUESTS)
			for (const name of r.units) expect(DEMO_UNITS.map((u) => u.name)).toContain(name);
	});
});
