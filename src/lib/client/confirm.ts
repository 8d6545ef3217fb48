/** A form's `use:enhance` that asks first: a revoked link or a removed unit cannot be undone. */
export function confirmFirst(message: string) {
	return ({ cancel }: { cancel: () => void }) => {
		if (!confirm(message)) cancel();
	};
}
