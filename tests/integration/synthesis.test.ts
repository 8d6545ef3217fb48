// The báo cáo tổng hợp on the built app with the demo data: two more units send real .docx
// reports through their upload links, each outlined its own way (bold "I." paragraphs as Word
// gives them without heading styles; Word headings numbered "1." to "5."), beside the Văn
// phòng's seed-004 report the demo already holds. The coverage page shows who left which section
// empty; the draft holds every unit's passage under the right section, labelled by the unit.
import { createHash } from 'node:crypto';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import {
	conference,
	documentRequest,
	documentRequestUnit,
	submission,
	submissionVersion,
	unit
} from '$lib/server/db/schema';
import { gatherUnitReports, synthesisView } from '$lib/server/proceedings/synthesis';
import { unitTokenOf } from '$lib/server/units';
import { docxParts, paragraphTexts } from '$lib/server/documents/test-fixtures';
import { NOBODY_WROTE } from '$lib/server/documents/synthesis';
import { signIn, startTestApp } from './app-client';
import { docxText } from './docx-text';
import { createSeededContext } from './test-db';

const OFFICE = 'Văn phòng HĐND và UBND xã';
const ECONOMY = 'Phòng Kinh tế';
const POLICE = 'Công an xã';
const REPORT_REQUEST = 'Báo cáo sơ kết 01 năm của đơn vị';

const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const docxOf = async (children: Paragraph[]): Promise<Uint8Array<ArrayBuffer>> =>
	new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));

/** Phòng Kinh tế: typed without heading styles, parts as bold "I." paragraphs, no III and IV, a part VI the outline lacks. */
const economyReport = (digital: string) =>
	docxOf([
		bold('UBND XÃ BÌNH THÀNH'),
		bold('BÁO CÁO'),
		bold('Sơ kết 01 năm hoạt động của Phòng Kinh tế'),
		plain('Phòng Kinh tế báo cáo kết quả như sau:'),
		bold('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
		plain('Phòng Kinh tế đã quán triệt Kế hoạch tới toàn thể công chức.'),
		bold('II - Kết quả đạt được'),
		plain('Phòng hoàn thành 95% chỉ tiêu kinh tế năm 2025.'),
		bold('1. Chuyển đổi số'),
		plain(digital),
		bold('VI. TỔ CHỨC THỰC HIỆN'),
		plain('Phòng Kinh tế giao từng công chức theo dõi tiến độ.'),
		bold('V. KIẾN NGHỊ, ĐỀ XUẤT'),
		plain('Đề nghị tỉnh hỗ trợ kinh phí hạ tầng thủy lợi.'),
		new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true })] }),
		plain('- Lưu: VT.')
	]);

/** Công an xã: Word headings, numbered "1." to "5." with no Roman numerals, nothing on chuyển đổi số. */
const policeReport = () =>
	docxOf([
		new Paragraph({
			heading: HeadingLevel.HEADING_1,
			text: '1. Công tác lãnh đạo, chỉ đạo, điều hành'
		}),
		plain('Công an xã đã quán triệt nghị quyết tới cán bộ, chiến sĩ.'),
		new Paragraph({ heading: HeadingLevel.HEADING_1, text: '2. Kết quả thực hiện nhiệm vụ' }),
		new Paragraph({
			heading: HeadingLevel.HEADING_2,
			text: '2.1. Tác động đối với quốc phòng, an ninh'
		}),
		plain('Giữ vững an ninh chính trị, không để xảy ra điểm nóng.'),
		new Paragraph({ heading: HeadingLevel.HEADING_1, text: '3. Bài học kinh nghiệm' }),
		plain('Bám sát địa bàn, dựa vào Nhân dân.')
	]);

