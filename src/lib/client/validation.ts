import { vietnameseValidityMessage } from '$lib/domain/validity';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isField = (t: EventTarget | null): t is Field =>
	t instanceof HTMLInputElement ||
	t instanceof HTMLTextAreaElement ||
	t instanceof HTMLSelectElement;

/**
 * Every form of the app, once from the root layout: when the browser finds a field invalid it shows
 * our Vietnamese sentence (src/lib/domain/validity.ts) instead of its own ("Please fill out this
 * field."); typing again clears it so the browser checks afresh. Returns the uninstaller.
 */
export function installVietnameseValidation(root: Document): () => void {
	const onInvalid = (e: Event) => {
		const f = e.target;
		if (!isField(f)) return;
		f.setCustomValidity('');
		if (f.validity.valid) return;
		const limits =
			f instanceof HTMLSelectElement ? { minLength: -1, maxLength: -1, min: '', max: '' } : f;
		f.setCustomValidity(
			vietnameseValidityMessage(f.validity, {
				type: f.type,
				value: f.value,
				minLength: limits.minLength,
				maxLength: limits.maxLength,
				min: 'min' in limits ? limits.min : '',
				max: 'max' in limits ? limits.max : '',
				title: f.title
			})
		);
	};
	const onEdit = (e: Event) => {
		if (isField(e.target)) e.target.setCustomValidity('');
	};
	root.addEventListener('invalid', onInvalid, true);
	root.addEventListener('input', onEdit, true);
	root.addEventListener('change', onEdit, true);
	return () => {
		root.removeEventListener('invalid', onInvalid, true);
		root.removeEventListener('input', onEdit, true);
		root.removeEventListener('change', onEdit, true);
	};
}
