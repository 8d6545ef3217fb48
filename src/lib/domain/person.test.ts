import { describe, expect, it } from 'vitest';
import { personRole } from './person';

/** [position, organisation, what is said] */
type Case = [string | null, string | null, string];

const says = (cases: Case[]) => {
	for (const [position, organisation, said] of cases)
		expect(personRole({ position, organisation })).toBe(said);
};

describe('personRole', () => {
	it('says the position, then the organisation', () =>
		says([
			['Chủ tịch', 'UBND xã', 'Chủ tịch, UBND xã'],
			['Trưởng xóm', 'Xóm Đồng Tâm', 'Trưởng xóm, Xóm Đồng Tâm']
		]));

	it('says the organisation once when the position already ends with it, whatever the case', () =>
		says([
			['Trưởng xóm Nà Mòn', 'Xóm Nà Mòn', 'Trưởng xóm Nà Mòn'],
			['Chủ tịch UBND xã', 'ubnd xã', 'Chủ tịch UBND xã'],
			['Trưởng xóm Nà Mòn'.normalize('NFD'), '  Xóm  Nà Mòn ', 'Trưởng xóm Nà Mòn'.normalize('NFD')]
		]));

	it('matches whole words at the end of the position, accents kept', () =>
		says([
			['Trưởng xóm Nà Mòn', 'Xóm Nà', 'Trưởng xóm Nà Mòn, Xóm Nà'],
			['Trưởng xóm Na Mon', 'Xóm Nà Mòn', 'Trưởng xóm Na Mon, Xóm Nà Mòn'],
			['Bí thư Chi bộ', 'Chi bộ xóm Bản Chang', 'Bí thư Chi bộ, Chi bộ xóm Bản Chang'],
			[
				'Bí thư Chi bộ xóm Nà Mòn kiêm Trưởng xóm',
				'Xóm Nà Mòn',
				'Bí thư Chi bộ xóm Nà Mòn kiêm Trưởng xóm, Xóm Nà Mòn'
			]
		]));

	it('says whichever is there when one is blank', () =>
		says([
			[' Trưởng thôn ', '', 'Trưởng thôn'],
			['', 'Công an xã', 'Công an xã'],
			[null, null, '']
		]));
});