describe('the báo cáo tổng hợp (built app)', () => {
	let app: Awaited<ReturnType<typeof startTestApp>>;
	const cookies: Record<string, string> = {};
	const unitIds: Record<string, number> = {};
	const PAGE = '/admin/proceedings/synthesis';
	const DRAFT = '/admin/proceedings/bao-cao-tong-hop.docx';

	const get = (path: string, cookie?: string) =>
		fetch(`${app.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

	/** A unit sends a file through its own link, as the upload page's XMLHttpRequest does. */
	async function upload(unitName: string, bytes: Uint8Array<ArrayBuffer>) {
		const token = unitTokenOf({ id: unitIds[unitName]!, uploadTokenVersion: 1 });
		const page = await (await get(`/u/${token}`)).text();
		const requestId = new RegExp(`id="request-(\\d+)"[^>]*>${REPORT_REQUEST}<`).exec(page)?.[1];
		expect(requestId, `${unitName} is asked for the report`).toBeDefined();
		const res = await fetch(`${app.url}/u/${token}/upload?request=${requestId}`, {
			method: 'POST',
			headers: {
				origin: app.url,
				'content-type': 'application/octet-stream',
				'x-file-name': encodeURIComponent(`Báo cáo ${unitName}.docx`)
			},
			body: bytes
		});
		expect(res.status, await res.clone().text()).toBe(200);
		return (await res.json()) as { receipt: { version: number; extraction: string } };
	}

	beforeAll(async () => {
		app = await startTestApp();
		for (const who of ['thuky', 'chutich', 'diemdanh']) cookies[who] = await signIn(app.url, who);
		const units = await (await get('/admin/units', cookies.thuky)).text();
		for (const m of units.matchAll(/id="unit-(\d+)"[\s\S]*?<h2[^>]*>([^<]+)<\/h2>/g))
			unitIds[m[2]!] = Number(m[1]);
		expect(Object.keys(unitIds)).toEqual(expect.arrayContaining([OFFICE, ECONOMY, POLICE]));

		// Phòng Kinh tế sends twice: only the latest version counts.
		expect(
			(await upload(ECONOMY, await economyReport('BẢN CŨ: chưa có số liệu.'))).receipt.version
		).toBe(1);
		expect(
			(await upload(ECONOMY, await economyReport('Phòng Kinh tế số hóa 1.200 hồ sơ đất đai.')))
				.receipt
		).toMatchObject({ version: 2, extraction: 'text' });
		expect((await upload(POLICE, await policeReport())).receipt.version).toBe(1);
	}, 120_000);
	afterAll(() => app?.stop());

	it('shows the coverage: each cell the length written, the empty ones in red with a word, and who left what empty', async () => {
		const res = await get(PAGE, cookies.thuky);
		expect(res.status).toBe(200);
		const html = await res.text();
		const cell = (unit: string, section: string) => {
			const m = new RegExp(
				`<td class="([^"]*)" data-cell="${unitIds[unit]}:${section}"[^>]*>([^<]*)</td>`
			).exec(html);
			expect(m, `${unit} × ${section}`).not.toBeNull();
			// Svelte adds its scoping class to styled elements: only the page's own classes count.
			return {
				classes: m![1]!.split(' ').filter((c) => !c.startsWith('svelte-')),
				text: m![2]!.trim()
			};
		};
		// Chuyển đổi số: the Văn phòng (seed 004) and Phòng Kinh tế wrote on it, Công an xã did not.
		expect(cell(POLICE, 'ket-qua-chuyen-doi-so')).toEqual({
			classes: ['num', 'empty'],
			text: 'Trống'
		});
		expect(cell(ECONOMY, 'ket-qua-chuyen-doi-so')).toEqual({
			classes: ['num'],
			text: String('Phòng Kinh tế số hóa 1.200 hồ sơ đất đai.'.length)
		});
		expect(Number(cell(OFFICE, 'ket-qua-chuyen-doi-so').text.replace(/\./g, ''))).toBeGreaterThan(
			500
		);
		// Công an xã wrote III; Phòng Kinh tế left III and IV out.
		expect(cell(POLICE, 'bai-hoc').text).toBe(String('Bám sát địa bàn, dựa vào Nhân dân.'.length));
		expect(cell(ECONOMY, 'bai-hoc').text).toBe('Trống');
		expect(cell(ECONOMY, 'giai-phap').text).toBe('Trống');
		// Part VI of Phòng Kinh tế is "Chưa xếp mục", not a gap of anyone.
		expect(cell(ECONOMY, 'chua-xep-muc')).toEqual({
			classes: ['num'],
			text: String('Phòng Kinh tế giao từng công chức theo dõi tiến độ.'.length)
		});
		expect(cell(POLICE, 'chua-xep-muc')).toEqual({ classes: ['num'], text: '0' });
		// A unit that sent nothing is said so, not counted as zeros.
		expect(html).toMatch(
			/Phòng Văn hóa - Xã hội\s*(<!--[^>]*-->)?<span class="badge off[^"]*">Chưa gửi báo cáo<\/span>/
		);
		expect(cell('Phòng Văn hóa - Xã hội', 'bai-hoc').text).toBe('—');
		expect(html).toContain(`1 đơn vị chưa viết mục Chuyển đổi số: ${POLICE}.`);
		expect(html).toContain(
			`2 đơn vị chưa viết mục Giải pháp, phương hướng: ${ECONOMY}, ${POLICE}.`
		);
		expect(html).toContain('4 đơn vị chưa gửi báo cáo:');
		expect(html).toContain('href="/admin/proceedings/bao-cao-tong-hop.docx"');
		expect(html).toContain('Tải dự thảo báo cáo tổng hợp (.docx)');
		expect(html).toContain('href="/admin/proceedings"');
	});

	it('gathers each unit’s passages under the right section of the draft, labelled by the unit, the unmatched under "Chưa xếp mục"', async () => {
		const res = await get(DRAFT, cookies.thuky);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		expect(res.headers.get('content-disposition')).toContain(
			encodeURIComponent('Dự thảo báo cáo tổng hợp.docx')
		);
		const bytes = new Uint8Array(await res.arrayBuffer());
		const text = await docxText(bytes);
		expect(text).toContain('BÁO CÁO (DỰ THẢO)');
		expect(text).not.toContain('BẢN CŨ');

		const p = paragraphTexts((await docxParts(Buffer.from(bytes))).xml);
		const at = (t: string, from = 0) => {
			const i = p.indexOf(t, from);
			expect(i, t).toBeGreaterThanOrEqual(0);
			return i;
		};
		/** The passages under a heading, up to the next outline heading. */
		const under = (heading: string, next: string) =>
			p.slice(at(heading) + 1, at(next, at(heading)));

		const partI = under(
			'I. CÔNG TÁC QUÁN TRIỆT, LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH',
			'II. KẾT QUẢ SAU 01 NĂM VẬN HÀNH'
		);
		// In unit order, each after its label.
		expect(
			partI.filter((t) => t.endsWith(':') && [OFFICE, ECONOMY, POLICE].includes(t.slice(0, -1)))
		).toEqual([`${OFFICE}:`, `${ECONOMY}:`, `${POLICE}:`]);
		expect(partI[partI.indexOf(`${ECONOMY}:`) + 1]).toBe(
			'Phòng Kinh tế đã quán triệt Kế hoạch tới toàn thể công chức.'
		);
		expect(partI[partI.indexOf(`${POLICE}:`) + 1]).toBe(
			'Công an xã đã quán triệt nghị quyết tới cán bộ, chiến sĩ.'
		);
		expect(partI).toContain(
			'Văn phòng có tổng số: 08 người. Trong đó có 01 Chánh Văn phòng, 01 Phó Chánh Văn phòng, 03 chuyên viên; 03 cán bộ hợp đồng theo Nghị định 173 và 111. Trình độ chuyên môn Đại học: 07 người; cao đẳng: 01 người.'
		);

		const digital = under(
			'7. Hạ tầng công nghệ, chuyển đổi số và số hóa hồ sơ, tài liệu',
			'8. Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị'
		);
		expect(
			digital.slice(digital.indexOf(`${ECONOMY}:`), digital.indexOf(`${ECONOMY}:`) + 3)
		).toEqual([`${ECONOMY}:`, '1. Chuyển đổi số', 'Phòng Kinh tế số hóa 1.200 hồ sơ đất đai.']);
		expect(digital).toContain(`${OFFICE}:`);
		expect(digital).not.toContain(`${POLICE}:`);

		const impact = under(
			'9. Tác động đối với phát triển kinh tế - xã hội, quốc phòng, an ninh',
			'III. BÀI HỌC KINH NGHIỆM'
		);
		expect(impact.slice(impact.indexOf(`${POLICE}:`))).toEqual([
			`${POLICE}:`,
			'2.1. Tác động đối với quốc phòng, an ninh',
			'Giữ vững an ninh chính trị, không để xảy ra điểm nóng.'
		]);

		const lessons = under(
			'III. BÀI HỌC KINH NGHIỆM',
			'IV. GIẢI PHÁP, PHƯƠNG HƯỚNG GIAI ĐOẠN 2026–2030'
		);
		expect(lessons.slice(-2)).toEqual([`${POLICE}:`, 'Bám sát địa bàn, dựa vào Nhân dân.']);
		expect(lessons).not.toContain(`${ECONOMY}:`);

		const proposals = under('V. KIẾN NGHỊ, ĐỀ XUẤT', 'CHƯA XẾP MỤC');
		expect(
			proposals.slice(proposals.indexOf(`${ECONOMY}:`), proposals.indexOf(`${ECONOMY}:`) + 2)
		).toEqual([`${ECONOMY}:`, 'Đề nghị tỉnh hỗ trợ kinh phí hạ tầng thủy lợi.']);
		// Nơi nhận and the signature of a unit's report stay out.
		expect(proposals).not.toContain('- Lưu: VT.');
		expect(proposals.join('\n')).not.toContain('Đinh Văn Chinh');

		// "Chưa xếp mục" comes last, with Phòng Kinh tế's part VI and nobody else.
		const unsorted = p.slice(at('CHƯA XẾP MỤC') + 1);
		expect(unsorted.slice(0, 3)).toEqual([
			`${ECONOMY}:`,
			'VI. TỔ CHỨC THỰC HIỆN',
			'Phòng Kinh tế giao từng công chức theo dõi tiến độ.'
		]);
		expect(unsorted.filter((t) => t === `${OFFICE}:` || t === `${POLICE}:`)).toEqual([]);

		// A content nobody wrote says so; the title and opening sentence of a report are in no section.
		expect(p[at('1. Về công tác lãnh đạo, chỉ đạo, điều hành và tổ chức thực hiện') + 1]).toBe(
			NOBODY_WROTE
		);
		expect(p).not.toContain('Phòng Kinh tế báo cáo kết quả như sau:');
		expect(p).not.toContain('Sơ kết 01 năm hoạt động của Phòng Kinh tế');
	});

	it('is for the secretariat only: signed out goes to the login, the chair and the door staff are refused', async () => {
		for (const path of [PAGE, DRAFT]) {
			const out = await get(path);
			expect(out.status, path).toBe(303);
			expect(out.headers.get('location')).toMatch(/^\/login\?redirect=/);
			expect((await get(path, cookies.chutich)).status, path).toBe(403);
			expect((await get(path, cookies.diemdanh)).status, path).toBe(403);
		}
	});
});

