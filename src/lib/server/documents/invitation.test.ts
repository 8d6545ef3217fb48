import { Paragraph } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildInvitations,
	type InvitationDelegate,
	type InvitationEvent,
	type InvitationIssuer
} from './invitation';
import { bodyParagraph, nd30Document, nd30Section, packDocx } from './nd30';

const issuer: InvitationIssuer = {
	parentBody: null,
	issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
	issuerShortName: 'Ủy ban nhân dân xã Bình Thành',
	locality: 'Bình Thành',
	number: '05/GM-UBND',
	issuedOn: new Date('2026-02-05T09:00:00+07:00'),
	signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
	signerTitle: 'CHỦ TỊCH',
	signerName: 'Nguyễn Anh Tấn',
	recipients: ['Như thành phần mời', 'Lưu: VT, VP']
};

const event: InvitationEvent = {
	title:
		'Hội nghị sơ kết 01 năm thực hiện mô hình chính quyền địa phương hai cấp trên địa bàn xã Bình Thành',
	subject: 'Về việc dự Hội nghị sơ kết 01 năm thực hiện mô hình chính quyền địa phương hai cấp',
	chair: 'Đồng chí Nguyễn Anh Tấn - Chủ tịch UBND xã',
	// 01:00 UTC: the Vietnam date and time must be printed, whatever the server's zone.
	startsAt: new Date('2026-04-24T08:00:00+07:00'),
	endsAt: new Date('2026-04-24T11:30:00+07:00'),
	place: 'Hội trường Ủy ban nhân dân xã Bình Thành',
	notes: [
		'Đề nghị đại biểu mang theo tài liệu được gửi kèm và bố trí thời gian tham dự đầy đủ, đúng giờ.'
	],
	contact: 'Đồng chí Đinh Văn Chinh - Chánh Văn phòng, số điện thoại 0912 345 678'
};

