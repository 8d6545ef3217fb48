import { fail } from '@sveltejs/kit';
import { formFields } from '$lib/server/form';
import { UNIT_FIELDS, unitInputSchema } from '$lib/server/units/unit-schema';

export type UnitFormValues = Record<(typeof UNIT_FIELDS)[number], string>;

/** What the user typed, returned with a validation error so nothing they entered is lost. */
export function unitFormValues(form: FormData): UnitFormValues {
	const fields = formFields(form, UNIT_FIELDS);
	return Object.fromEntries(
		UNIT_FIELDS.map((f) => [f, fields[f].slice(0, 1000)])
	) as UnitFormValues;
}

/** The unit form as posted: its input, or the 400 that names the first problem and shows the fields again. */
export function readUnitForm(form: FormData) {
	const parsed = unitInputSchema.safeParse(formFields(form, UNIT_FIELDS));
	if (parsed.success) return { input: parsed.data, refused: null };
	return {
		input: null,
		refused: fail(400, { message: parsed.error.issues[0]!.message, values: unitFormValues(form) })
	};
}
