// The built app as its clients meet it: started on its own database, a staff sign-in, a reader of /api/live.
import { expect } from 'vitest';
import type { MeetingSnapshot } from '$lib/domain/meeting';
import { SESSION_COOKIE } from '$lib/domain/session-token';
import { startServer } from '../../scripts/lib/server-process.js';
import { DEMO_PASSWORD, demoCopy } from './test-db';

/** A user-facing message is in Vietnamese: it has at least one Vietnamese letter. */
export const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

/** Signs a demo account in through the login form; returns the `name=value` session cookie. */
export async function signIn(baseUrl: string, username: string): Promise<string> {
	const res = await fetch(`${baseUrl}/login`, {
		method: 'POST',
		headers: {
			origin: baseUrl,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ username, password: DEMO_PASSWORD }),
		redirect: 'manual'
	});
	expect(res.status).toBe(303);
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
	expect(cookie).toBeDefined();
	return cookie!.split(';')[0]!;
}

/**
 * The built app on a copy of the demo (`demoCopy`: a PGlite data folder, or in CI with
 * TEST_DATABASE_URL a PostgreSQL database given with DATABASE_URL, as an operator would). `stop`
 * removes the copy.
 */
export async function startTestApp(): Promise<{ url: string; stop(): Promise<void> }> {
	const copy = await demoCopy();
	const env: Record<string, string> = {
		HOINGHI_SECRET: process.env.HOINGHI_SECRET!,
		DATABASE_URL: 'url' in copy.where ? copy.where.url : ''
	};
	try {
		const server = await startServer({ dataDir: copy.dataDir, fresh: false, env });
		return {
			url: server.url,
			async stop() {
				await server.stop();
				await copy.remove();
			}
		};
	} catch (err) {
		await copy.remove();
		throw err;
	}
}

export interface SseEvent {
	event: string;
	data: Record<string, unknown> & { serverTime?: number };
}

/** A client of /api/live that reads the stream with fetch and keeps every event it parses. */
export async function openLive(baseUrl: string, cookie?: string) {
	const abort = new AbortController();
	const res = await fetch(`${baseUrl}/api/live`, {
		headers: cookie ? { cookie } : {},
		signal: abort.signal
	});
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
	const events: SseEvent[] = [];
	let wake = () => {};
	const reader = res.body!.getReader();
	const decoder = new TextDecoder();
	const pump = (async () => {
		let buffer = '';
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				buffer += decoder.decode(value, { stream: true });
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					let name = 'message';
					const data: string[] = [];
					for (const line of block.split('\n')) {
						if (line.startsWith('event:')) name = line.slice(6).trim();
						else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
					}
					if (data.length === 0) continue;
					events.push({ event: name, data: JSON.parse(data.join('\n')) as SseEvent['data'] });
					wake();
				}
			}
		} catch {
			/* aborted */
		}
	})();
	/** The first event (received so far or later) that matches, or a failure after timeoutMs. */
	const waitFor = async (
		match: (e: SseEvent) => boolean,
		what: string,
		timeoutMs = 10_000
	): Promise<SseEvent> => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const found = events.find(match);
			if (found) return found;
			const left = deadline - Date.now();
			if (left <= 0)
				throw new Error(
					`no ${what} on /api/live within ${timeoutMs} ms; got: ${events.map((e) => e.event).join(', ')}`
				);
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, left);
				wake = () => (clearTimeout(timer), resolve());
			});
		}
	};
	await waitFor((e) => e.event === 'hello', 'hello');
	return {
		events,
		waitFor,
		meetingEvent: (version: number) =>
			waitFor(
				(e) => e.event === 'meeting' && (e.data.meeting as MeetingSnapshot).version === version,
				`meeting event v${version}`
			),
		async close() {
			abort.abort();
			await reader.cancel().catch(() => {});
			await pump;
		}
	};
}
