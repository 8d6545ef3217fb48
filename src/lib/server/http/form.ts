import type { RequestEvent } from '@sveltejs/kit';

/**
 * A posted form, read only by name: a field called `__proto__` or any other stranger never reaches
 * a schema or the values echoed back to the page, and a missing field is '' so it meets the
 * schema's own Vietnamese message ("Vui lòng nhập …") instead of a type error.
 */
export class PostedForm {
	constructor(private readonly form: FormData) {}

	/** The named text field: '' for one that is missing or is a file. */
	text(name: string): string {
		const value = this.form.get(name);
		return typeof value === 'string' ? value : '';
	}

	/** The named text fields, as one record. */
	texts<const K extends string>(names: readonly K[]): Record<K, string> {
		return Object.fromEntries(names.map((name) => [name, this.text(name)])) as Record<K, string>;
	}

	/** The named fields as typed, each cut to 1000 characters: shown again beside a refusal so nothing typed is lost. */
	typed<const K extends string>(names: readonly K[]): Record<K, string> {
		return Object.fromEntries(
			names.map((name) => [name, this.text(name).slice(0, 1000)])
		) as Record<K, string>;
	}

	/** Every text value posted under one name (ticked boxes), at most `max` of them. */
	list(name: string, max = 10_000): string[] {
		return this.form
			.getAll(name)
			.filter((v): v is string => typeof v === 'string')
			.slice(0, max);
	}

	/**
	 * The fields whose names start with `prefix`, for a form whose field names carry a key: the
	 * rest of the name and its text (null for a file). The caller checks each key's shape.
	 */
	prefixed(prefix: string): [key: string, value: string | null][] {
		return [...this.form]
			.filter(([name]) => name.startsWith(prefix))
			.map(([name, value]) => [
				name.slice(prefix.length),
				typeof value === 'string' ? value : null
			]);
	}

	/** The named file field, or null when it is missing or is text. */
	file(name: string): File | null {
		const value = this.form.get(name);
		return value instanceof File ? value : null;
	}
}

/** The one way a form action reads its form. */
export async function readForm(event: Pick<RequestEvent, 'request'>): Promise<PostedForm> {
	return new PostedForm(await event.request.formData());
}
