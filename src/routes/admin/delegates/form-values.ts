import { fail } from '@sveltejs/kit';
import { delegateInputSchema, type DelegateInput } from '$lib/server/delegates/delegate-schema';
import type { PostedForm } from '$lib/server/http/form';
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
export function formValues(form: PostedForm): DelegateFormValues {
	return form.typed(DELEGATE_FIELDS) as unknown as DelegateFormValues;
}

/** The delegate form as posted: its input, or the 400 that names the first problem and shows the fields again. */
export function readDelegateForm(form: PostedForm) {
	const parsed = delegateInputSchema.safeParse(form.texts(DELEGATE_FIELDS));
	if (parsed.success) return { input: parsed.data as DelegateInput, refused: null };
	return {
		input: null,
		refused: fail(400, { message: parsed.error.issues[0]!.message, values: formValues(form) })
	};
}
