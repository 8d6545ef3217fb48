// Real files for the upload tests, built here until the intake's own fixture builders arrive:
// a .docx made by the `docx` package (a heading, a paragraph, a table) and a small real PDF.
import {
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun
} from 'docx';

/** A real Word document: a heading, a line of text (bold run included) and a 2×2 table. */
export async function buildDocx(heading: string, text: string): Promise<Uint8Array<ArrayBuffer>> {
	const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
					new Paragraph({
						children: [new TextRun({ text: 'Kết quả: ', bold: true }), new TextRun(text)]
					}),
					new Table({
						rows: [
							new TableRow({ children: [cell('Chỉ tiêu'), cell('Kết quả')] }),
							new TableRow({ children: [cell('Hồ sơ'), cell('1.245')] })
						]
					})
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** The bytes of an old Word .doc (an OLE compound file), which the app refuses. */
export const OLD_DOC_BYTES = new Uint8Array([
	0xd0,
	0xcf,
	0x11,
	0xe0,
	0xa1,
	0xb1,
	0x1a,
	0xe1,
	...new Array(504).fill(0)
]);
/** A Windows program renamed to .docx. */
export const EXE_BYTES = new Uint8Array([
	0x4d,
	0x5a,
	0x90,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	...new Array(120).fill(0)
]);
