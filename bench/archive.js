// The archive: how long "Tải hồ sơ lưu trữ" takes for the demo conference, how big it is,
// and the server's peak resident memory while it streams (sampled every 20 ms). Run from
// bench/run.js on its main server after the minutes figures (so it holds a biên bản, check-ins and a
// timer log): `await archiveFigures({ base, pid, report })`. Standalone (`node bench/archive.js`,
// after `npm run build`) it starts its own demo server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/lib/server-process.js';
import { percentile, signIn } from './lib/api.js';
import { report as printFigure, residentMb, withPeakRss } from './lib/report.js';

const RUNS = 3;

/**
 * @param {{ base: string, pid: number, report: (name: string, value: number, unit: string, extra?: Record<string, unknown>) => void }} o
 */
export async function archiveFigures({ base, pid, report }) {
	const cookie = await signIn(base, 'thuky', 'hoinghi2026');
	const seconds = [];
	let peak = 0;
	let bytes = 0;
	let files = 0;
	const before = residentMb(pid);
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		const { peakMb } = await withPeakRss(pid, async () => {
			const res = await fetch(`${base}/admin/proceedings/ho-so-luu-tru.zip`, {
				headers: { cookie }
			});
			if (!res.ok) throw new Error(`archive download failed: ${res.status}`);
			bytes = 0;
			// Read as a browser would, chunk by chunk, without keeping the bytes here.
			for await (const chunk of res.body) bytes += chunk.byteLength;
			if (bytes !== Number(res.headers.get('content-length')))
				throw new Error(`archive cut short: ${bytes} of ${res.headers.get('content-length')}`);
			files = Number(res.headers.get('x-archive-files'));
		});
		seconds.push((performance.now() - t) / 1000);
		peak = Math.max(peak, peakMb);
	}
	seconds.sort((a, b) => a - b);
	const extra = {
		runs: RUNS,
		bytes,
		files,
		note: 'demo conference, HTTP download read to the end, stored (not deflated) entries'
	};
	report('archive.demo_seconds_p50', percentile(seconds, 0.5), 's', extra);
	report('archive.demo_peak_rss', peak, 'MB', {
		...extra,
		rss_before: Math.round(before * 10) / 10,
		note: 'server RSS sampled every 20 ms during the downloads'
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-bench-archive-'));
	const server = await startServer({ dataDir, fresh: true });
	try {
		await archiveFigures({ base: server.url, pid: server.pid, report: printFigure });
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}
