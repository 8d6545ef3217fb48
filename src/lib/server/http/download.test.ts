import { describe, expect, it } from 'vitest';
import { contentDisposition } from './download';

describe('download file names', () => {
	it('keep Vietnamese letters through RFC 5987 and give an ASCII fallback', () => {
		const header = contentDisposition('Giấy mời - Nguyễn Văn Ánh.docx');
		expect(header).toBe(
			`attachment; filename="giay-moi-nguyen-van-anh.docx"; filename*=UTF-8''Gi%E1%BA%A5y%20m%E1%BB%9Di%20-%20Nguy%E1%BB%85n%20V%C4%83n%20%C3%81nh.docx`
		);
		const encoded = /filename\*=UTF-8''(.+)$/.exec(header)![1]!;
		expect(decodeURIComponent(encoded)).toBe('Giấy mời - Nguyễn Văn Ánh.docx');
	});

	it('never lets a quote or a line break into the header', () => {
		const header = contentDisposition('a"b\r\nc.docx');
		expect(header).not.toMatch(/[\r\n]/);
		expect(header.split('"')).toHaveLength(3);
	});
});
