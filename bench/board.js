// The secretariat's board: how long GET /admin/documents takes with 30 units asked for
// 3 documents each, half of them sent (one or two versions each). Standalone: `node bench/board.js`
// (after `npm run build`); or, from bench/run.js, `await boardFigures({ port, dataDir, report })`.
// The units, requests and files are written straight into the demo database while the server is
// stopped (as bench/uploads.js reads it), so the figure is the board's, not the forms'.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { startServer } from '../scripts/lib/server-process.js';
import { percentile, signIn } from './lib/api.js';
import { report as printFigure } from './lib/report.js';

const UNITS = 30;
const REQUESTS = 3;
const SAMPLES = 30;

/**
 * Brings the demo to UNITS units and adds REQUESTS requests asking every unit; every other cell
 * gets a file, every fourth a second version.
 * @param {string} dataDir
 */
async function fillBoard(dataDir) {
	const db = await PGlite.create(path.join(dataDir, 'pglite'));
	try {
		const { rows } = await db.query('select id from conference order by id limit 1');
		const conferenceId = /** @type {{ id: number }} */ (rows[0]).id;
		const have = /** @type {{ n: number, p: number }} */ (
			(
				await db.query(
					'select count(*)::int as n, coalesce(max(position), 0)::int as p from unit where conference_id = $1',
					[conferenceId]
				)
			).rows[0]
		);
		const last = have.p;
		for (let i = have.n; i < UNITS; i++) {
			await db.query(
				'insert into unit (conference_id, name, position, leader) values ($1, $2, $3, $4)',
				[conferenceId, `Đơn vị thử số ${i + 1}`, last + i + 1, `Trưởng đơn vị số ${i + 1}`]
			);
		}
		const units = /** @type {{ id: number }[]} */ (
			(
				await db.query('select id from unit where conference_id = $1 order by position', [
					conferenceId
				])
			).rows
		);
		const pos = /** @type {{ p: number }} */ (
			(
				await db.query(
					'select coalesce(max(position), 0)::int as p from document_request where conference_id = $1',
					[conferenceId]
				)
			).rows[0]
		).p;
		let cell = 0;
		for (let r = 0; r < REQUESTS; r++) {
			const { rows: made } = await db.query(
				`insert into document_request (conference_id, kind, title, due_at, position) values ($1, 'report', $2, now() + interval '3 days', $3) returning id`,
				[conferenceId, `Báo cáo chuyên đề số ${r + 1}`, pos + r + 1]
			);
			const requestId = /** @type {{ id: number }} */ (made[0]).id;
			for (const u of units) {
				await db.query('insert into document_request_unit (request_id, unit_id) values ($1, $2)', [
					requestId,
					u.id
				]);
				if (cell++ % 2 === 1) continue;
				const { rows: sub } = await db.query(
					'insert into submission (request_id, unit_id) values ($1, $2) returning id',
					[requestId, u.id]
				);
				const submissionId = /** @type {{ id: number }} */ (sub[0]).id;
				for (let v = 1; v <= (cell % 4 === 1 ? 2 : 1); v++) {
					const bytes = Buffer.from(`tệp ${requestId}-${u.id}-${v} `.repeat(2000));
					await db.query(
						`insert into submission_version (submission_id, version, file_name, file_kind, size, sha256, bytes, late, extraction, text, html)
						 values ($1, $2, 'bao-cao.docx', 'docx', $3, $4, $5, false, 'text', 'Nội dung', '<p>Nội dung</p>')`,
						[
							submissionId,
							v,
							bytes.byteLength,
							createHash('sha256').update(bytes).digest('hex'),
							bytes
						]
					);
				}
			}
		}
		return { units: units.length };
	} finally {
		await db.close();
	}
}

/** @param {{ port?: number, dataDir: string, report?: typeof printFigure }} options */
export async function boardFigures({ port = 0, dataDir, report = printFigure }) {
	await (await startServer({ port, dataDir, fresh: true })).stop();
	const { units } = await fillBoard(dataDir);
	const server = await startServer({ port, dataDir, fresh: false });
	try {
		const cookie = await signIn(
			server.url,
			'thuky',
			process.env.HOINGHI_DEMO_PASSWORD || 'hoinghi2026'
		);
		/** @type {number[]} */
		const times = [];
		for (let i = 0; i < SAMPLES + 3; i++) {
			const t = performance.now();
			const res = await fetch(`${server.url}/admin/documents`, {
				headers: { cookie, accept: 'text/html' }
			});
			const html = await res.text();
			if (!res.ok || !html.includes('Đơn vị thử số 30'))
				throw new Error(`the board answered ${res.status} without its units`);
			// The first few warm the server's code paths; a clerk's first look is not the figure.
			if (i >= 3) times.push(performance.now() - t);
		}
		times.sort((a, b) => a - b);
		const extra = {
			units,
			requests: `${REQUESTS} added to the demo's 8`,
			samples: times.length,
			note: 'GET /admin/documents (server-rendered page), half the added cells sent, PGlite'
		};
		report('board.page_p50', percentile(times, 0.5), 'ms', extra);
		report('board.page_p95', percentile(times, 0.95), 'ms', extra);
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-bench-board-'));
	try {
		await boardFigures({ dataDir });
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}
