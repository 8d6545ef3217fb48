import type { SessionValidationResult } from '$lib/server/auth';
import type { Conference } from '$lib/server/db/schema';

declare global {
	namespace App {
		interface Locals {
			user: SessionValidationResult['user'];
			session: SessionValidationResult['session'];
			/** The conference being run, resolved once per request by the handle hook; null when there is none. */
			conference: Conference | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
