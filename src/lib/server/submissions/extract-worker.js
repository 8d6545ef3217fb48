// @ts-check
// Reads the text of one uploaded report inside a worker thread (started by extract.ts with a time
// and memory limit), so a crafted file that makes mammoth or PDF.js spin or swell costs a worker,
// not the server. It is run from source text (`new Worker(code, { eval: true })`), a CommonJS
// script: packages are loaded with a require made from the path extract.ts passes in.
// workerData: { kind: 'docx' | 'pdf', bytes: Uint8Array, from: string }.
// Posts { status: 'text' | 'scanned', text, html } (html not yet sanitised) or { error }.
(async () => {
	const { parentPort, workerData } = await import('node:worker_threads');
	const { createRequire } = await import('node:module');
	if (!parentPort) return;
	const port = parentPort;
	const require = createRequire(workerData.from);
	/** @param {string} s */
	const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	/** @param {Uint8Array} u */
	const buffer = (u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

	// Word's headings to h1–h4 (the pages style four levels), underline kept; pictures dropped
	// here rather than inlined as base64 only for the sanitiser to drop them.
	const STYLE_MAP = [
		"p[style-name='Title'] => h1:fresh",
		"p[style-name='heading 5'] => h4:fresh",
		"p[style-name='heading 6'] => h4:fresh",
		"p[style-name='Heading 5'] => h4:fresh",
		"p[style-name='Heading 6'] => h4:fresh",
		'u => u'
	];

	// mammoth 1.11+ never follows a .docx's links to outside files (externalFileAccess is off by
	// default); this relies on that default and does not turn it on.
	/** @param {Uint8Array} bytes */
	async function readDocx(bytes) {
		const mammoth = require('mammoth');
		const input = { buffer: buffer(bytes) };
		const converted = await mammoth.convertToHtml(input, {
			styleMap: STYLE_MAP,
			convertImage: mammoth.images.imgElement(async () => ({ src: '' }))
		});
		const raw = await mammoth.extractRawText(input);
		return { status: 'text', text: raw.value.trim(), html: converted.value };
	}

	// A line that ends a sentence or a clause, or a line that starts a list item, ends the
	// paragraph the previous lines were building: PDFs keep lines, not paragraphs.
	const ENDS = /[.:;!?)”"]\s*$/;
	const STARTS_ITEM = /^\s*([-+•–]|[a-zđ]\)|\d+(\.\d+)*\.|[IVX]+\.)\s/;

	/** @param {string} pageText */
	function paragraphsOf(pageText) {
		/** @type {string[]} */
		const paragraphs = [];
		let current = '';
		for (const line of pageText.split('\n')) {
			const trimmed = line.trim();
			if (!trimmed) {
				if (current) paragraphs.push(current);
				current = '';
				continue;
			}
			if (current && STARTS_ITEM.test(trimmed)) {
				paragraphs.push(current);
				current = '';
			}
			current = current ? `${current} ${trimmed}` : trimmed;
			if (ENDS.test(trimmed)) {
				paragraphs.push(current);
				current = '';
			}
		}
		if (current) paragraphs.push(current);
		return paragraphs;
	}

	/** @param {Uint8Array} bytes */
	async function readPdf(bytes) {
		const { extractText, getDocumentProxy } = require('unpdf');
		const pdf = await getDocumentProxy(new Uint8Array(bytes));
		const { totalPages, text } = await extractText(pdf, { mergePages: false });
		/** @type {string[]} */
		const pages = text;
		const visible = pages.join('').replace(/\s/g, '').length;
		// A scan has no text layer; at most a stamped page number or two per page.
		if (visible < 10 * Math.max(totalPages, 1)) return { status: 'scanned', text: '', html: '' };
		const paragraphs = pages.map(paragraphsOf);
		const html = paragraphs
			.map((ps) => `<section>${ps.map((p) => `<p>${escape(p)}</p>`).join('')}</section>`)
			.join('');
		return { status: 'text', text: paragraphs.map((ps) => ps.join('\n\n')).join('\n\n'), html };
	}

	try {
		const bytes = /** @type {Uint8Array} */ (workerData.bytes);
		port.postMessage(workerData.kind === 'docx' ? await readDocx(bytes) : await readPdf(bytes));
	} catch (err) {
		port.postMessage({ error: err instanceof Error ? err.message : String(err) });
	}
})();
