import { describe, expect, it } from 'vitest';
import { PostedForm } from './form';

describe('PostedForm: the one reader of a posted form', () => {
	const data = new FormData();
	data.append('name', 'Lan');
	data.append('__proto__', 'x');
	data.append('tick', '1');
	data.append('tick', '2');
	data.append('file', new File(['a'], 'a.pdf'));
	data.append('text:intro', 'Mở đầu');
	const form = new PostedForm(data);

	it('reads named text fields only: a missing one or a file is empty, strangers never appear', () => {
		const fields = form.texts(['name', 'missing', 'file']);
		expect(fields).toEqual({ name: 'Lan', missing: '', file: '' });
		expect(Object.keys(fields)).not.toContain('__proto__');
		expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
	});

	it('reads lists, files and keyed fields', () => {
		expect(form.list('tick')).toEqual(['1', '2']);
		expect(form.list('tick', 1)).toEqual(['1']);
		expect(form.file('file')?.name).toBe('a.pdf');
		expect(form.file('name')).toBeNull();
		expect(form.prefixed('text:')).toEqual([['intro', 'Mở đầu']]);
	});

	it('gives the fields as typed, cut to 1000 characters', () => {
		const long = new PostedForm(new FormData());
		expect(long.typed(['a'])).toEqual({ a: '' });
		const d = new FormData();
		d.append('a', 'x'.repeat(2000));
		expect(new PostedForm(d).typed(['a']).a).toHaveLength(1000);
	});
});
