// The lock file's contents and the judgement whether its holder still runs, apart from the file
// and process I/O of ./data-dir-lock.ts so it is tested without either.
/** What a server writes into its data folder's lock file. */
export interface LockHolder {
	pid: number;
	/** ISO time the holder took the lock. */
	startedAt: string;
	/** Linux: /proc/sys/kernel/random/boot_id of the holder's boot. */
	bootId?: string;
	/** Linux: the holder's /proc/self/cmdline, to tell it from an unrelated process that got its pid. */
	cmdline?: string;
}

/** What this process can find out now about the pid in the lock. */
export interface LockProbe {
	ownPid: number;
	/** process.kill(pid, 0) did not answer ESRCH. */
	alive: boolean;
	/** This boot's id (Linux), null elsewhere. */
	bootId: string | null;
	/** When this machine booted, ms since the epoch. */
	bootTime: number;
	/** /proc/<pid>/cmdline of the pid in the lock, null when it cannot be read. */
	cmdline: string | null;
}

/** A lock written this long before the machine booted is from an earlier boot (clock slack). */
const BOOT_SLACK_MS = 60_000;

export function parseLockHolder(text: string): LockHolder | null {
	try {
		const v = JSON.parse(text) as Partial<LockHolder> | null;
		if (!v || !Number.isInteger(v.pid) || (v.pid as number) <= 0 || typeof v.startedAt !== 'string')
			return null;
		return {
			pid: v.pid as number,
			startedAt: v.startedAt,
			...(typeof v.bootId === 'string' ? { bootId: v.bootId } : {}),
			...(typeof v.cmdline === 'string' ? { cmdline: v.cmdline } : {})
		};
	} catch {
		return null;
	}
}

/**
 * 'held' when the pid in the lock is most likely still the server that wrote it. A pid outlives its
 * process only by reuse: after a reboot (boot id, or boot time elsewhere) or, on Linux, by a process
 * with another command line. Elsewhere a live pid in the same boot counts as the holder.
 */
export function judgeLock(holder: LockHolder | null, probe: LockProbe): 'held' | 'stale' {
	if (!holder) return 'stale';
	if (holder.pid === probe.ownPid || !probe.alive) return 'stale';
	if (holder.bootId && probe.bootId) {
		if (holder.bootId !== probe.bootId) return 'stale';
	} else {
		const written = Date.parse(holder.startedAt);
		if (Number.isFinite(written) && written < probe.bootTime - BOOT_SLACK_MS) return 'stale';
	}
	if (holder.cmdline && probe.cmdline !== null && probe.cmdline !== holder.cmdline) return 'stale';
	return 'held';
}
