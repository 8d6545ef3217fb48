import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config } from './config';

let cached: Uint8Array | undefined;

/**
 * The one server secret behind invite tokens and hall codes: HOINGHI_SECRET, else a random value
 * generated once into the data directory (mode 0600). Several app processes on one PostgreSQL
 * must share it: give them the same HOINGHI_SECRET or the same data directory.
 */
export function serverSecret(): Uint8Array {
	if (cached) return cached;
	const fromEnv = config.secret;
	if (fromEnv) {
		if (fromEnv.length < 16) throw new Error('HOINGHI_SECRET phải dài ít nhất 16 ký tự');
		return (cached = new TextEncoder().encode(fromEnv));
	}
	const file = path.join(config.dataDir, 'secret');
	let text: string;
	try {
		text = readFileSync(file, 'utf8').trim();
	} catch {
		mkdirSync(config.dataDir, { recursive: true });
		text = randomBytes(32).toString('base64url');
		// 'wx' fails if another process wrote it first; then read theirs.
		try {
			writeFileSync(file, text + '\n', { mode: 0o600, flag: 'wx' });
			chmodSync(file, 0o600);
		} catch {
			text = readFileSync(file, 'utf8').trim();
		}
	}
	return (cached = new TextEncoder().encode(text));
}
