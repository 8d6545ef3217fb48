/**
 * Decree 30 signature block (Phụ lục I; docs/architecture.md, Documents): Nơi nhận on the left, the
 * signer's authority, title, room to sign and name on the right. Built on the primitives of nd30.ts.
 */
import { Paragraph, type Table, TextRun } from 'docx';
import { SIZE, TEXT_WIDTH, borderlessTable, centredLine, mm, upper } from './nd30';

export interface Signer {
	/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; none when the head signs in their own name. */
	authority?: string | null;
	/** "CHỦ TỊCH" */
	title: string;
	name: string;
}

const SIGNATURE_LEFT = mm(70);
const SIGNATURE_RIGHT = TEXT_WIDTH - SIGNATURE_LEFT;
/** Room for the signature and the seal (ND30: about 2–2.5 cm). */
const SIGNATURE_SPACE = mm(22);

/** `- …;` for each recipient, the last one `- ….` */
export function recipientLines(recipients: string[]): string[] {
	return recipients.map((r, i) => {
		const text = r.trim().replace(/[;.,]+$/, '');
		return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
	});
}

/** `Nơi nhận:` (bold italic 12 pt) and its lines (11 pt); nothing when there are no recipients. */
export function recipientsParagraphs(recipients: string[]): Paragraph[] {
	if (recipients.length === 0) return [];
	return [
		new Paragraph({
			children: [
				new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.recipientsLabel })
			]
		}),
		...recipientLines(recipients).map(
			(line) => new Paragraph({ children: [new TextRun({ text: line, size: SIZE.recipients })] })
		)
	];
}

/** A signature centred in its column: authority and title bold UPPER, room to sign, the name bold. */
export function signerParagraphs(signer: Signer): Paragraph[] {
	const heading = { size: SIZE.signer, bold: true, keepNext: true };
	return [
		...(signer.authority ? [centredLine(upper(signer.authority), heading)] : []),
		centredLine(upper(signer.title), { ...heading, spacingAfter: SIGNATURE_SPACE }),
		centredLine(signer.name, { size: SIZE.signer, bold: true })
	];
}

/** The recipients with the archive's line last ("Lưu: VT, VP"), added when the list has none. */
export function endingWithArchive(recipients: string[], archive: string): string[] {
	const listed = recipients.map((r) => r.trim()).filter(Boolean);
	return /^lưu[\s:]/i.test(listed.at(-1) ?? '') ? listed : [...listed, archive];
}

/** Nơi nhận on the left, the signature (authority, title, space, name) on the right, tops aligned. */
export function signatureBlock(signer: Signer, recipients: string[]): Table {
	return borderlessTable(
		[SIGNATURE_LEFT, SIGNATURE_RIGHT],
		[[recipientsParagraphs(recipients), signerParagraphs(signer)]]
	);
}
