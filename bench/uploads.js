// Units' reports: how long an upload of a 60-page .docx and a 60-page PDF takes through
// the secretariat's upload route (intake: read within the limit, hash, sniff, zip guard; then the
// text read in a worker and sanitised), and how much the server's memory grows while a 20 MB file
// arrives. Standalone: `node bench/uploads.js` (after `npm run build`); or, from bench/run.js,
// `await uploadFigures({ port, dataDir, report })`.
//
// The route is POST /admin/documents/upload?request=ID&unit=ID (raw body, x-file-name), the same
// intake and extraction as a unit's own link /u/[token]/upload: the secretariat's cookie avoids
// deriving a unit's token, which needs the TypeScript token code. The ids are read from the demo
// database before the server opens it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { startServer } from '../scripts/lib/server-process.js';
import { docxOfPages, pdfOfPages } from '../tests/fixtures/documents.js';
import { signIn } from './lib/api.js';
import { report as printFigure, residentMb } from './lib/report.js';

const RUNS = 3;
const MiB = 1024 * 1024;

/**
 * An open request and a unit it asks, from the demo data (the server must not be running on it).
 * @param {string} dataDir
 * @returns {Promise<{ requestId: number, unitId: number }>}
 */
async function requestAndUnit(dataDir) {
	const db = await PGlite.create(path.join(dataDir, 'pglite'));
	try {
		const { rows } = await db.query(
			`select ru.request_id as "requestId", ru.unit_id as "unitId"
			   from document_request_unit ru join document_request r on r.id = ru.request_id
			  where r.closed_at is null and ru.exempt_at is null
			  order by r.position, r.id, ru.unit_id limit 1`
		);
		const first = /** @type {{ requestId: number, unitId: number } | undefined} */ (rows[0]);
		if (!first) throw new Error('the demo data has no open document request asking a unit');
		return first;
	} finally {
		await db.close();
	}
}

/**
 * One upload; resolves with its time in ms and the extraction status the receipt gives.
 * @param {string} url @param {string} cookie @param {Uint8Array} bytes @param {string} fileName
 */
async function upload(url, cookie, bytes, fileName) {
	const started = performance.now();
	const res = await fetch(url, {
		method: 'POST',
		headers: {
			cookie,
			origin: new URL(url).origin,
			'content-type': 'application/octet-stream',
			'x-file-name': encodeURIComponent(fileName)
		},
		body: bytes
	});
	const body = await res.json().catch(() => null);
	const ms = performance.now() - started;
	if (!res.ok || !body?.receipt)
		throw new Error(
			`upload of ${fileName} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`
		);
	return { ms, extraction: /** @type {string} */ (body.receipt.extraction) };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * @param {{ port?: number, dataDir: string, report?: typeof printFigure }} options
 */
export async function uploadFigures({ port = 0, dataDir, report = printFigure }) {
	// BENCH_UPLOAD_QUERY ("request=3&unit=7") names the target; else the first start seeds the demo
	// and is stopped so its ids can be read, then the server starts again on the same data.
	let query = process.env.BENCH_UPLOAD_QUERY;
	if (!query) {
		await (await startServer({ port, dataDir, fresh: true })).stop();
		const { requestId, unitId } = await requestAndUnit(dataDir);
		query = `request=${requestId}&unit=${unitId}`;
	}
	const server = await startServer({ port, dataDir, fresh: !!process.env.BENCH_UPLOAD_QUERY });
	try {
		const base = server.url;
		const cookie = await signIn(base, 'thuky', process.env.HOINGHI_DEMO_PASSWORD || 'hoinghi2026');
		const url = `${base}/admin/documents/upload?${query}`;

		/** @type {[string, (label: string) => Promise<Uint8Array>, string][]} */
		const kinds = [
			['docx', (label) => docxOfPages(60, { label }), 'Bao-cao-60-trang.docx'],
			['pdf', async (label) => pdfOfPages(60, { label }), 'Bao-cao-60-trang.pdf']
		];
		for (const [kind, build, fileName] of kinds) {
			/** @type {number[]} */
			const times = [];
			let size = 0;
			for (let run = 0; run < RUNS; run++) {
				// A different file each run: the same bytes again would be answered as a repeat.
				const bytes = await build(`lần ${run + 1} ${Date.now()}`);
				size = bytes.byteLength;
				const { ms, extraction } = await upload(url, cookie, bytes, fileName);
				if (extraction !== 'text')
					throw new Error(`the 60-page ${kind} was read as '${extraction}'`);
				times.push(ms);
			}
			report(`upload.${kind}_60_pages_ms`, median(times), 'ms', {
				runs: RUNS,
				sizeKb: Math.round(size / 1024),
				note: 'median; intake + extraction + answer, over HTTP'
			});
		}

		// Memory while a file just under the 20 MB limit arrives and is read: sampled every 10 ms.
		const big = pdfOfPages(60, { label: `lớn ${Date.now()}`, pictureBytes: 19.5 * MiB });
		const before = residentMb(server.pid);
		let peak = before;
		const sampler = setInterval(() => (peak = Math.max(peak, residentMb(server.pid))), 10);
		try {
			const { ms } = await upload(url, cookie, big, 'Bao-cao-co-anh.pdf');
			report('upload.pdf_20mb_ms', ms, 'ms', {
				sizeMb: Math.round((big.byteLength / MiB) * 10) / 10
			});
		} finally {
			clearInterval(sampler);
		}
		report('upload.rss_growth_20mb', peak - before, 'MB', {
			beforeMb: Math.round(before),
			peakMb: Math.round(peak),
			note: 'server resident memory, peak during the upload minus just before'
		});
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-bench-uploads-'));
	try {
		await uploadFigures({ dataDir });
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}
