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
