import type { DelegateFormValues } from './DelegateForm.svelte';

const FIELDS = ['fullName', 'position', 'organisation', 'groupId', 'phone', 'email', 'note'] as const;

/** What the user typed, returned with a validation error so nothing they entered is lost. */
export function formValues(form: FormData): DelegateFormValues {
	return Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '').slice(0, 1000)])) as unknown as DelegateFormValues;
}
