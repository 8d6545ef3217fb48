// The kỷ yếu: how long the secretariat's "Tải kỷ yếu" takes, and how high the server's
// memory goes while it builds, when 20 units have each sent a report of 15 pages. The reports go in
// through the secretariat's upload route (intake, text reading, sanitising), exactly as a unit's own
// file would; then GET /admin/proceedings/ky-yeu.docx is timed.
// Standalone: `node bench/proceedings.js` (after `npm run build`); from bench/run.js:
// `await proceedingsFigures({ dataDir, report })` (its own server, on a demo database of its own).
//
// The demo has 8 units; 12 more are added to the database, asked by the report request, before the
// server opens it (the same way bench/uploads.js reads its ids).
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { startServer } from '../scripts/lib/server-process.js';
import { docxOfPages } from '../tests/fixtures/documents.js';
import { signIn } from './lib/api.js';
import { report as printFigure, residentMb, withPeakRss } from './lib/report.js';

const REPORTS = 20;
const PAGES = 15;
const RUNS = 3;

/**
 * Adds units until the report request asks REPORTS of them; answers the request's id and its units.
 * @param {string} dataDir
 * @returns {Promise<{ requestId: number, unitIds: number[] }>}
 */
async function twentyUnits(dataDir) {
	const db = await PGlite.create(path.join(dataDir, 'pglite'));
	try {
		const request = /** @type {{ id: number, conferenceId: number }} */ (
			(
				await db.query(
					`select id, conference_id as "conferenceId" from document_request where kind = 'report' order by position limit 1`
				)
			).rows[0]
		);
		const asked = () =>
			db.query(
				`select unit_id as "unitId" from document_request_unit where request_id = $1 order by unit_id`,
				[request.id]
			);
		let units = /** @type {{ unitId: number }[]} */ ((await asked()).rows);
		const { rows } = await db.query(
			`select coalesce(max(position), 0) as "last" from unit where conference_id = $1`,
			[request.conferenceId]
		);
		let position = Number(/** @type {{ last: number }} */ (rows[0]).last);
		for (let n = units.length + 1; n <= REPORTS; n++) {
			const created = await db.query(
				`insert into unit (conference_id, name, position) values ($1, $2, $3) returning id`,
				[request.conferenceId, `Thôn thử nghiệm số ${n}`, ++position]
			);
			await db.query(`insert into document_request_unit (request_id, unit_id) values ($1, $2)`, [
				request.id,
				/** @type {{ id: number }} */ (created.rows[0]).id
			]);
		}
		units = /** @type {{ unitId: number }[]} */ ((await asked()).rows);
		return { requestId: request.id, unitIds: units.slice(0, REPORTS).map((u) => u.unitId) };
	} finally {
		await db.close();
	}
}

/**
 * @param {{ dataDir: string, report: (name: string, value: number, unit: string, extra?: Record<string, unknown>) => void }} o
 */
export async function proceedingsFigures({ dataDir, report }) {
	// A first start seeds the demo; the units are added while no server holds the database.
	const seeding = await startServer({ dataDir, fresh: true });
	await seeding.stop();
	const { requestId, unitIds } = await twentyUnits(dataDir);
	const server = await startServer({ dataDir, fresh: false });
	try {
		const cookie = await signIn(server.url, 'thuky', 'hoinghi2026');
		let uploaded = 0;
		for (const [i, unitId] of unitIds.entries()) {
			const bytes = await docxOfPages(PAGES, { label: `đơn vị ${i + 1}` });
			uploaded += bytes.byteLength;
			const res = await fetch(
				`${server.url}/admin/documents/upload?request=${requestId}&unit=${unitId}`,
				{
					method: 'POST',
					headers: {
						cookie,
						origin: server.url,
						'content-type': 'application/octet-stream',
						'x-file-name': encodeURIComponent(`Bao cao ${i + 1}.docx`)
					},
					body: bytes
				}
			);
			if (!res.ok)
				throw new Error(
					`upload ${i + 1} answered ${res.status}: ${(await res.text()).slice(0, 300)}`
				);
		}

		const seconds = [];
		const peaks = [];
		let bytes = 0;
		const before = residentMb(server.pid);
		for (let run = 0; run < RUNS; run++) {
			const t = performance.now();
			const { peakMb } = await withPeakRss(server.pid, async () => {
				const res = await fetch(`${server.url}/admin/proceedings/ky-yeu.docx`, {
					headers: { cookie }
				});
				bytes = (await res.arrayBuffer()).byteLength;
				if (!res.ok) throw new Error(`kỷ yếu download answered ${res.status}`);
			});
			seconds.push((performance.now() - t) / 1000);
			peaks.push(peakMb);
		}
		seconds.sort((a, b) => a - b);
		const extra = {
			reports: REPORTS,
			pagesEach: PAGES,
			runs: RUNS,
			bytes,
			uploadedBytes: uploaded,
			note: 'GET /admin/proceedings/ky-yeu.docx, median of the runs'
		};
		report('proceedings.ky_yeu_20x15_s', seconds[Math.floor(RUNS / 2)], 's', extra);
		report('proceedings.ky_yeu_peak_rss', Math.max(...peaks), 'MB', {
			restingMb: Math.round(before),
			note: 'server RSS sampled every 20 ms while the kỷ yếu is built'
		});
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-bench-proceedings-'));
	try {
		await proceedingsFigures({ dataDir, report: printFigure });
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}
