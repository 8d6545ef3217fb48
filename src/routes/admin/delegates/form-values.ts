import { formFields } from '$lib/server/form';
import type { DelegateFormValues } from './DelegateForm.svelte';

export const DELEGATE_FIELDS = ['fullName', 'position', 'organisation', 'groupId', 'phone', 'email', 'note'] as const;

/** What the user typed, returned with a validation error so nothing they entered is lost. */
export function formValues(form: FormData): DelegateFormValues {
	return Object.fromEntries(DELEGATE_FIELDS.map((f) => [f, String(form.get(f) ?? '').slice(0, 1000)])) as unknown as DelegateFormValues;
}

/** The delegate form's fields as the schema reads them: '' for one that is missing. */
export const delegateFields = (form: FormData) => formFields(form, DELEGATE_FIELDS);