describe('which reports the báo cáo tổng hợp reads (server modules)', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	let conferenceId: number;
	let unitId: (name: string) => number;
	let reportRequest: number;

	/** A version as the store writes it, with the extraction's outcome given. */
	async function version(
		requestId: number,
		unitName: string,
		v: {
			fileKind: 'docx' | 'pdf';
			extraction: 'text' | 'scanned' | 'failed';
			text?: string;
			html?: string;
		}
	) {
		const [existing] = await db
			.select({ id: submission.id })
			.from(submission)
			.where(and(eq(submission.requestId, requestId), eq(submission.unitId, unitId(unitName))));
		const submissionId =
			existing?.id ??
			(
				await db
					.insert(submission)
					.values({ requestId, unitId: unitId(unitName) })
					.returning({ id: submission.id })
			)[0]!.id;
		const bytes = new TextEncoder().encode(`${unitName}-${v.text ?? v.html ?? v.extraction}`);
		await db.insert(submissionVersion).values({
			submissionId,
			version: 1,
			fileName: `Báo cáo.${v.fileKind}`,
			fileKind: v.fileKind,
			size: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			bytes,
			late: false,
			extraction: v.extraction,
			text: v.text ?? '',
			html: v.html ?? ''
		});
	}

	beforeAll(async () => {
		({ db, dispose, conferenceId } = await createSeededContext());
		const units = await db
			.select({ id: unit.id, name: unit.name })
			.from(unit)
			.where(eq(unit.conferenceId, conferenceId));
		unitId = (name) => units.find((u) => u.name === name)!.id;
		[{ id: reportRequest }] = (await db
			.select({ id: documentRequest.id })
			.from(documentRequest)
			.where(
				and(eq(documentRequest.conferenceId, conferenceId), eq(documentRequest.kind, 'report'))
			)) as [{ id: number }];
		// Ban Chỉ huy Quân sự xã is excused from the report; Phòng Kinh tế sent a PDF, Công an xã a scan.
		await db
			.update(documentRequestUnit)
			.set({ exemptAt: new Date() })
			.where(
				and(
					eq(documentRequestUnit.requestId, reportRequest),
					eq(documentRequestUnit.unitId, unitId('Ban Chỉ huy Quân sự xã'))
				)
			);
		await version(reportRequest, ECONOMY, {
			fileKind: 'pdf',
			extraction: 'text',
			text: 'BÁO CÁO\n\nI. Công tác lãnh đạo, chỉ đạo\n\nĐã triển khai đồng bộ.\n\nIII. Bài học kinh nghiệm\n\nPhải sát cơ sở.',
			html: '<section><p>không đọc</p></section>'
		});
		await version(reportRequest, POLICE, { fileKind: 'pdf', extraction: 'scanned' });
		// A tham luận is not a report: it is not read here.
		const [speech] = await db
			.select({ id: documentRequest.id })
			.from(documentRequest)
			.where(
				and(eq(documentRequest.conferenceId, conferenceId), eq(documentRequest.kind, 'speech'))
			);
		await version(speech!.id, 'Trung tâm Dịch vụ tổng hợp', {
			fileKind: 'docx',
			extraction: 'text',
			html: '<h1>I. Lãnh đạo, chỉ đạo</h1><p>Tham luận.</p>'
		});
	});
	afterAll(() => dispose());

	it('lists the units asked in unit order, reads a PDF by its text, says which could not be read, and leaves out the excused', async () => {
		const reports = await gatherUnitReports(db, conferenceId);
		expect(reports.map((r) => [r.name, r.status])).toEqual([
			[OFFICE, 'read'],
			['Phòng Văn hóa - Xã hội', 'missing'],
			[ECONOMY, 'read'],
			['Trung tâm phục vụ hành chính công', 'missing'],
			[POLICE, 'unreadable'],
			['Trung tâm Dịch vụ tổng hợp', 'missing']
		]);
		const economy = reports.find((r) => r.name === ECONOMY)!.report!;
		expect(economy.passages.map((p) => [p.sectionId, p.blocks.map((b) => b.text)])).toEqual([
			['lanh-dao-chi-dao', ['Đã triển khai đồng bộ.']],
			['bai-hoc', ['Phải sát cơ sở.']]
		]);

		const [conf] = await db.select().from(conference).where(eq(conference.id, conferenceId));
		const view = await synthesisView(db, conf!);
		expect(view.notSent).toEqual([
			'Phòng Văn hóa - Xã hội',
			'Trung tâm phục vụ hành chính công',
			POLICE,
			'Trung tâm Dịch vụ tổng hợp'
		]);
		expect(view.rows.find((r) => r.name === ECONOMY)!.cells).toMatchObject({
			'lanh-dao-chi-dao': 'Đã triển khai đồng bộ.'.length,
			'bai-hoc': 'Phải sát cơ sở.'.length,
			'kien-nghi': 0
		});
		expect(view.rows.find((r) => r.name === ECONOMY)!.empty['kien-nghi']).toBe(true);
		expect(view.summary).toContain(`1 đơn vị chưa viết mục Kiến nghị, đề xuất: ${ECONOMY}.`);
		expect(view.sections.at(-1)).toMatchObject({ id: 'chua-xep-muc', title: 'Chưa xếp mục' });
	});
});
