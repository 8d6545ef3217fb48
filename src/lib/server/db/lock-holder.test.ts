import { describe, expect, it } from 'vitest';
import { judgeLock, parseLockHolder, type LockHolder, type LockProbe } from './lock-holder';

const now = Date.parse('2026-04-24T01:00:00Z');
const holder: LockHolder = {
	pid: 4242,
	startedAt: '2026-04-24T00:30:00.000Z',
	bootId: 'boot-a',
	cmdline: 'node scripts/start.js'
};
const probe = (over: Partial<LockProbe> = {}): LockProbe => ({
	ownPid: 777,
	alive: true,
	bootId: 'boot-a',
	bootTime: now - 3_600_000,
	cmdline: 'node scripts/start.js',
	...over
});

describe('judgeLock', () => {
	it('keeps a lock whose server is still running', () => {
		expect(judgeLock(holder, probe())).toBe('held');
	});

	it('takes over a lock whose pid is gone (kill -9, power cut)', () => {
		expect(judgeLock(holder, probe({ alive: false, cmdline: null }))).toBe('stale');
	});

	it('takes over a lock carrying its own pid (a container restarts with the same pids)', () => {
		expect(judgeLock(holder, probe({ ownPid: 4242 }))).toBe('stale');
	});

	it('takes over a lock from an earlier boot, by boot id or else by boot time', () => {
		expect(judgeLock(holder, probe({ bootId: 'boot-b' }))).toBe('stale');
		const noIds = { pid: 4242, startedAt: holder.startedAt };
		expect(judgeLock(noIds, probe({ bootId: null, bootTime: now }))).toBe('stale');
		expect(judgeLock(noIds, probe({ bootId: null, cmdline: null }))).toBe('held');
	});

	it('takes over a lock whose pid now runs another program', () => {
		expect(judgeLock(holder, probe({ cmdline: '/usr/sbin/sshd -D' }))).toBe('stale');
	});

	it('counts a live pid as the holder when its command line cannot be read', () => {
		expect(judgeLock(holder, probe({ cmdline: null }))).toBe('held');
	});

	it('takes over an unreadable lock (the reader waits for a writer first)', () => {
		expect(judgeLock(null, probe())).toBe('stale');
	});
});

describe('parseLockHolder', () => {
	it('reads what a server writes and refuses anything else', () => {
		expect(parseLockHolder(JSON.stringify(holder))).toEqual(holder);
		expect(parseLockHolder('')).toBeNull();
		expect(parseLockHolder('{"pid":"12","startedAt":"x"}')).toBeNull();
		expect(parseLockHolder('{"pid":0,"startedAt":"x"}')).toBeNull();
	});
});
