import { describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_UNITS, demoDelegates } from './binh-thanh';

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
		expect(delegates.find((d) => d.fullName === 'Nguyễn Anh Tấn')?.position).toBe('Chủ tịch UBND xã');
	});

	it('lists the six units of the DANH SÁCH with their tham luận topics', () => {
		const speaking = DEMO_UNITS.filter((u) => u.speechTopic);
		expect(speaking.map((u) => u.name).sort()).toEqual(
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
});
