/** A form's `use:enhance` that asks first, before a step one click should not take alone. */
export function confirmFirst(message: string) {
	return ({ cancel }: { cancel: () => void }) => {
		if (!confirm(message)) cancel();
	};
}
