import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { noStore } from '$lib/server/http/headers';

/** NTP-style ping: the client compares with its own clock, compensating half the round trip. */
export const GET: RequestHandler = () => json({ serverTime: Date.now() }, { headers: noStore });
