import { fail } from '@sveltejs/kit';
import { delegateInputSchema, type DelegateInput } from '$lib/server/delegates/delegate-schema';
import { formFields } from '$lib/server/form';
import type { DelegateFormValues } from './DelegateForm.svelte';

export const DELEGATE_FIELDS = [
	'fullName',
	'position',
	'organisation',
	'groupId',
	'phone',
	'email',
	'note'
] as const;

/** What the user typed, returned with a validation error so nothing they entered is lost. */
export function formValues(form: FormData): DelegateFormValues {
	return Object.fromEntries(
		DELEGATE_FIELDS.map((f) => [f, String(form.get(f) ?? '').slice(0, 1000)])
	) as unknown as DelegateFormValues;
}

/** The delegate form's fields as the schema reads them: '' for one that is missing. */
export const delegateFields = (form: FormData) => formFields(form, DELEGATE_FIELDS);

/** The delegate form as posted: its input, or the 400 that names the first problem and shows the fields again. */
export function readDelegateForm(form: FormData) {
	const parsed = delegateInputSchema.safeParse(delegateFields(form));
	if (parsed.success) return { input: parsed.data as DelegateInput, refused: null };
	return {
		input: null,
		refused: fail(400, { message: parsed.error.issues[0]!.message, values: formValues(form) })
	};
}
