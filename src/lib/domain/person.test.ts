import { describe, expect, it } from 'vitest';
import { personRole } from './person';

describe('personRole', () => {
	it('says the position, then the organisation', () => {
		expect(personRole({ position: 'Chủ tịch', organisation: 'UBND xã' })).toBe('Chủ tịch, UBND xã');
		expect(personRole({ position: 'Trưởng xóm', organisation: 'Xóm Đồng Tâm' })).toBe(
			'Trưởng xóm, Xóm Đồng Tâm'
		);
	});

	it('says the organisation once when the position already names it, whatever the case', () => {
		expect(personRole({ position: 'Trưởng xóm Nà Mòn', organisation: 'Xóm Nà Mòn' })).toBe(
			'Trưởng xóm Nà Mòn'
		);
		expect(personRole({ position: 'Chủ tịch UBND xã', organisation: 'ubnd xã' })).toBe(
			'Chủ tịch UBND xã'
		);
		expect(
			personRole({
				position: 'Trưởng xóm Nà Mòn'.normalize('NFD'),
				organisation: '  Xóm  Nà Mòn '
			})
		).toBe('Trưởng xóm Nà Mòn'.normalize('NFD'));
	});

	it('matches whole words at the end of the position, accents kept', () => {
		expect(personRole({ position: 'Trưởng xóm Nà Mòn', organisation: 'Xóm Nà' })).toBe(
			'Trưởng xóm Nà Mòn, Xóm Nà'
		);
		expect(personRole({ position: 'Trưởng xóm Na Mon', organisation: 'Xóm Nà Mòn' })).toBe(
			'Trưởng xóm Na Mon, Xóm Nà Mòn'
		);
		expect(personRole({ position: 'Bí thư Chi bộ', organisation: 'Chi bộ xóm Bản Chang' })).toBe(
			'Bí thư Chi bộ, Chi bộ xóm Bản Chang'
		);
		expect(
			personRole({
				position: 'Bí thư Chi bộ xóm Nà Mòn kiêm Trưởng xóm',
				organisation: 'Xóm Nà Mòn'
			})
		).toBe('Bí thư Chi bộ xóm Nà Mòn kiêm Trưởng xóm, Xóm Nà Mòn');
	});

	it('says whichever is there when one is blank', () => {
		expect(personRole({ position: ' Trưởng thôn ', organisation: '' })).toBe('Trưởng thôn');
		expect(personRole({ position: '', organisation: 'Công an xã' })).toBe('Công an xã');
		expect(personRole({ position: null, organisation: null })).toBe('');
	});
});
