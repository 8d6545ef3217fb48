import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, foldVietnamese, matchesSearch, normalizeName } from './vietnamese';

describe('diacritic-blind search', () => {
	it('finds "Nguyễn Văn A" from "nguyen van a"', () => {
		expect(matchesSearch('Nguyễn Văn A', 'nguyen van a')).toBe(true);
		expect(matchesSearch('Nguyễn Văn A', 'NGUYEN')).toBe(true);
	});

	it('folds đ to d and ignores every tone and vowel mark', () => {
		expect(foldVietnamese('Đặng Thị Ánh Tuyết')).toBe('dang thi anh tuyet');
		expect(foldVietnamese('Lường Ưng Ơn Ủy')).toBe('luong ung on uy');
		expect(matchesSearch('Đinh Văn Chinh', 'dinh chinh')).toBe(true);
	});

	it('treats NFC and NFD forms of a name alike', () => {
		const nfc = 'Nguyễn Thị Hằng'.normalize('NFC');
		const nfd = 'Nguyễn Thị Hằng'.normalize('NFD');
		expect(nfc).not.toBe(nfd);
		expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
		expect(matchesSearch(nfd, 'hang')).toBe(true);
		expect(normalizeName(`  ${nfd}  `)).toBe(nfc);
	});

	it('does not match what is not there', () => {
		expect(matchesSearch('Nguyễn Văn A', 'tran')).toBe(false);
		expect(matchesSearch('Hà Thị Lan', 'lang')).toBe(false);
	});

	it('matches everything for an empty query', () => {
		expect(matchesSearch('Bất kỳ ai', '   ')).toBe(true);
	});
});

describe('Vietnamese name order', () => {
	const sort = (names: string[]) => [...names].sort(compareVietnameseNames);

	it('sorts by given name first, not family name', () => {
		expect(sort(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn Cường'])).toEqual([
			'Trần Thị An',
			'Nguyễn Văn Bình',
			'Lê Văn Cường'
		]);
	});

	it('then by family name, then middle name', () => {
		expect(sort(['Trần Văn Hùng', 'Lê Văn Hùng', 'Lê Đức Hùng'])).toEqual([
			'Lê Đức Hùng',
			'Lê Văn Hùng',
			'Trần Văn Hùng'
		]);
	});

	it('puts đ after d, and ă, â after a', () => {
		expect(sort(['Lê Văn Đức', 'Lê Văn Dũng', 'Lê Văn Dương'])).toEqual([
			'Lê Văn Dũng',
			'Lê Văn Dương',
			'Lê Văn Đức'
		]);
		expect(sort(['Hà Văn Ân', 'Hà Văn Ăn', 'Hà Văn Anh'])).toEqual([
			'Hà Văn Anh',
			'Hà Văn Ăn',
			'Hà Văn Ân'
		]);
	});

	it('orders a tone-marked letter right after its bare letter', () => {
		expect(sort(['Mai Thị Ánh', 'Mai Thị Bình', 'Mai Thị Anh'])).toEqual([
			'Mai Thị Anh',
			'Mai Thị Ánh',
			'Mai Thị Bình'
		]);
	});
});
