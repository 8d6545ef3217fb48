import JSZip from 'jszip';

/** A .docx's text in reading order, runs joined by spaces. */
export async function docxText(buffer: Buffer | Uint8Array): Promise<string> {
	const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}
