import { fail } from '@sveltejs/kit';
import type { PostedForm } from '$lib/server/http/form';
import { UNIT_FIELDS, unitInputSchema } from '$lib/server/units/unit-schema';

export type UnitFormValues = Record<(typeof UNIT_FIELDS)[number], string>;

/** What the user typed, returned with a validation error so nothing they entered is lost. */
export function unitFormValues(form: PostedForm): UnitFormValues {
	return form.typed(UNIT_FIELDS);
}

/** The unit form as posted: its input, or the 400 that names the first problem and shows the fields again. */
export function readUnitForm(form: PostedForm) {
	const parsed = unitInputSchema.safeParse(form.texts(UNIT_FIELDS));
	if (parsed.success) return { input: parsed.data, refused: null };
	return {
		input: null,
		refused: fail(400, { message: parsed.error.issues[0]!.message, values: unitFormValues(form) })
	};
}