const delegate = (n: number): InvitationDelegate => ({
	fullName: `Trần Thị Mai ${String(n).padStart(3, '0')}`,
	position: 'Bí thư Chi bộ',
	organisation: `Ấp ${n}`,
	link: `https://hoinghi.example.vn/d/token-${n}`
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function unpack(buffer: Buffer) {
	const zip = await JSZip.loadAsync(buffer);
	const read = async (path: string) => {
		const file = zip.file(path);
		if (!file) throw new Error(`${path} missing from the .docx`);
		return file.async('string');
	};
	const media = zip.file(/^word\/media\//);
	return {
		zip,
		document: await read('word/document.xml'),
		styles: await read('word/styles.xml'),
		rels: await read('word/_rels/document.xml.rels'),
		media,
		read
	};
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The run (`<w:r>…</w:r>`) whose whole text is `text`, or undefined. */
function runWith(xml: string, text: string): string | undefined {
	return xml.match(
		new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${escapeRe(text)}</w:t></w:r>`, 's')
	)?.[0];
}

/** The paragraph (`<w:p>…</w:p>`) holding a run whose whole text is `text`, or undefined. */
function paragraphWith(xml: string, text: string): string | undefined {
	return xml.match(
		new RegExp(
			`<w:p>(?:(?!</w:p>).)*?<w:t[^>]*>${escapeRe(text)}</w:t>(?:(?!</w:p>).)*?</w:p>`,
			's'
		)
	)?.[0];
}

function expectRun(
	xml: string,
	text: string,
	props: { bold?: boolean; italic?: boolean; size?: number }
) {
	const run = runWith(xml, text);
	expect(run, `a run with exactly "${text}"`).toBeDefined();
	if (props.bold !== undefined)
		expect(run!.includes('<w:b/>'), `bold of "${text}"`).toBe(props.bold);
	if (props.italic !== undefined)
		expect(run!.includes('<w:i/>'), `italic of "${text}"`).toBe(props.italic);
	if (props.size !== undefined) expect(run).toContain(`<w:sz w:val="${props.size}"/>`);
}

/** Whether every table and cell border in `xml` is "none" (paragraph rules don't count). */
function bordersAllNone(xml: string): boolean {
	const groups = xml.match(/<w:(tblBorders|tcBorders)>.*?<\/w:\1>/gs) ?? [];
	return (
		groups.length > 0 &&
		groups.every((g) => [...g.matchAll(/w:val="([^"]+)"/g)].every((m) => m[1] === 'none'))
	);
}

/** The body split at each section break: the content of section i is `sections[i]`. */
const sectionsOf = (document: string) => document.split(/<w:sectPr>/).slice(0, -1);

describe('buildInvitations — one delegate', () => {
	let document: string, styles: string, rels: string, media: JSZip.JSZipObject[], zip: JSZip;
	beforeAll(async () => {
		({ document, styles, rels, media, zip } = await unpack(
			await buildInvitations(issuer, event, [delegate(1)])
		));
	});

	it('uses A4 portrait with ND30 margins', () => {
		expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
		const margins = document.match(/<w:pgMar ([^>]*)\/>/)?.[1] ?? '';
		expect(margins).toContain('w:top="1134"');
		expect(margins).toContain('w:bottom="1134"');
		expect(margins).toContain('w:left="1701"');
		expect(margins).toContain('w:right="851"');
	});

	it('sets Times New Roman, black, 14 pt as the document default and a justified indented body style', () => {
		const defaults = styles.match(/<w:docDefaults>.*<\/w:docDefaults>/s)?.[0] ?? '';
		expect(defaults).toContain(
			'<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>'
		);
		expect(defaults).toContain('<w:color w:val="000000"/>');
		expect(defaults).toContain('<w:sz w:val="28"/>');
		const body = styles.match(/<w:style [^>]*w:styleId="Nd30Body">.*?<\/w:style>/s)?.[0] ?? '';
		expect(body).toContain('<w:jc w:val="both"/>');
		expect(body).toContain('w:firstLine="567"');
		expect(Number(body.match(/w:after="(\d+)"/)?.[1])).toBeGreaterThanOrEqual(120);
		// No run anywhere names another font.
		const fonts = new Set([...document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
		expect([...fonts].filter((f) => f !== 'Times New Roman')).toEqual([]);
	});

	it('prints the ND30 header block in a borderless two-column table', () => {
		const table = document.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? '';
		expect(document.indexOf('<w:tbl>')).toBeLessThan(document.indexOf('GIẤY MỜI'));
		expect(table.match(/<w:gridCol /g)).toHaveLength(2);
		expect(table.match(/<w:tr>/g)).toHaveLength(2);
		expect(bordersAllNone(table)).toBe(true);
		for (const text of [
			'ỦY BAN NHÂN DÂN',
			'XÃ BÌNH THÀNH',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Số: 05/GM-UBND'
		]) {
			expect(runWith(table, text), text).toBeDefined();
		}
		expectRun(table, 'ỦY BAN NHÂN DÂN', { bold: true, size: 24 });
		expectRun(table, 'XÃ BÌNH THÀNH', { bold: true, size: 24 });
		// The 12 / 13 / 13 set.
		expectRun(table, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, italic: false, size: 24 });
		expectRun(table, 'Độc lập - Tự do - Hạnh phúc', { bold: true, italic: false, size: 26 });
		expectRun(table, 'Số: 05/GM-UBND', { bold: false, size: 26 });
		expectRun(table, 'Bình Thành, ngày 05 tháng 02 năm 2026', {
			italic: true,
			bold: false,
			size: 26
		});
		expect(paragraphWith(table, 'Bình Thành, ngày 05 tháng 02 năm 2026')).toContain(
			'<w:jc w:val="center"/>'
		);
		// The rules under the issuer and the motto: bottom borders on otherwise empty paragraphs.
		expect(table.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(2);
	});

	it('prints the cơ quan chủ quản, not bold, when there is one', async () => {
		const withParent = await unpack(
			await buildInvitations({ ...issuer, parentBody: 'Ủy ban nhân dân huyện Mỹ Tú' }, event, [
				delegate(1)
			])
		);
		expectRun(withParent.document, 'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ', { bold: false, size: 24 });
	});

	it('titles the letter GIẤY MỜI with its trích yếu', () => {
		expectRun(document, 'GIẤY MỜI', { bold: true, size: 28 });
		expect(paragraphWith(document, 'GIẤY MỜI')).toContain('<w:jc w:val="center"/>');
		expectRun(document, event.subject, { bold: true });
	});

	it('addresses the delegate and describes the meeting in Vietnam time', () => {
		expect(runWith(document, 'Ủy ban nhân dân xã Bình Thành trân trọng kính mời:')).toBeDefined();
		expectRun(document, 'Trần Thị Mai 001', { bold: true });
		expect(runWith(document, 'Chức vụ: Bí thư Chi bộ')).toBeDefined();
		expect(runWith(document, 'Đơn vị: Ấp 1')).toBeDefined();
		expect(runWith(document, `Tới dự: ${event.title}`)).toBeDefined();
		expect(runWith(document, `Chủ trì: ${event.chair}`)).toBeDefined();
		expect(
			runWith(document, 'Thời gian: 08 giờ 00 phút, Thứ Sáu, ngày 24 tháng 4 năm 2026')
		).toBeDefined();
		expect(runWith(document, `Địa điểm: ${event.place}`)).toBeDefined();
		expect(runWith(document, event.notes[0]!)).toBeDefined();
		expect(runWith(document, `Thông tin liên hệ: ${event.contact}./.`)).toBeDefined();
		expect(paragraphWith(document, `Địa điểm: ${event.place}`)).toContain(
			'<w:pStyle w:val="Nd30Body"/>'
		);
	});

	it('leaves out an empty position or organisation', async () => {
		const bare = await unpack(
			await buildInvitations(issuer, event, [{ ...delegate(2), position: '', organisation: ' ' }])
		);
		expect(bare.document).not.toContain('Chức vụ:');
		expect(bare.document).not.toContain('Đơn vị:');
		expect(bare.document).toContain('Trần Thị Mai 002');
	});

	it('embeds the delegate QR code as a PNG beside the addressee, with the link and the instruction', async () => {
		const images = media.filter((f) => !f.dir);
		expect(images).toHaveLength(1);
		const png = await images[0]!.async('uint8array');
		expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
		const target = images[0]!.name.replace(/^word\//, '');
		const id = rels.match(new RegExp(`Id="(rId\\d+)"[^>]*Target="${escapeRe(target)}"`))?.[1];
		expect(id).toBeDefined();
		expect(document).toContain(`r:embed="${id}"`);
		// 128 px at 9525 EMU per pixel: about 3.4 cm wide.
		expect(document).toContain('<wp:extent cx="1219200" cy="1219200"/>');
		// In the addressee's row, so the whole letter fits on one page.
		const row = document.slice(document.indexOf('Ông/Bà: '), document.indexOf('Tới dự:'));
		expect(row).toContain('<w:drawing>');
		expect(runWith(document, 'https://hoinghi.example.vn/d/token-1')).toBeDefined();
		expect(
			runWith(
				document,
				'Đề nghị đại biểu xuất trình mã QR này tại cửa Hội trường khi đến dự, hoặc quét mã để mở trang thông tin hội nghị dành cho đại biểu.'
			)
		).toBeDefined();
		expect(document.indexOf('<w:drawing>')).toBeLessThan(document.indexOf('Nơi nhận:'));
		expect(zip.file(/\.png$/)).toHaveLength(1);
	});

	it('closes with Nơi nhận on the left and the signature on the right', () => {
		const table = document.match(/<w:tbl>(?:(?!<w:tbl>).)*?Nơi nhận:.*?<\/w:tbl>/s)?.[0] ?? '';
		const [left, right] = table.split(/<w:tc>/).slice(1);
		expectRun(left ?? '', 'Nơi nhận:', { bold: true, italic: true, size: 24 });
		expectRun(left ?? '', '- Như thành phần mời;', { bold: false, italic: false, size: 22 });
		expectRun(left ?? '', '- Lưu: VT, VP.', { bold: false, size: 22 });
		expectRun(right ?? '', 'TM. ỦY BAN NHÂN DÂN', { bold: true, size: 28 });
		expectRun(right ?? '', 'CHỦ TỊCH', { bold: true, size: 28 });
		expectRun(right ?? '', 'Nguyễn Anh Tấn', { bold: true, size: 28 });
		expect(right!.indexOf('TM. ỦY BAN NHÂN DÂN')).toBeLessThan(right!.indexOf('CHỦ TỊCH'));
		// About 2–2.5 cm for the signature and seal between the title and the name.
		const gap = Number(paragraphWith(right ?? '', 'CHỦ TỊCH')?.match(/w:after="(\d+)"/)?.[1]);
		expect(gap).toBeGreaterThanOrEqual(1134);
		expect(gap).toBeLessThanOrEqual(1418);
		expect(bordersAllNone(table)).toBe(true);
	});

	it('puts no page number on a one-page letter', () => {
		expect(document).not.toContain('<w:headerReference');
		expect(document).not.toContain('PAGE');
	});
});

describe('buildInvitations — several delegates', () => {
	it('gives each delegate a section of their own, with their own QR code', async () => {
		const delegates = [delegate(1), delegate(2), delegate(3)];
		const { document, media } = await unpack(await buildInvitations(issuer, event, delegates));
		const sections = sectionsOf(document);
		expect(sections).toHaveLength(3);
		expect(document.match(/<w:sectPr>/g)).toHaveLength(3);
		sections.forEach((section, i) => {
			for (const d of delegates) {
				expect(section.includes(d.fullName), `${d.fullName} in section ${i + 1}`).toBe(
					d === delegates[i]
				);
				expect(section.includes(d.link), `${d.link} in section ${i + 1}`).toBe(d === delegates[i]);
			}
			expect(section.match(/<w:drawing>/g)).toHaveLength(1);
			expect(section.match(/GIẤY MỜI/g)).toHaveLength(1);
			expect(section).toContain('Nguyễn Anh Tấn');
		});
		// Every section starts on a new page: the default break, not "continuous".
		expect(document).not.toContain('w:val="continuous"');
		expect(media.filter((f) => !f.dir)).toHaveLength(3);
		const embeds = [...document.matchAll(/r:embed="(rId\d+)"/g)].map((m) => m[1]);
		expect(new Set(embeds).size).toBe(3);
		const drawingIds = [...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
		expect(new Set(drawingIds).size).toBe(3);
	});

	it('builds 100 letters in one file', async () => {
		const delegates = Array.from({ length: 100 }, (_, i) => delegate(i + 1));
		const { document, media } = await unpack(await buildInvitations(issuer, event, delegates));
		expect(document.match(/<w:sectPr>/g)).toHaveLength(100);
		expect(media.filter((f) => !f.dir)).toHaveLength(100);
		expect(sectionsOf(document)[99]).toContain('Trần Thị Mai 100');
	});

	it('refuses an empty list of delegates', async () => {
		await expect(buildInvitations(issuer, event, [])).rejects.toThrow(/no delegates/);
	});
});

describe('nd30Section', () => {
	it('numbers pages from the second on, centred in the header', async () => {
		const doc = nd30Document([
			nd30Section(
				[bodyParagraph('Nội dung'), new Paragraph({ pageBreakBefore: true, text: 'Trang 2' })],
				{ pageNumbers: true }
			)
		]);
		const { document, read } = await unpack(await packDocx(doc));
		expect(document).toContain('<w:titlePg/>');
		const refs = [...document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(rId\d+)"\/>/g)];
		expect(refs.map((r) => r[1]).sort()).toEqual(['default', 'first']);
		const rels = await read('word/_rels/document.xml.rels');
		const headerXml = async (type: string) => {
			const id = refs.find((r) => r[1] === type)![2];
			const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1];
			return read(`word/${target}`);
		};
		const main = await headerXml('default');
		expect(main).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
		expect(main).toContain('<w:jc w:val="center"/>');
		expect(await headerXml('first')).not.toContain('PAGE');
	});
});
