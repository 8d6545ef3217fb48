import { retryDelayMs } from '$lib/domain/backoff';

/**
 * When to send again what could not reach the server (the door's outbox, the secretary's notes):
 * after a failure the next attempt waits 1, 2, 4 … 30 s (retryDelayMs) and then runs by itself;
 * a success starts the count over, and so does the network coming back, which also tries at once.
 */
export class RetryLoop {
	#attempt: () => void;
	#failures = 0;
	#nextAttempt = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stopped = false;

	/** `attempt` sends what waits; it reports back with `succeeded()` or `failed()`. */
	constructor(attempt: () => void) {
		this.#attempt = attempt;
	}

	/** The backoff still holds attempts back: an attempt now would come too early. */
	get holding(): boolean {
		return Date.now() < this.#nextAttempt;
	}

	/** The server could not be reached: wait longer, then try again. */
	failed(): void {
		this.#failures += 1;
		this.#nextAttempt = Date.now() + retryDelayMs(this.#failures);
		this.later();
	}

	/** The server answered: the next failure waits 1 s again. */
	succeeded(): void {
		this.#failures = 0;
	}

	/** New work: the next attempt need not wait, though the count of failures stands. */
	allowNow(): void {
		clearTimeout(this.#timer);
		this.#nextAttempt = 0;
	}

	/** The network came back: forget the backoff and try now. */
	retryNow(): void {
		clearTimeout(this.#timer);
		this.#failures = 0;
		this.#nextAttempt = 0;
		this.#attempt();
	}

	/** Runs the attempt when the backoff allows (an attempt asked for too early waits for it). */
	later(): void {
		clearTimeout(this.#timer);
		if (this.#stopped) return;
		this.#timer = setTimeout(() => this.#attempt(), Math.max(0, this.#nextAttempt - Date.now()));
	}

	/**
	 * Follows the network: `online`, then an attempt at once. `onNetwork` hears both directions.
	 * Returns the function that stops it, and any attempt still planned.
	 */
	start(onNetwork?: (online: boolean) => void): () => void {
		this.#stopped = false;
		const onOnline = () => {
			onNetwork?.(true);
			this.retryNow();
		};
		const onOffline = () => onNetwork?.(false);
		window.addEventListener('online', onOnline);
		window.addEventListener('offline', onOffline);
		return () => {
			this.#stopped = true;
			clearTimeout(this.#timer);
			window.removeEventListener('online', onOnline);
			window.removeEventListener('offline', onOffline);
		};
	}
}
