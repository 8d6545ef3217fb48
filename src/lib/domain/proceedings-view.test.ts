import { describe, expect, it } from 'vitest';
import { PART_TITLES, partLabels } from './proceedings';
import { partHeading } from './proceedings-view';

describe('partHeading', () => {
	it('reads as the printed contents: numeral and title, the appendix with a colon', () => {
		const labels = partLabels([
			{ key: 'plan', included: false },
			{ key: 'programme', included: true },
			{ key: 'reports', included: true },
			{ key: 'attendance', included: true }
		]);
		expect(partHeading(labels.get('programme'), PART_TITLES.programme)).toBe(
			'I. Chương trình hội nghị'
		);
		expect(partHeading(labels.get('reports'), PART_TITLES.reports)).toBe('II. Báo cáo');
		expect(partHeading(labels.get('attendance'), PART_TITLES.attendance)).toBe(
			'Phụ lục: Danh sách đại biểu tham dự'
		);
	});

	it('a part left out has no numeral', () => {
		expect(partHeading(undefined, PART_TITLES.plan)).toBe('Kế hoạch tổ chức hội nghị');
	});
});
