// The minutes: how long "Lập dự thảo biên bản" / "Cập nhật số liệu" takes to assemble the
// draft from the 100-delegate demo's attendance, timer log and notes, and how long the biên bản
// .docx (with its attendance appendix) takes to download. Run from bench/run.js on its main server,
// after the check-in figures have checked delegates in: `await minutesFigures({ base, report })`.
// Standalone (`node bench/minutes.js`, after `npm run build`) it starts its own demo server and
// checks 90 of the 100 delegates in first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/lib/server-process.js';
import { meetingCommand, percentile, postCheckins, scanItem, signIn } from './lib/api.js';
import { report as printFigure } from './lib/report.js';

const RUNS = 10;

/** @param {string} base @param {string} cookie @param {string} action @param {Record<string, string>} [fields] */
async function formAction(base, cookie, action, fields = {}) {
	const res = await fetch(`${base}/admin/minutes/draft?/${action}`, {
		method: 'POST',
		headers: {
			cookie,
			origin: base,
			'content-type': 'application/x-www-form-urlencoded',
			'x-sveltekit-action': 'true'
		},
		body: new URLSearchParams(fields)
	});
	const body = await res.json().catch(() => null);
	if (!res.ok || body?.type !== 'success')
		throw new Error(`?/${action} failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
}

/**
 * @param {{ base: string, report: (name: string, value: number, unit: string, extra?: Record<string, unknown>) => void }} o
 */
export async function minutesFigures({ base, report }) {
	const chair = await signIn(base, 'chutich', 'hoinghi2026');
	const secretariat = await signIn(base, 'thuky', 'hoinghi2026');
	// A timer log for every item: the chair goes through the programme starting and stopping each.
	const { programme } = await (await fetch(`${base}/api/meeting`)).json();
	for (const item of programme) {
		await meetingCommand(base, chair, { action: 'goto', itemId: item.id });
		await meetingCommand(base, chair, { action: 'start' });
		await meetingCommand(base, chair, { action: 'stop' });
	}
	await meetingCommand(base, chair, { action: 'end' });

	const draft = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		await formAction(base, secretariat, 'draft');
		draft.push(performance.now() - t);
	}
	draft.sort((a, b) => a - b);
	const extra = {
		runs: RUNS,
		items: programme.length,
		note: 'HTTP form action: gather attendance, timer log, notes; assemble; store the revision'
	};
	report('minutes.draft_p50', percentile(draft, 0.5), 'ms', extra);

	const docx = [];
	let bytes = 0;
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		const res = await fetch(`${base}/admin/minutes/bien-ban.docx`, {
			headers: { cookie: secretariat }
		});
		bytes = (await res.arrayBuffer()).byteLength;
		if (!res.ok || bytes < 5_000) throw new Error(`biên bản download failed: ${res.status}`);
		docx.push(performance.now() - t);
	}
	docx.sort((a, b) => a - b);
	report('minutes.bien_ban_docx_p50', percentile(docx, 0.5), 'ms', {
		runs: RUNS,
		bytes,
		note: '100-delegate demo, with the attendance appendix'
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-bench-minutes-'));
	const server = await startServer({ dataDir, fresh: true });
	try {
		const staff = await signIn(server.url, 'diemdanh', 'hoinghi2026');
		const roster = await (
			await fetch(`${server.url}/api/roster`, { headers: { cookie: staff } })
		).json();
		const arriving = roster.delegates.filter((d) => d.tokenHash).slice(0, 90);
		await postCheckins(
			server.url,
			staff,
			arriving.map((d, i) => scanItem(d, 'bench-door', Date.now() - (90 - i) * 1000))
		);
		await minutesFigures({ base: server.url, report: printFigure });
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}
