import { expect, test, type Page } from '@playwright/test';
import {
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun
} from 'docx';
import { loginFromStart } from './helpers';

const PHONE = {
	viewport: { width: 360, height: 740 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2
};

/** A real Word report: headings, a bold run, a wide table, and enough paragraphs for the upload to take a moment. */
async function reportDocx(): Promise<Buffer> {
	const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
	const paragraphs = Array.from(
		{ length: 400 },
		(_, i) =>
			new Paragraph(
				`${i + 1}. Nội dung số ${(i * 7919) % 10007} về thủ tục hành chính, mã ${((i + 3) * 104729).toString(36)}.`
			)
	);
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ text: 'BÁO CÁO SƠ KẾT 01 NĂM', heading: HeadingLevel.HEADING_1 }),
					new Paragraph({
						children: [
							new TextRun({ text: 'Kết quả nổi bật: ', bold: true }),
							new TextRun('giải quyết 1.245 hồ sơ đất đai đúng hạn.')
						]
					}),
					new Table({
						rows: [
							new TableRow({
								children: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ so với kế hoạch năm'].map(
									cell
								)
							}),
							new TableRow({ children: ['Hồ sơ đất đai', '1.200', '1.245', '103,75 %'].map(cell) })
						]
					}),
					...paragraphs
				]
			}
		]
	});
	return Packer.toBuffer(doc);
}

async function secretariat(page: Page) {
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
}

async function unitLinkOn(office: Page, name: string): Promise<string> {
	await office.goto('/admin/units');
	return office.getByRole('textbox', { name: `Liên kết nộp tài liệu của ${name}` }).inputValue();
}

