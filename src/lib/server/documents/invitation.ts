/**
 * Giấy mời (ND30 mẫu 1.7), one per delegate, each on its own page with the delegate's QR code.
 */
import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import QRCode from 'qrcode';
import { QR_PAPER_PIXELS, QR_STYLE } from '$lib/qr-style.js';
import { formatMeetingTime } from '$lib/domain/dates';
import {
	PARAGRAPH_GAP,
	SIZE,
	TEXT_WIDTH,
	bodyParagraph,
	borderlessTable,
	documentTitle,
	headerBlock,
	mm,
	nd30Document,
	nd30Section,
	packDocx
} from './nd30';
import { signatureBlock } from './nd30-signature';

export interface InvitationIssuer {
	parentBody: string | null; // cơ quan chủ quản, usually null for a UBND xã
	issuerLines: string[]; // ["ỦY BAN NHÂN DÂN", "XÃ BÌNH THÀNH"]
	issuerShortName: string; // "Ủy ban nhân dân xã Bình Thành" (for "… trân trọng kính mời:")
	locality: string; // "Bình Thành"
	number: string; // "05/GM-UBND" (printed after "Số: "); may be "   /GM-UBND" when not yet numbered
	issuedOn: Date;
	signerAuthority: string | null; // "TM. ỦY BAN NHÂN DÂN"
	signerTitle: string; // "CHỦ TỊCH"
	signerName: string; // "Nguyễn Anh Tấn"
	recipients: string[]; // ["Như thành phần mời", "Lưu: VT, VP"]
}

export interface InvitationEvent {
	title: string; // what to attend, e.g. "Hội nghị sơ kết 01 năm thực hiện ..."
	subject: string; // trích yếu under GIẤY MỜI, printed as given
	chair: string; // "Đồng chí Nguyễn Anh Tấn - Chủ tịch UBND xã"
	startsAt: Date;
	endsAt: Date;
	place: string;
	notes: string[]; // what to bring etc.
	contact: string; // "Đồng chí Đinh Văn Chinh - Chánh Văn phòng, số điện thoại 0912 345 678"
}

export interface InvitationDelegate {
	fullName: string;
	position: string;
	organisation: string;
	link: string;
}

const QR_OPTIONS = {
	...QR_STYLE,
	width: QR_PAPER_PIXELS,
	// Same pixels, cheaper encoding: pngjs otherwise tries all five row filters at level 9, which
	// is ~3× slower. A QR's rows repeat, so the "Up" filter alone also gives the smallest file.
	rendererOpts: { filterType: 2, deflateLevel: 6, deflateStrategy: 0 }
} as const;
/** Displayed size in pixels at 96 per inch: 128 px ≈ 3.4 cm. */
const QR_DISPLAY = 128;
/** The QR sits beside the addressee, so it costs the letter no height and one page holds it all. */
const QR_COLUMN = mm(38);

const QR_INSTRUCTION =
	'Đề nghị đại biểu xuất trình mã QR này tại cửa Hội trường khi đến dự, hoặc quét mã để mở trang thông tin hội nghị dành cho đại biểu.';

/** The letter's content after the addressee; ND30 closes the last paragraph with "./.". */
function eventLines(event: InvitationEvent): string[] {
	const lines = [
		`Tới dự: ${event.title}`,
		`Chủ trì: ${event.chair}`,
		`Thời gian: ${formatMeetingTime(event.startsAt)}`,
		`Địa điểm: ${event.place}`,
		...event.notes,
		...(event.contact.trim() ? [`Thông tin liên hệ: ${event.contact}`] : [])
	]
		.map((line) => line.trim())
		.filter(Boolean);
	const last = lines.length - 1;
	lines[last] = `${lines[last]!.replace(/[.;,]+$/, '')}./.`;
	return lines;
}

function addressee(d: InvitationDelegate): Paragraph[] {
	return [
		bodyParagraph([new TextRun('Ông/Bà: '), new TextRun({ text: d.fullName, bold: true })]),
		...(d.position.trim() ? [bodyParagraph(`Chức vụ: ${d.position}`)] : []),
		...(d.organisation.trim() ? [bodyParagraph(`Đơn vị: ${d.organisation}`)] : [])
	];
}

/** The addressee on the left; the QR, its link and what to do with it on the right. */
function addresseeWithQr(d: InvitationDelegate, png: Buffer) {
	const right = [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: [
				new ImageRun({
					type: 'png',
					data: png,
					transformation: { width: QR_DISPLAY, height: QR_DISPLAY },
					altText: { name: 'Mã QR', description: `Mã QR của đại biểu ${d.fullName}: ${d.link}` }
				})
			]
		})
	];
	const left = [
		...addressee(d),
		new Paragraph({
			children: [new TextRun({ text: QR_INSTRUCTION, italics: true, size: SIZE.recipientsLabel })]
		}),
		new Paragraph({
			spacing: { before: 40, after: PARAGRAPH_GAP },
			children: [new TextRun({ text: d.link, size: SIZE.small })]
		})
	];
	return borderlessTable([TEXT_WIDTH - QR_COLUMN, QR_COLUMN], [[left, right]]);
}

/** One .docx with a giấy mời per delegate, each in its own section (its own page, no page number). */
export async function buildInvitations(
	issuer: InvitationIssuer,
	event: InvitationEvent,
	delegates: InvitationDelegate[]
): Promise<Buffer> {
	if (delegates.length === 0)
		throw new Error('buildInvitations: no delegates to invite (delegates is empty)');

	const qrCodes = await Promise.all(delegates.map((d) => QRCode.toBuffer(d.link, QR_OPTIONS)));

	// Only the addressee and the QR differ between letters: the rest is built once and shared.
	const header = headerBlock({
		parentBody: issuer.parentBody,
		issuerLines: issuer.issuerLines,
		number: issuer.number,
		locality: issuer.locality,
		date: issuer.issuedOn
	});
	const title = documentTitle('Giấy mời', event.subject);
	const invite = bodyParagraph(`${issuer.issuerShortName} trân trọng kính mời:`);
	const body = eventLines(event).map((line) => bodyParagraph(line));
	const signature = signatureBlock(
		{ authority: issuer.signerAuthority, title: issuer.signerTitle, name: issuer.signerName },
		issuer.recipients
	);

	const sections = delegates.map((d, i) =>
		nd30Section([header, ...title, invite, addresseeWithQr(d, qrCodes[i]!), ...body, signature])
	);
	return packDocx(nd30Document(sections, `Giấy mời - ${event.title}`));
}
