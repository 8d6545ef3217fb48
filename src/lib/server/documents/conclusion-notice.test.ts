import { beforeAll, describe, expect, it } from 'vitest';
import {
	NoConclusionsError,
	buildConclusionNoticeDocx,
	type ConclusionNoticeInput
} from './conclusion-notice';
import { docxParts, paragraphTexts } from './test-fixtures';

const INPUT: ConclusionNoticeInput = {
	conference: {
		title: 'Hội nghị sơ kết 01 năm thực hiện chính quyền địa phương 02 cấp',
		place: 'Hội trường lớn UBND xã Bình Thành',
		parentBody: null,
		issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
		locality: 'Bình Thành',
		chairName: 'Nguyễn Anh Tấn',
		chairTitle: 'Chủ tịch UBND xã',
		signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
		signerTitle: 'CHỦ TỊCH',
		signerName: 'Nguyễn Anh Tấn',
		conclusionNumber: '45/TB-UBND'
	},
	// 01:05 UTC: the Vietnam day is printed, whatever the server's zone.
	meetingAt: new Date('2026-04-24T08:05:00+07:00'),
	issuedOn: new Date('2026-04-27T00:30:00+07:00'),
	attendeesLine:
		'Tham dự hội nghị có 92/100 đại biểu được mời, gồm: Thường trực Đảng ủy, lãnh đạo UBND xã, các trưởng thôn.',
	conclusions: [
		'Giao Văn phòng HĐND và UBND xã hoàn thiện báo cáo sơ kết, trình trước ngày 30/4/2026',
		'Giao công chức Địa chính - Xây dựng khảo sát, đề xuất nâng cấp đường liên thôn Đồng Tiến.',
		'Các thôn đẩy mạnh chuyển đổi số, hướng dẫn người dân sử dụng dịch vụ công trực tuyến'
	],
	recipients: [
		'Thường trực Đảng ủy',
		'Các ban, ngành, đoàn thể xã',
		'Trưởng các thôn',
		'Lưu: VT, VP'
	]
};

const paragraphsOf = async (buffer: Buffer) => paragraphTexts((await docxParts(buffer)).xml);

describe('thông báo kết luận (.docx)', () => {
	let paras: string[];
	beforeAll(async () => {
		paras = await paragraphsOf(await buildConclusionNoticeDocx(INPUT));
	});

	it('carries the full header: issuer, Số: …/TB-UBND, Quốc hiệu and the place-date line of its issue', () => {
		expect(paras.slice(0, 6)).toEqual([
			'ỦY BAN NHÂN DÂN',
			'XÃ BÌNH THÀNH',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Số: 45/TB-UBND',
			'Bình Thành, ngày 27 tháng 4 năm 2026'
		]);
	});

	it('leaves room for the number when it has none', async () => {
		const blank = await paragraphsOf(
			await buildConclusionNoticeDocx({
				...INPUT,
				conference: { ...INPUT.conference, conclusionNumber: ' ' }
			})
		);
		expect(blank).toContain('Số:       /TB-UBND');
	});

	it('is titled THÔNG BÁO with the trích yếu naming the chair and the meeting', () => {
		const title = paras.indexOf('THÔNG BÁO');
		expect(title).toBeGreaterThan(paras.indexOf('Số: 45/TB-UBND'));
		expect(paras[title + 1]).toBe(
			'Kết luận của Chủ tịch UBND xã tại Hội nghị sơ kết 01 năm thực hiện chính quyền địa phương 02 cấp'
		);
	});

	it('opens with when, where, who chaired and who attended, then the conclusions as numbered points', () => {
		const title = paras.indexOf('THÔNG BÁO');
		expect(paras.slice(title + 2, title + 7)).toEqual([
			'Ngày 24 tháng 4 năm 2026, tại Hội trường lớn UBND xã Bình Thành, đồng chí Nguyễn Anh Tấn, Chủ tịch UBND xã chủ trì Hội nghị sơ kết 01 năm thực hiện chính quyền địa phương 02 cấp. Tham dự hội nghị có 92/100 đại biểu được mời, gồm: Thường trực Đảng ủy, lãnh đạo UBND xã, các trưởng thôn.',
			'Sau khi nghe các báo cáo, tham luận và ý kiến phát biểu của đại biểu, đồng chí Chủ tịch UBND xã kết luận như sau:',
			'1. Giao Văn phòng HĐND và UBND xã hoàn thiện báo cáo sơ kết, trình trước ngày 30/4/2026.',
			'2. Giao công chức Địa chính - Xây dựng khảo sát, đề xuất nâng cấp đường liên thôn Đồng Tiến.',
			'3. Các thôn đẩy mạnh chuyển đổi số, hướng dẫn người dân sử dụng dịch vụ công trực tuyến./.'
		]);
	});

	it('is signed for the issuing body, with Nơi nhận ending "- Lưu: VT, VP."', () => {
		const signer = paras.indexOf('TM. ỦY BAN NHÂN DÂN');
		expect(signer).toBeGreaterThan(paras.indexOf('Nơi nhận:'));
		expect(paras.slice(signer, signer + 3)).toEqual([
			'TM. ỦY BAN NHÂN DÂN',
			'CHỦ TỊCH',
			'Nguyễn Anh Tấn'
		]);
		expect(paras.slice(paras.indexOf('Nơi nhận:') + 1, signer)).toEqual([
			'- Thường trực Đảng ủy;',
			'- Các ban, ngành, đoàn thể xã;',
			'- Trưởng các thôn;',
			'- Lưu: VT, VP.'
		]);
	});

	it('adds the archive line to Nơi nhận when it was not given', async () => {
		const own = await paragraphsOf(
			await buildConclusionNoticeDocx({ ...INPUT, recipients: ['Trưởng các thôn'] })
		);
		expect(own.slice(own.indexOf('Nơi nhận:') + 1, own.indexOf('TM. ỦY BAN NHÂN DÂN'))).toEqual([
			'- Trưởng các thôn;',
			'- Lưu: VT, VP.'
		]);
	});

	it('refuses a notice without conclusions, with a message the secretary can act on', async () => {
		for (const conclusions of [[], ['', '  ']]) {
			const attempt = buildConclusionNoticeDocx({ ...INPUT, conclusions });
			await expect(attempt).rejects.toBeInstanceOf(NoConclusionsError);
			await expect(attempt).rejects.toThrow(
				'Chưa có kết luận của chủ tọa: hãy ghi kết luận trong biên bản trước khi lập thông báo.'
			);
		}
	});
});
