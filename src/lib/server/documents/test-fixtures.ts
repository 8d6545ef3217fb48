/** Fixtures and readers shared by the documents' tests. */
import JSZip from 'jszip';
import type { ProceedingsVolume, VolumeDocument } from '$lib/domain/proceedings';
import type { BoardPerson } from '$lib/domain/attendance';

/** A maker of board people in the given groups, each with its own id; `extra` overrides the defaults. */
export function boardPeople(groups: readonly { id: number; name: string }[]) {
	let nextId = 1;
	return (groupId: number, fullName: string, extra: Partial<BoardPerson> = {}): BoardPerson => ({
		id: nextId++,
		fullName,
		position: 'Ủy viên',
		organisation: '',
		phone: null,
		groupId,
		groupName: groups.find((g) => g.id === groupId)!.name,
		reply: 'pending',
		absenceReason: null,
		isWalkIn: false,
		arrivedAt: null,
		method: null,
		device: null,
		...extra
	});
}

const runsText = (xml: string) =>
	[...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Each non-empty paragraph's text, its runs joined as they print. */
export function paragraphTexts(xml: string): string[] {
	return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => runsText(p[0])).filter(Boolean);
}

/** The body's XML and all the page headers' XML of a .docx. */
export async function docxParts(buffer: Buffer) {
	const zip = await JSZip.loadAsync(buffer);
	const headers = await Promise.all(
		Object.keys(zip.files)
			.filter((name) => /^word\/header\d+\.xml$/.test(name))
			.map((name) => zip.file(name)!.async('string'))
	);
	return { xml: await zip.file('word/document.xml')!.async('string'), headers: headers.join('\n') };
}

// ——— The kỷ yếu (proceedings.ts) ———

const WORDS =
	'thực hiện nhiệm vụ chính trị của địa phương bảo đảm tiến độ chất lượng hiệu quả cải cách hành chính chuyển đổi số phục vụ người dân doanh nghiệp kịp thời đầy đủ đúng quy định'.split(
		' '
	);

/** A sentence-like run of Vietnamese words, the same for the same seed. */
function filler(words: number, seed: number): string {
	const out: string[] = [];
	for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 5) % WORDS.length]!);
	const text = out.join(' ');
	return `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}.`;
}

/**
 * A long unit report as the app stores it (sanitised HTML of mammoth's kind): per page a heading,
 * three paragraphs with bold and italic, a nested list, and every third page a table of figures
 * with a header row. About `pages` A4 pages once printed in the kỷ yếu (14 pt Times).
 */
export function longReportHtml(pages: number, title = 'Báo cáo'): string {
	const parts: string[] = [`<h1>${title}</h1>`];
	for (let page = 1; page <= pages; page++) {
		parts.push(`<h2>${page}. Kết quả thực hiện nhiệm vụ ${page}</h2>`);
		for (let p = 0; p < 3; p++) {
			parts.push(
				`<p><strong>${filler(4, page + p)}</strong> ${filler(98, page * 3 + p)} <em>${filler(8, page + 2 * p)}</em> ${filler(30, page + p)}</p>`
			);
		}
		parts.push(
			`<ul><li>${filler(18, page)}</li><li>${filler(14, page + 1)}<ol><li>${filler(10, page + 2)}</li><li>${filler(10, page + 3)}</li></ol></li><li>${filler(16, page + 4)}</li></ul>`
		);
		if (page % 3 === 0) {
			const rows = Array.from(
				{ length: 5 },
				(_, r) =>
					`<tr><td><p>Chỉ tiêu ${r + 1}</p></td><td><p>${10 * r + page}</p></td><td><p>${12 * r + page}</p></td></tr>`
			);
			parts.push(
				`<table><thead><tr><th><p><strong>Chỉ tiêu</strong></p></th><th><p><strong>Kế hoạch</strong></p></th><th><p><strong>Thực hiện</strong></p></th></tr></thead><tbody>${rows.join('')}</tbody></table>`
			);
		}
	}
	return parts.join('');
}

/** A document of the kỷ yếu; `content` and the rest as given. */
export function volumeDocument(
	submissionId: number,
	extra: Partial<VolumeDocument> = {}
): VolumeDocument {
	return {
		submissionId,
		versionId: 100 + submissionId,
		version: 1,
		kind: 'report',
		title: `Báo cáo số ${submissionId}`,
		unitName: `Đơn vị ${submissionId}`,
		speaker: null,
		submittedAt: '2026-04-21T09:05:00.000Z',
		late: false,
		fileName: `bao-cao-${submissionId}.docx`,
		fileKind: 'docx',
		size: 20_000,
		sha256: '0'.repeat(64),
		published: true,
		originalUrl: `https://hoinghi.example/f/${100 + submissionId}/token${submissionId}`,
		content: { kind: 'html', html: `<p>Nội dung tài liệu ${submissionId}.</p>` },
		...extra
	};
}

/**
 * A whole kỷ yếu: the plan, the programme, `reports` (by default a synthesized report of 3 pages,
 * a PDF's text and a scan), one tham luận with a table, the finalized minutes and the attendance.
 */
