import { describe, expect, it } from 'vitest';
import { sanitizeDocumentHtml } from './sanitize';

describe('sanitizeDocumentHtml: what a crafted report could smuggle in is gone, its text kept', () => {
	it('keeps the structure of a report: headings, paragraphs, lists, tables, emphasis', () => {
		const html =
			'<h1>I. KẾT QUẢ</h1><h2>1. Đặc điểm</h2><h3>1.1</h3><h4>a)</h4><p>Văn <strong>phòng</strong> <em>đã</em> <b>tham</b> <i>mưu</i> <u>kịp thời</u><br></p>' +
			'<ul><li>Một</li></ul><ol><li>Hai</li></ol><table><thead><tr><th colspan="2">Chỉ tiêu</th></tr></thead><tbody><tr><td>Hồ sơ</td><td rowspan="1">98%</td></tr></tbody></table>';
		expect(sanitizeDocumentHtml(html)).toBe(html.replace('<br>', '<br />'));
	});

	it('drops script and style elements with their content', () => {
		expect(
			sanitizeDocumentHtml('<p>Báo cáo<script>alert(1)</script></p><style>p{display:none}</style>')
		).toBe('<p>Báo cáo</p>');
	});

	it('drops event handlers and style, class and id attributes', () => {
		expect(
			sanitizeDocumentHtml('<p onclick="steal()" style="color:red" class="x" id="y">Kết quả</p>')
		).toBe('<p>Kết quả</p>');
		expect(sanitizeDocumentHtml('<img src="x" onerror="steal()"><p>Sau ảnh</p>')).toBe(
			'<p>Sau ảnh</p>'
		);
	});

	it('keeps http, https and mailto links (opening apart, no opener); drops javascript:, data: and relative ones', () => {
		expect(sanitizeDocumentHtml('<a href="https://binhthanh.gov.vn/kh">Kế hoạch</a>')).toBe(
			'<a href="https://binhthanh.gov.vn/kh" rel="noopener noreferrer" target="_blank">Kế hoạch</a>'
		);
		expect(sanitizeDocumentHtml('<a href="mailto:vanphong@binhthanh.gov.vn">thư</a>')).toContain(
			'href="mailto:vanphong@binhthanh.gov.vn"'
		);
		for (const href of [
			'javascript:alert(1)',
			' JaVaScRiPt:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'//evil.example/x',
			'vbscript:x'
		]) {
			expect(sanitizeDocumentHtml(`<a href="${href}" target="_top">Bấm vào</a>`)).toBe(
				'<a>Bấm vào</a>'
			);
		}
	});

	it("drops Word's empty bookmark anchors and keeps the text of in-page links", () => {
		expect(
			sanitizeDocumentHtml(
				'<h2><a id="_Toc1"></a>1. Đặc điểm</h2><p>Chú thích<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>'
			)
		).toBe('<h2>1. Đặc điểm</h2><p>Chú thích<sup><a>[1]</a></sup></p>');
	});

	it('drops images, even data: ones (the original file is there to download)', () => {
		expect(
			sanitizeDocumentHtml('<p>Ảnh<img src="data:image/png;base64,iVBORw0KGgo=" alt="ảnh"></p>')
		).toBe('<p>Ảnh</p>');
	});

	it('drops svg, math, iframe, object and embed with their content, and unknown tags keeping their text', () => {
		const html =
			'<p>Trước</p><svg><script>alert(1)</script><text>vẽ</text></svg><iframe src="https://evil.example"></iframe>' +
			'<object data="x.swf">dự phòng</object><embed src="x"><math><mi>x</mi></math><form><input value="x"><button>Gửi</button></form><p>Sau</p>';
		expect(sanitizeDocumentHtml(html)).toBe('<p>Trước</p>Gửi<p>Sau</p>');
	});
});
