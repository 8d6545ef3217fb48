// An Office file (.docx, .xlsx) with every time in it fixed: the builders (docx, exceljs) stamp the
// moment they ran into docProps/core.xml and into each part's zip entry date, so the same document
// made twice differs in bytes. The archive (../proceedings/archive.ts) must be the same bytes when
// nothing changed: its documents pass through here first.
import JSZip from 'jszip';

const CORE = 'docProps/core.xml';
const CORE_DATES = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/** "2026-04-24T01:00:00Z": the W3CDTF form Word writes, to the second. */
const w3cdtf = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The same package re-packed with every entry dated `at`, in the original entry order, deflated at
 * one fixed level, and core.xml's created/modified set to `at`. The parts' contents are unchanged.
 */
export async function withFixedTimes(bytes: Uint8Array, at: Date): Promise<Buffer> {
	const source = await JSZip.loadAsync(bytes);
	const fixed = new JSZip();
	for (const entry of Object.values(source.files)) {
		if (entry.dir) continue;
		if (entry.name === CORE) {
			const xml = (await entry.async('string')).replace(CORE_DATES, (_, open: string, _kind, close: string) => `${open}${w3cdtf(at)}${close}`);
			fixed.file(entry.name, xml, { date: at, createFolders: false });
		} else {
			fixed.file(entry.name, await entry.async('uint8array'), { date: at, createFolders: false });
		}
	}
	return fixed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