export function volumeFixture(
	o: { reports?: VolumeDocument[]; minutes?: boolean } = {}
): ProceedingsVolume {
	const reports = o.reports ?? [
		volumeDocument(11, {
			kind: 'synthesis',
			title: 'Báo cáo tổng hợp',
			unitName: 'UBND xã Bình Thành',
			version: 2,
			content: { kind: 'html', html: longReportHtml(3, 'Tổng hợp') }
		}),
		volumeDocument(12, {
			title: 'Báo cáo của Công an xã',
			unitName: 'Công an xã',
			fileName: 'cong-an.pdf',
			fileKind: 'pdf',
			content: { kind: 'text', text: 'Dòng thứ nhất của bản PDF.\nDòng thứ hai của bản PDF.' }
		}),
		volumeDocument(13, {
			title: 'Báo cáo của Trạm Y tế',
			unitName: 'Trạm Y tế xã',
			fileName: 'tram-y-te.pdf',
			fileKind: 'pdf',
			content: { kind: 'scanned' }
		})
	];
	return {
		conference: {
			title: 'Hội nghị sơ kết 01 năm thực hiện chính quyền địa phương 02 cấp',
			subject: 'Sơ kết 01 năm hoạt động của chính quyền địa phương 02 cấp',
			place: 'Hội trường UBND xã Bình Thành',
			startsAt: '2026-04-24T01:00:00.000Z',
			issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
			parentBody: null,
			locality: 'Bình Thành'
		},
		parts: [
			{
				key: 'plan',
				label: 'I.',
				title: 'Kế hoạch tổ chức hội nghị',
				documents: [
					volumeDocument(10, {
						kind: 'plan',
						title: 'Kế hoạch tổ chức hội nghị sơ kết',
						unitName: 'Văn phòng HĐND và UBND xã'
					})
				]
			},
			{
				key: 'programme',
				label: 'II.',
				title: 'Chương trình hội nghị',
				rows: [
					{
						position: 1,
						title: 'Khai mạc hội nghị',
						presenter: 'Đ/c Nguyễn Anh Tấn',
						plannedStart: '2026-04-24T01:00:00.000Z',
						plannedSeconds: 300,
						actualStart: '2026-04-24T01:04:00.000Z',
						spokenMs: 400_000
					},
					{
						position: 2,
						title: 'Báo cáo tổng hợp',
						presenter: 'Đ/c Đặng Thị Thu Hà',
						plannedStart: '2026-04-24T01:05:00.000Z',
						plannedSeconds: 1200,
						actualStart: null,
						spokenMs: null
					}
				]
			},
			{ key: 'reports', label: 'III.', title: 'Báo cáo', documents: reports },
			{
				key: 'speeches',
				label: 'IV.',
				title: 'Tham luận',
				documents: [
					volumeDocument(20, {
						kind: 'speech',
						title: 'Tham luận: Chuyển đổi số ở thôn',
						unitName: 'Đoàn Thanh niên xã',
						speaker: 'Đ/c Lê Văn Bình, Bí thư Đoàn',
						content: {
							kind: 'html',
							html: '<h1>1. Kết quả</h1><p>Đã có <strong>1.250</strong> tài khoản.</p><table><thead><tr><th><p>Chỉ tiêu</p></th><th><p>Số</p></th></tr></thead><tbody><tr><td><p>Tài khoản định danh</p></td><td><p>1.250</p></td></tr></tbody></table>'
						}
					})
				]
			},
			{
				key: 'minutes',
				label: 'V.',
				title: 'Thông báo kết luận và biên bản hội nghị',
				minutes:
					o.minutes === false
						? null
						: {
								revision: 3,
								finalizedAt: '2026-04-24T04:30:00.000Z',
								minutesNumber: '12/BB-UBND',
								conclusionNumber: '45/TB-UBND',
								conclusions: [
									'Giao Văn phòng hoàn thiện báo cáo',
									'Các thôn đẩy mạnh chuyển đổi số'
								],
								sections: [
									{
										key: 'start',
										heading: 'Thời gian bắt đầu',
										data: '08 giờ 04 phút, ngày 24 tháng 4 năm 2026',
										text: null,
										missing: null
									},
									{
										key: 'item:1',
										heading: '1. Khai mạc hội nghị',
										data: 'Đ/c Nguyễn Anh Tấn khai mạc hội nghị.',
										text: null,
										missing: null
									},
									{
										key: 'conclusions',
										heading: 'Kết luận của chủ tọa',
										data: '1. Giao Văn phòng hoàn thiện báo cáo',
										text: null,
										missing: null
									}
								]
							}
			},
			{
				key: 'attendance',
				label: 'Phụ lục',
				title: 'Danh sách đại biểu tham dự',
				groups: [
					{
						name: 'Lãnh đạo UBND xã',
						people: [
							{
								fullName: 'Nguyễn Anh Tấn',
								position: 'Chủ tịch',
								organisation: 'UBND xã',
								groupName: 'Lãnh đạo UBND xã',
								arrivedAt: '2026-04-24T00:42:00.000Z',
								isWalkIn: false
							},
							{
								fullName: 'Trần Văn Hải',
								position: 'Phó Chủ tịch',
								organisation: 'UBND xã',
								groupName: 'Lãnh đạo UBND xã',
								arrivedAt: null,
								isWalkIn: false
							}
						]
					}
				]
			}
		]
	};
}
