// Text and HTML of an accepted file, read in a worker thread with a time and a memory limit:
// mammoth and PDF.js trust the file, and a crafted one can spin for minutes or allocate gigabytes.
// The worker is killed at the limit and the version is kept with status 'failed'.
import { Worker } from 'node:worker_threads';
import type { ExtractionStatus, FileKind } from '$lib/domain/documents';
import { sanitizeDocumentHtml } from './sanitize';
// The worker's source is inlined into this module (Vite's ?raw, in vitest and in the build alike)
// and run with `eval: true`. A worker file referenced by `new URL('./x.js', import.meta.url)` is
// not copied into build/ by adapter-node's server bundle, and a .ts file cannot be a worker on
// Node 20; source text has no file to lose.
import workerSource from './extract-worker.js?raw';

export interface Extracted {
	status: ExtractionStatus;
	text: string;
	/** Sanitised (sanitize.ts). */
	html: string;
}

export interface ExtractLimits {
	timeoutMs: number;
	/** The worker's V8 heap (old generation); over it the worker dies, not the server. */
	maxMemoryMb: number;
}

/** A 60-page report reads in well under a second; 20 s is for a slow, busy machine. */
export const EXTRACT_LIMITS: ExtractLimits = { timeoutMs: 20_000, maxMemoryMb: 512 };

/** Two cores on the office laptop: two readers at once at most, the rest wait their turn. */
const MAX_PARALLEL = 2;

const FAILED: Extracted = { status: 'failed', text: '', html: '' };

// The worker resolves mammoth and unpdf from here: the source tree under vitest, build/server/
// in the built app; both find the project's node_modules above them.
const modulesFrom = import.meta.url;

const running = new Set<Worker>();
/** Workers alive now (tests check a timed-out one is gone). */
export const runningExtractions = () => running.size;

let active = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(job: () => Promise<T>): Promise<T> {
	if (active >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
	active++;
	try {
		return await job();
	} finally {
		active--;
		waiting.shift()?.();
	}
}

type WorkerAnswer = { status: 'text' | 'scanned'; text: string; html: string } | { error: string };

/** Text and sanitised HTML, off the request's thread with a time and memory limit; a file it cannot read gives status 'failed', never a throw. */
export function extractDocument(
	file: { kind: FileKind; bytes: Uint8Array },
	limits: ExtractLimits = EXTRACT_LIMITS
): Promise<Extracted> {
	return inTurn(() => readInWorker(file, limits));
}

function readInWorker(
	file: { kind: FileKind; bytes: Uint8Array },
	limits: ExtractLimits
): Promise<Extracted> {
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(workerSource, {
				eval: true,
				workerData: { kind: file.kind, bytes: file.bytes, from: modulesFrom },
				resourceLimits: {
					maxOldGenerationSizeMb: limits.maxMemoryMb,
					maxYoungGenerationSizeMb: 64
				},
				stdout: true,
				stderr: true
			});
		} catch {
			resolve(FAILED);
			return;
		}
		running.add(worker);
		// PDF.js warns on the console about odd fonts; read and drop it, not the server's log.
		worker.stdout.resume();
		worker.stderr.resume();
		let settled = false;
		const finish = (result: Extracted) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			// Resolved only once the thread is gone, so a timed-out reader holds no memory after.
			void worker.terminate().finally(() => {
				running.delete(worker);
				resolve(result);
			});
		};
		const timer = setTimeout(() => finish(FAILED), limits.timeoutMs);
		worker.once('message', (answer: WorkerAnswer) => {
			if ('error' in answer) finish(FAILED);
			else {
				try {
					finish({
						status: answer.status,
						text: answer.text,
						html: sanitizeDocumentHtml(answer.html)
					});
				} catch {
					finish(FAILED);
				}
			}
		});
		// Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash in a library: the file is unreadable.
		worker.once('error', () => finish(FAILED));
		worker.once('exit', () => {
			running.delete(worker);
			finish(FAILED);
		});
	});
}
