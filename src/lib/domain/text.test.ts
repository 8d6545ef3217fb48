import { describe, expect, it } from 'vitest';
import { hasControlCharacters, stripControlCharacters } from './text';

describe('control characters', () => {
	it('finds NUL, escape, DEL and C1 controls anywhere in the text', () => {
		for (const bad of [
			'thu\u0000ky',
			'\u0000',
			'a\u001bb',
			'x\u007f',
			'Nguyễn\u0085Văn',
			'\u000b',
			'\f'
		]) {
			expect(hasControlCharacters(bad)).toBe(true);
		}
	});

	it('leaves Vietnamese text, tabs and line breaks alone', () => {
		for (const good of ['Nguyễn Văn Ánh', 'dòng 1\ndòng 2\r\n\tthụt lề', '', '😀 “ngoặc” — gạch']) {
			expect(hasControlCharacters(good)).toBe(false);
			expect(stripControlCharacters(good)).toBe(good);
		}
	});

	it('strips them where dropping is harmless', () => {
		expect(stripControlCharacters('th\u0000u\u0000ky\u007f')).toBe('thuky');
	});
});
