// Names inside the conference's archive (.zip): plain ASCII letters, so every unzip tool (Windows'
// own, old 7-Zip, a phone) shows the same folders; the Vietnamese words stay readable without marks.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** What Windows refuses in a file name, control characters, and the path separators. */
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

/**
 * "Báo cáo: Đoàn Thanh niên / 2026" → "Bao cao - Doan Thanh nien - 2026": marks and đ folded, case
 * kept, unsafe characters replaced by " - ", at most `max` characters, never empty, never ending in
 * a dot or a space (Windows drops those).
 */
export function archiveName(text: string, max = 60): string {
	const folded = text
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(UNSAFE, ' - ')
		.replace(/\s+/g, ' ')
		.replace(/( - )+/g, ' - ')
		.trim()
		.replace(/^-\s*|\s*-$/g, '');
	const cut = folded.slice(0, max).replace(/[\s.-]+$/, '');
	return cut || 'Tep';
}

/** Two-digit numbering of a folder or file: 1 → "01". */
export const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A path not yet used in `taken` (which it joins): "a.docx", then "a (2).docx", "a (3).docx"…
 * Comparison ignores case, as Windows and macOS do.
 */
export function uniquePath(path: string, taken: Set<string>): string {
	const dot = path.lastIndexOf('.');
	const [stem, ext] =
		dot > path.lastIndexOf('/') ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
	let candidate = path;
	for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
	taken.add(candidate.toLowerCase());
	return candidate;
}

/** One line of a `sha256sum` manifest: the hash, two spaces, the path. */
export const manifestLine = (sha256: string, path: string) => `${sha256}  ${path}\n`;

/** The first words of a long title, cut at a word, at most `max` characters: a file name's subject. */
export function shortTitle(text: string, max = 40): string {
	const words = text.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ');
	let out = words[0]!.slice(0, max);
	for (const w of words.slice(1)) {
		if (out.length + 1 + w.length > max) break;
		out += ` ${w}`;
	}
	return out.replace(/[\s,.;:–-]+$/, '');
}

/** "Báo cáo - Báo cáo sơ kết" says it twice: the kind goes only before a title that does not start with it. */
export function withKind(kind: string, title: string): string {
	const fold = (s: string) => archiveName(s, 200).toLowerCase();
	return fold(title).startsWith(fold(kind)) ? title : `${kind} - ${title}`;
}

/**
 * The file name a Content-Disposition gives (src/lib/server/http/download.ts contentDisposition): the
 * exact one of `filename*=UTF-8''…`, else the plain `filename="…"`, else `fallback`.
 */
export function dispositionFileName(header: string | null, fallback: string): string {
	const exact = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
	if (exact) {
		try {
			return decodeURIComponent(exact.trim());
		} catch {
			// a malformed escape: the plain name below
		}
	}
	return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}
