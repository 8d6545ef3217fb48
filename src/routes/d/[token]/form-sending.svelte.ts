import type { SubmitFunction } from '@sveltejs/kit';

/**
 * A form on a delegate's phone, often on weak Wi-Fi: "Đang gửi…" while it goes, what was typed kept
 * (no reset), and when the request got no answer, a message saying so instead of an error page.
 */
export class FormSending {
	sending = $state(false);
	error = $state<string | null>(null);
	#offlineMessage: string;

	constructor(offlineMessage: string) {
		this.#offlineMessage = offlineMessage;
	}

	/** For `use:enhance`; `onSuccess` runs once the page's data is updated. */
	enhance(onSuccess?: () => void | Promise<void>): SubmitFunction {
		return () => {
			this.sending = true;
			this.error = null;
			return async ({ result, update }) => {
				this.sending = false;
				if (result.type === 'error') {
					this.error = this.#offlineMessage;
					return;
				}
				await update({ reset: false });
				if (result.type === 'success') await onSuccess?.();
			};
		};
	}
}
