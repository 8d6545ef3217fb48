import {
	closeSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	statSync,
	unlinkSync,
	writeSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pad2, vnParts } from '$lib/domain/dates';
import { DatabaseUnavailableError } from './index';
import { judgeLock, parseLockHolder, type LockHolder, type LockProbe } from './lock-holder';

/** Another live server uses the data folder; its message is the one line printed at start. */
export class DataDirLockedError extends DatabaseUnavailableError {}

export const LOCK_FILE = 'server.lock';
/** Held for the few ms it takes to remove a stale lock, so two starters never both remove one. */
const BREAK_FILE = 'server.lock.break';
/**
 * A break file this old was left by a process that died while removing a stale lock. Removing it is
 * not itself guarded: that race needs a crash inside those few ms and two starts right after.
 */
const BREAK_STALE_MS = 10_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function readOrNull(file: string): string | null {
	try {
		return readFileSync(file, 'utf8');
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw err;
	}
}

/** Creates the file only if it does not exist: the one atomic step that decides who holds it. */
function tryCreate(file: string, text: string): boolean {
	let fd: number;
	try {
		fd = openSync(file, 'wx', 0o644);
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw err;
	}
	try {
		writeSync(fd, text);
	} catch (err) {
		closeSync(fd);
		unlinkSync(file);
		throw err;
	}
	closeSync(fd);
	return true;
}

/** A starter that just created the file may not have written it yet: give it a moment. */
function readSettled(file: string): string | null {
	let text = readOrNull(file);
	for (let waited = 0; text !== null && !parseLockHolder(text) && waited < 1000; waited += 50) {
		sleep(50);
		text = readOrNull(file);
	}
	return text;
}

const linuxBootId = () => readOrNull('/proc/sys/kernel/random/boot_id')?.trim() || null;
const procCmdline = (pid: number | 'self') => {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
	} catch {
		return null;
	}
};

function probe(holder: LockHolder | null): LockProbe {
	let alive = false;
	if (holder) {
		try {
			process.kill(holder.pid, 0);
			alive = true;
		} catch (err) {
			// EPERM: the pid exists under another user.
			alive = (err as NodeJS.ErrnoException).code !== 'ESRCH';
		}
	}
	return {
		ownPid: process.pid,
		alive,
		bootId: linuxBootId(),
		bootTime: Date.now() - os.uptime() * 1000,
		cmdline: holder && alive ? procCmdline(holder.pid) : null
	};
}

function shownTime(iso: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	const p = vnParts(d);
	return `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(d.getUTCSeconds())} ngày ${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/**
 * Takes DATA_DIR/server.lock for this process, or throws DataDirLockedError naming the live server
 * that holds it. PGlite is one process's database: a second server on the same folder would see
 * only its own writes. A lock whose pid is dead, is this process's own, or has since gone to another
 * process (see judgeLock) is removed. Returns the release, also run on process exit.
 */
export function lockDataDir(dataDir: string): () => void {
	mkdirSync(dataDir, { recursive: true });
	const lockPath = path.join(dataDir, LOCK_FILE);
	const breakPath = path.join(dataDir, BREAK_FILE);
	const cmdline = procCmdline('self');
	const bootId = linuxBootId();
	const mine: LockHolder = {
		pid: process.pid,
		startedAt: new Date().toISOString(),
		...(bootId ? { bootId } : {}),
		...(cmdline ? { cmdline } : {})
	};
	const text = JSON.stringify(mine);

	for (let attempt = 0; attempt < 100; attempt++) {
		if (tryCreate(lockPath, text)) {
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				process.off('exit', release);
				try {
					// Never remove a lock another process took after a stale one of ours.
					if (readOrNull(lockPath) === text) unlinkSync(lockPath);
				} catch {
					// a lock left behind names a dead pid: the next start removes it
				}
			};
			process.on('exit', release);
			return release;
		}
		const seen = readSettled(lockPath);
		if (seen === null) continue; // released meanwhile
		const holder = parseLockHolder(seen);
		if (judgeLock(holder, probe(holder)) === 'held' && holder) {
			throw new DataDirLockedError(
				`thư mục dữ liệu ${dataDir} đang được tiến trình ${holder.pid} (bắt đầu lúc ${shownTime(holder.startedAt)}) sử dụng. ` +
					'Hãy dừng tiến trình đó trước, hoặc đặt HOINGHI_DATA_DIR khác.'
			);
		}
		// Stale. Remove it only under the break file and only if it is still the lock judged stale:
		// another starter may have replaced it with a live one in between.
		if (tryCreate(breakPath, text)) {
			try {
				if (readOrNull(lockPath) === seen) rmSync(lockPath, { force: true });
			} finally {
				rmSync(breakPath, { force: true });
			}
		} else {
			try {
				if (Date.now() - statSync(breakPath).mtimeMs > BREAK_STALE_MS) unlinkSync(breakPath);
			} catch {
				// gone already
			}
			sleep(20);
		}
	}
	throw new DataDirLockedError(`không giữ được tệp khoá ${lockPath}; hãy thử khởi động lại.`);
}
