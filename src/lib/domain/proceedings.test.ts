import { describe, expect, it } from 'vitest';
import {
	applyChoice,
	DEFAULT_CHOICE,
	partLabels,
	PART_TITLES,
	PROCEEDINGS_PARTS,
	type OutlineDocument,
	type OutlinePart,
	type ProceedingsPart
} from './proceedings';
import { proceedingsChoiceSchema } from './proceedings-schema';

const doc = (submissionId: number, unitName: string): OutlineDocument => ({
	submissionId,
	versionId: submissionId * 10,
	version: 1,
	title: 'Báo cáo sơ kết',
	unitName,
	speaker: null,
	submittedAt: '2026-04-20T02:00:00.000Z',
	published: true,
	contentKind: 'html',
	// Deliberately wrong: applyChoice must not read it.
	included: false
});

/** The default outline: the synthesis (11) first, then three units' reports; two tham luận. */
function outline(): OutlinePart[] {
	const documents: Partial<Record<ProceedingsPart, OutlineDocument[]>> = {
		plan: [doc(1, 'Văn phòng HĐND và UBND xã')],
		reports: [
			doc(11, 'Phòng Văn hóa - Xã hội'),
			doc(12, 'Công an xã'),
			doc(13, 'Ban Chỉ huy Quân sự xã'),
			doc(14, 'Trạm Y tế xã')
		],
		speeches: [doc(21, 'Đoàn Thanh niên'), doc(22, 'Hội Liên hiệp Phụ nữ')]
	};
	return PROCEEDINGS_PARTS.map((key) => ({
		key,
		title: PART_TITLES[key],
		included: false,
		documents: documents[key] ?? [],
		status: null
	}));
}

const ids = (parts: OutlinePart[], key: ProceedingsPart) =>
	parts.find((p) => p.key === key)!.documents.map((d) => d.submissionId);
const ticked = (parts: OutlinePart[], key: ProceedingsPart) =>
	parts
		.find((p) => p.key === key)!
		.documents.filter((d) => d.included)
		.map((d) => d.submissionId);

describe('the outline order of the volume', () => {
	it('holds every part and document in the default order when nothing was chosen', () => {
		const parts = applyChoice(outline(), DEFAULT_CHOICE);
		expect(parts.map((p) => [p.key, p.included])).toEqual(PROCEEDINGS_PARTS.map((k) => [k, true]));
		expect(ids(parts, 'reports')).toEqual([11, 12, 13, 14]);
		expect(ticked(parts, 'reports')).toEqual([11, 12, 13, 14]);
		expect([...partLabels(parts)]).toEqual([
			['plan', 'I.'],
			['programme', 'II.'],
			['reports', 'III.'],
			['speeches', 'IV.'],
			['minutes', 'V.'],
			['attendance', 'Phụ lục']
		]);
	});

	it('numbers the parts again when one is left out, the appendix staying "Phụ lục"', () => {
		const parts = applyChoice(outline(), { ...DEFAULT_CHOICE, omittedParts: ['plan', 'minutes'] });
		expect(parts.find((p) => p.key === 'plan')!.included).toBe(false);
		expect([...partLabels(parts)]).toEqual([
			['programme', 'I.'],
			['reports', 'II.'],
			['speeches', 'III.'],
			['attendance', 'Phụ lục']
		]);
	});

	it('reorders within a part and leaves out the unticked documents', () => {
		const parts = applyChoice(outline(), {
			omittedParts: [],
			omittedDocuments: [12, 22],
			order: { reports: [13, 11, 14, 12], speeches: [22, 21] }
		});
		expect(ids(parts, 'reports')).toEqual([13, 11, 14, 12]);
		expect(ticked(parts, 'reports')).toEqual([13, 11, 14]);
		expect(ids(parts, 'speeches')).toEqual([22, 21]);
		expect(ticked(parts, 'speeches')).toEqual([21]);
		// Another part's order does not leak into this one.
		expect(ids(parts, 'plan')).toEqual([1]);
	});

	it('puts a document submitted after the choice was saved at the end of its part, in the default order', () => {
		// The choice knew 12 and 14 only; 11 and 13 came later.
		const parts = applyChoice(outline(), { ...DEFAULT_CHOICE, order: { reports: [14, 12] } });
		expect(ids(parts, 'reports')).toEqual([14, 12, 11, 13]);
		expect(ticked(parts, 'reports')).toEqual([14, 12, 11, 13]);
	});

	it('ignores ids in the choice that are no longer there', () => {
		const parts = applyChoice(outline(), {
			omittedParts: [],
			omittedDocuments: [99],
			order: { reports: [99, 13, 98, 13] }
		});
		expect(ids(parts, 'reports')).toEqual([13, 11, 12, 14]);
		expect(ticked(parts, 'reports')).toEqual([13, 11, 12, 14]);
	});

	it('does not change the outline it is given', () => {
		const before = outline();
		applyChoice(before, { ...DEFAULT_CHOICE, omittedParts: ['reports'], order: { reports: [14] } });
		expect(before).toEqual(outline());
	});

	it('reads an empty stored choice as the default', () => {
		expect(proceedingsChoiceSchema.parse({})).toEqual(DEFAULT_CHOICE);
	});
});