test('the secretariat adds a unit and copies its link; the unit opens it on a phone', async ({
	page,
	browser,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await secretariat(page);
	await page.goto('/admin/units');
	await page.getByLabel('Tên đơn vị').fill('Phòng Tư pháp');
	await page
		.getByLabel('Người đứng đầu (chức danh, như trong lời nhắc)')
		.fill('Trưởng phòng Tư pháp');
	await page.getByLabel('Số điện thoại liên hệ').fill('0912 345 678');
	await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(page.getByTestId('form-result')).toHaveText(
		'Đã thêm đơn vị “Phòng Tư pháp”. Gửi liên kết dưới đây cho đơn vị.'
	);
	const card = page.locator('li', { has: page.getByRole('heading', { name: 'Phòng Tư pháp' }) });
	await expect(card).toContainText('Trưởng phòng Tư pháp · 0912 345 678');

	await card.getByRole('button', { name: 'Sao chép liên kết' }).click();
	await expect(card.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/u\/[a-z2-7]{26}$/);
	expect(copied).toBe(
		await card
			.getByRole('textbox', { name: 'Liên kết nộp tài liệu của Phòng Tư pháp' })
			.inputValue()
	);

	// A second unit of the same name is refused with a message, the typed fields kept.
	await page.getByLabel('Tên đơn vị').fill('phòng tư pháp');
	await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(page.getByTestId('form-result')).toHaveText('Đã có đơn vị “phòng tư pháp”.');

	const phone = await browser.newContext(PHONE);
	const unitPage = await phone.newPage();
	await unitPage.goto(copied);
	await expect(unitPage.getByRole('heading', { name: 'Phòng Tư pháp', level: 1 })).toBeVisible();
	await expect(unitPage.getByText('Hiện chưa có tài liệu nào cần đơn vị nộp.')).toBeVisible();
	await phone.close();
});

test('a unit on a phone uploads a .docx, sees the progress, the receipt and its text; the same file makes no new version; a revoked link is refused', async ({
	page,
	browser
}) => {
	await secretariat(page);
	const link = await unitLinkOn(page, 'Phòng Kinh tế');
	const bytes = await reportDocx();

	const phone = await browser.newContext(PHONE);
	const unitPage = await phone.newPage();
	await unitPage.goto(link);
	await expect(unitPage.getByRole('heading', { name: 'Phòng Kinh tế', level: 1 })).toBeVisible();
	await unitPage.evaluate(() => (document.documentElement.style.fontSize = '130%'));
	const request = unitPage
		.getByRole('article')
		.filter({ has: unitPage.getByRole('button', { name: 'Chọn tệp để gửi' }) })
		.first();
	await expect(request).toContainText(/Hạn nộp: \d{2}:\d{2} ngày \d{1,2}\/\d{1,2}\/\d{4}/);

	// A slow line, so the progress bar is there to see.
	const cdp = await phone.newCDPSession(unitPage);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 50,
		downloadThroughput: 1_000_000,
		uploadThroughput: Math.ceil(bytes.length / 2)
	});
	await request.locator('input[type=file]').setInputFiles({
		name: 'Báo cáo sơ kết Phòng Kinh tế.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: bytes
	});
	await expect(request.getByRole('progressbar', { name: 'Tiến độ gửi tệp' })).toBeVisible();
	await expect(
		request.getByText(/Đang gửi “Báo cáo sơ kết Phòng Kinh tế\.docx”… \d+%/)
	).toBeVisible();
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 0,
		downloadThroughput: -1,
		uploadThroughput: -1
	});

	const receipt = request.getByTestId('receipt');
	await expect(receipt).toContainText(
		/Đã nhận lúc \d{2}:\d{2} ngày \d{1,2}\/\d{1,2}\/\d{4} · mã [0-9A-F]{6}/,
		{ timeout: 20_000 }
	);
	const code = /mã ([0-9A-F]{6})/.exec((await receipt.textContent()) ?? '')![1]!;
	const read = request.getByRole('region', { name: 'Nội dung đã nhận' });
	await expect(read.getByRole('heading', { name: 'BÁO CÁO SƠ KẾT 01 NĂM' })).toBeVisible();
	await expect(read).toContainText('giải quyết 1.245 hồ sơ đất đai đúng hạn.');
	await expect(read.getByRole('cell', { name: 'Tỷ lệ so với kế hoạch năm' })).toBeVisible();
	// What was sent is listed with the same code; the page fits the phone at 130 % text.
	await expect(request.getByRole('listitem').filter({ hasText: `mã ${code}` })).toBeVisible();
	expect(await unitPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		360
	);

	// The same file again, dropped on the box this time (an office PC): no new version.
	const dropped = await unitPage.evaluateHandle((b64) => {
		const data = new DataTransfer();
		data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'ban-sao.docx'));
		return data;
	}, bytes.toString('base64'));
	await request
		.getByRole('group', { name: /^Gửi tệp cho:/ })
		.dispatchEvent('drop', { dataTransfer: dropped });
	await expect(receipt).toContainText(
		/Tệp này đã được gửi trước đó \(bản \d+\), không tạo bản mới\./
	);

	// An old Word file is refused in the browser already, with what to do.
	await request.locator('input[type=file]').setInputFiles({
		name: 'bao-cao.doc',
		mimeType: 'application/msword',
		buffer: Buffer.from('x')
	});
	await expect(request.getByRole('alert')).toHaveText(
		'Chỉ nhận tệp .docx hoặc .pdf. Vui lòng lưu lại dưới dạng .docx hoặc .pdf rồi gửi.'
	);

	// A post from another site is refused, whatever it carries.
	const token = link.split('/u/')[1]!;
	const id = /upload\?request=(\d+)/.exec((await request.innerHTML()) ?? '')?.[1] ?? '1';
	const cross = await page.request.post(`/u/${token}/upload?request=${id}`, {
		headers: {
			origin: 'https://evil.example',
			'content-type': 'application/octet-stream',
			'x-file-name': 'x.docx'
		},
		data: bytes
	});
	expect(cross.status()).toBe(403);

	// The secretariat revokes the link: the old one gives the same page as a bad delegate link.
	await page.goto('/admin/units');
	const card = page.locator('li', { has: page.getByRole('heading', { name: 'Phòng Kinh tế' }) });
	page.once('dialog', (d) => d.accept());
	await card.getByRole('button', { name: 'Thu hồi và cấp lại' }).click();
	await expect(page.getByTestId('form-result')).toContainText(
		'Đã thu hồi liên kết cũ và cấp liên kết mới.'
	);
	expect(await unitLinkOn(page, 'Phòng Kinh tế')).not.toBe(link);
	const gone = await unitPage.goto(link);
	expect(gone?.status()).toBe(404);
	await expect(
		unitPage.getByRole('heading', { name: 'Liên kết không hợp lệ hoặc đã bị thu hồi' })
	).toBeVisible();
	await phone.close();
});
