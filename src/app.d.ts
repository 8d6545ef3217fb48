import type { SessionValidationResult } from '$lib/server/auth';
import type { Conference } from '$lib/server/db/schema';

declare global {
	namespace App {
		interface Locals {
			user: SessionValidationResult['user'];
			session: SessionValidationResult['session'];
			/**
			 * The conference being run, read at most once per request and only by a request that asks
			 * (the clock pings and health checks never do); null when there is none.
			 */
			conference(): Promise<Conference | null>;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
