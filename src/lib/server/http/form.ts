/**
 * The named text fields of a posted form: '' for one that is missing or is a file. Only these
 * names are read, so a field called `__proto__` or any other stranger never reaches a schema or
 * the values echoed back to the page, and a missing field meets the schema's own Vietnamese
 * message ("Vui lòng nhập …") instead of a type error.
 */
export function formFields<const K extends string>(
	form: FormData,
	names: readonly K[]
): Record<K, string> {
	return Object.fromEntries(
		names.map((name) => {
			const value = form.get(name);
			return [name, typeof value === 'string' ? value : ''];
		})
	) as Record<K, string>;
}
