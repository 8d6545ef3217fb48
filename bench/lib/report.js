// How every benchmark prints a figure and reads a server's memory (bench/run.js, size.js, door-load.js).
import { readFileSync } from 'node:fs';

/**
 * One figure as one JSON line on stdout: `{ name, value, unit, ...extra }`.
 * @param {string} name @param {number} value @param {string} unit @param {Record<string, unknown>} [extra]
 */
export function report(name, value, unit, extra = {}) {
	console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit, ...extra }));
}

/**
 * Resident memory of a process, in MB (Linux /proc).
 * @param {number} pid
 */
export function residentMb(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/**
 * Runs `step` while sampling a process's resident memory every 20 ms; resolves with the step's
 * result and the highest RSS seen, in MB.
 * @template T @param {number} pid @param {() => Promise<T>} step
 * @returns {Promise<{ result: T, peakMb: number }>}
 */
export async function withPeakRss(pid, step) {
	let peak = residentMb(pid);
	const sampler = setInterval(() => (peak = Math.max(peak, residentMb(pid))), 20);
	try {
		const result = await step();
		return { result, peakMb: Math.max(peak, residentMb(pid)) };
	} finally {
		clearInterval(sampler);
	}
}
