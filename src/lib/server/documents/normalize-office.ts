// An Office file (.docx, .xlsx) made the same bytes every time it is made from the same data. The
// builders stamp the moment they ran into docProps/core.xml and into each part's zip entry date, and
// docx numbers some things from counters that run on for the life of the process (a picture's
// wp:docPr id, bookmark ids) or names them at random (nanoid relationship ids of hyperlinks). The
// archive (../proceedings/archive.ts) must be the same bytes when nothing changed: its documents
// pass through here first.
import JSZip from 'jszip';

const CORE = 'docProps/core.xml';
const CORE_DATES = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;
const XML_PART = /\.(xml|rels)$/;

/** "2026-04-24T01:00:00Z": the W3CDTF form Word writes, to the second. */
const w3cdtf = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** "word/_rels/document.xml.rels" → "word/document.xml": the part whose relationships it lists. */
function sourceOf(rels: string): string {
	const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(rels);
	return m ? `${m[1]}${m[2]}` : '';
}

/**
 * Relationship ids renamed rId1, rId2… in the order the .rels lists them, in the .rels and in its
 * part's r:… attributes alike; then picture and bookmark ids renumbered from 1 across the package
 * in the order they appear. A one-to-one renaming: what pointed where still does.
 */
function stableIds(parts: Map<string, string>): void {
	for (const [name, rels] of parts) {
		const source = sourceOf(name);
		if (!name.endsWith('.rels')) continue;
		const renamed = new Map<string, string>();
		parts.set(
			name,
			rels.replace(
				/(<Relationship\b[^>]*?\bId=")([^"]*)(")/g,
				(_, open: string, id: string, close: string) => {
					const fresh = `rId${renamed.size + 1}`;
					renamed.set(id, fresh);
					return `${open}${fresh}${close}`;
				}
			)
		);
		const xml = parts.get(source);
		if (xml !== undefined)
			parts.set(
				source,
				xml.replace(
					/(\br:[A-Za-z]+=")([^"]*)(")/g,
					(all, open: string, id: string, close: string) =>
						renamed.has(id) ? `${open}${renamed.get(id)}${close}` : all
				)
			);
	}
	let picture = 0;
	const bookmarks = new Map<string, number>();
	for (const [name, xml] of parts) {
		if (!name.startsWith('word/') || name.endsWith('.rels')) continue;
		parts.set(
			name,
			xml
				.replace(
					/(<wp:docPr\b[^>]*?\bid=")(\d+)(")/g,
					(_, open: string, _id, close: string) => `${open}${++picture}${close}`
				)
				.replace(
					/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g,
					(_, open: string, id: string, close: string) => {
						if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1);
						return `${open}${bookmarks.get(id)}${close}`;
					}
				)
		);
	}
}

/**
 * The same package re-packed with every entry dated `at`, in the original entry order, deflated at
 * one fixed level; core.xml's created/modified set to `at`; ids made by counters or at random
 * numbered in order (stableIds). What the document shows is unchanged.
 */
export async function normalizeOffice(bytes: Uint8Array, at: Date): Promise<Buffer> {
	const source = await JSZip.loadAsync(bytes);
	const entries = Object.values(source.files).filter((f) => !f.dir);
	const parts = new Map<string, string>();
	const binary = new Map<string, Uint8Array>();
	for (const entry of entries) {
		if (XML_PART.test(entry.name)) parts.set(entry.name, await entry.async('string'));
		else binary.set(entry.name, await entry.async('uint8array'));
	}
	const core = parts.get(CORE);
	if (core !== undefined)
		parts.set(
			CORE,
			core.replace(
				CORE_DATES,
				(_, open: string, _kind, close: string) => `${open}${w3cdtf(at)}${close}`
			)
		);
	stableIds(parts);
	const fixed = new JSZip();
	for (const { name } of entries)
		fixed.file(name, parts.get(name) ?? binary.get(name)!, { date: at, createFolders: false });
	return fixed.generateAsync({
		type: 'nodebuffer',
		compression: 'DEFLATE',
		compressionOptions: { level: 6 },
		platform: 'DOS'
	});
}
