import { describe, expect, it } from 'vitest';
import {
	archiveName,
	dispositionFileName,
	manifestLine,
	shortTitle,
	twoDigits,
	uniquePath,
	withKind
} from './archive-names';

describe('archiveName', () => {
	it('folds Vietnamese marks and đ, keeping case and words', () => {
		expect(archiveName('Báo cáo sơ kết Đoàn Thanh niên')).toBe('Bao cao so ket Doan Thanh nien');
		expect(archiveName('Hội Liên hiệp Phụ nữ xã')).toBe('Hoi Lien hiep Phu nu xa');
	});
	it('folds NFC and NFD spellings alike', () => {
		expect(archiveName('Tham luận'.normalize('NFD'))).toBe(
			archiveName('Tham luận'.normalize('NFC'))
		);
	});
	it('replaces what Windows refuses and never ends in a dot or space', () => {
		expect(archiveName('Báo cáo: 6 tháng / năm 2026?')).toBe('Bao cao - 6 thang - nam 2026');
		expect(archiveName('Tài liệu...')).toBe('Tai lieu');
		expect(archiveName('“Kế hoạch” số 12')).toBe('Ke hoach so 12');
	});
	it('cuts long names and never gives an empty one', () => {
		expect(archiveName('a'.repeat(100), 20)).toHaveLength(20);
		expect(archiveName('???')).toBe('Tep');
		expect(archiveName('')).toBe('Tep');
	});
});

describe('uniquePath', () => {
	it('numbers a second file of the same name, case-blind, before its extension', () => {
		const taken = new Set<string>();
		expect(uniquePath('02/Bao cao - ban 1.docx', taken)).toBe('02/Bao cao - ban 1.docx');
		expect(uniquePath('02/bao cao - ban 1.docx', taken)).toBe('02/bao cao - ban 1 (2).docx');
		expect(uniquePath('02/Bao cao - ban 1.docx', taken)).toBe('02/Bao cao - ban 1 (3).docx');
		expect(uniquePath('02.x/README', taken)).toBe('02.x/README');
	});
});

describe('manifest', () => {
	it('writes sha256sum lines', () => {
		expect(manifestLine('ab'.repeat(32), '01 Van ban/Giay moi.docx')).toBe(
			`${'ab'.repeat(32)}  01 Van ban/Giay moi.docx\n`
		);
		expect(twoDigits(3)).toBe('03');
	});
});

describe('shortTitle and withKind', () => {
	it('cuts a long conference title at a word', () => {
		const title = 'Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính các cấp';
		expect(shortTitle(title, 40)).toBe('Hội nghị sơ kết 01 năm thực hiện sắp xếp');
		expect(shortTitle('Hội nghị', 40)).toBe('Hội nghị');
	});
	it('names the kind once', () => {
		expect(withKind('Báo cáo', 'Báo cáo sơ kết 01 năm')).toBe('Báo cáo sơ kết 01 năm');
		expect(withKind('Tham luận', 'Bài tham luận số 1')).toBe('Tham luận - Bài tham luận số 1');
	});
});

describe('dispositionFileName', () => {
	it('reads the exact Vietnamese name, else the plain one, else the fallback', () => {
		const header = `attachment; filename="ho-so.zip"; filename*=UTF-8''${encodeURIComponent('Hồ sơ lưu trữ.zip')}`;
		expect(dispositionFileName(header, 'x.zip')).toBe('Hồ sơ lưu trữ.zip');
		expect(dispositionFileName('attachment; filename="ho-so.zip"', 'x.zip')).toBe('ho-so.zip');
		expect(dispositionFileName("attachment; filename*=UTF-8''%E0%A4", 'x.zip')).toBe('x.zip');
		expect(dispositionFileName(null, 'x.zip')).toBe('x.zip');
	});
});
