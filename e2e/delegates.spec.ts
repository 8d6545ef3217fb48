import { expect, test, type Page } from '@playwright/test';
import { loginFromStart } from './helpers';

const PHONE = {
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2
};

/** Reads the CSV export the office sends links from, as a spreadsheet program would. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\n') {
			row.push(cell.replace(/\r$/, ''));
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (cell || row.length) rows.push([...row, cell]);
	return rows;
}

async function secretariat(page: Page) {
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
}

test('a delegate opens their link from the export, replies absent, and the page works offline; a revoked link is refused', async ({
	page,
	browser
}) => {
	await secretariat(page);
	// The demo meeting (April 2026) is over; replies close at its start, so the office moves it.
	await page.goto('/admin/settings');
	await page.getByLabel('Bắt đầu').fill('23/04/2027 08:00');
	await page.getByLabel('Kết thúc (dự kiến)').fill('23/04/2027 11:30');
	await page.getByRole('button', { name: 'Lưu thông tin' }).click();
	await expect(page.getByRole('status')).toContainText('Đã lưu thông tin hội nghị.');

	const csv = await page.request.get('/admin/delegates.csv');
	expect(csv.headers()['content-disposition']).toContain("filename*=UTF-8''Danh%20s%C3%A1ch");
	const text = await csv.text();
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const rows = parseCsv(text.slice(1));
	const header = rows[0]!;
	const nameCol = header.indexOf('Họ và tên');
	const linkCol = header.indexOf('Liên kết cá nhân');
	const hamlet = rows.find(
		(r) => r[header.indexOf('Thành phần')] === 'Trưởng xóm trên địa bàn xã'
	)!;
	const name = hamlet[nameCol]!;
	const link = new URL(hamlet[linkCol]!);
	expect(link.pathname).toMatch(/^\/d\/[a-z2-7]{26}$/);

	const phoneContext = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
	const phone = await phoneContext.newPage();
	await phone.goto(link.pathname);
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(
		phone.getByRole('img', { name: `Mã QR của đại biểu ${name}` }).locator('svg')
	).toBeVisible();
	await expect(phone.getByText('tăng độ sáng màn hình')).toBeVisible();
	await expect(phone.getByText('Thứ Sáu, 23/04/2027')).toBeVisible();

	await phone.getByLabel('Tôi vắng mặt').check();
	await phone.getByLabel('Lý do vắng mặt').fill('Đi tập huấn tại tỉnh');
	await phone.getByRole('button', { name: 'Gửi trả lời' }).click();
	await expect(phone.locator('#reply-state')).toContainText(
		'Tôi vắng mặt — lý do: Đi tập huấn tại tỉnh'
	);

	await page.goto('/admin');
	const excused = page.getByRole('listitem').filter({ hasText: name });
	await expect(excused).toContainText('Đi tập huấn tại tỉnh');
	await expect(
		page
			.getByRole('row', { name: /Trưởng xóm trên địa bàn xã/ })
			.getByRole('cell')
			.nth(3)
	).toHaveText('1');

	// With the network off, the visited page still opens with its QR and last data.
	await phone.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await phone.reload();
	await phoneContext.setOffline(true);
	await phone.reload();
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(
		phone.getByRole('img', { name: `Mã QR của đại biểu ${name}` }).locator('svg')
	).toBeVisible();
	await expect(phone.getByRole('status').first()).toContainText('Mất kết nối');
	await expect(phone.locator('#reply-state')).toContainText('Tôi vắng mặt');
	await phoneContext.setOffline(false);

	// The office revokes the link: the old one stops working at once.
	await page.goto('/admin/delegates');
	await page.getByLabel('Tìm theo tên, chức vụ, đơn vị').fill(name);
	await page.getByRole('link', { name }).click();
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Thu hồi và cấp lại' }).click();
	await expect(page.getByRole('status')).toContainText('Đã thu hồi liên kết cũ');
	const newLink = await page.getByRole('textbox', { name: 'Liên kết' }).inputValue();
	expect(newLink).not.toContain(link.pathname);

	const response = await phone.goto(link.pathname);
	expect(response?.status()).toBe(404);
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(
		'Liên kết không hợp lệ hoặc đã bị thu hồi'
	);
	await phoneContext.close();
});

test('a malformed link gets the same invalid-link page', async ({ page }) => {
	for (const path of ['/d/abc', '/d/' + 'a'.repeat(26)]) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Liên kết không hợp lệ hoặc đã bị thu hồi'
		);
	}
});

test('search ignores diacritics and the giấy mời downloads with its Vietnamese name', async ({
	page
}) => {
	await secretariat(page);
	await page.goto('/admin/delegates');
	await page.getByLabel('Tìm theo tên, chức vụ, đơn vị').fill('nguyen anh tan');
	await expect(page.getByRole('link', { name: 'Nguyễn Anh Tấn' })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Đang hiện 1 / 100 đại biểu.');
	await page.getByRole('link', { name: 'Nguyễn Anh Tấn' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Tải giấy mời (.docx)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('Giấy mời - Nguyễn Anh Tấn.docx');
});

test('an Excel list is previewed with its bad rows, and imported all at once after choosing to skip them', async ({
	page
}) => {
	await secretariat(page);
	await page.goto('/admin/delegates/import');
	const csv = [
		'Họ và tên,Chức vụ,Đơn vị,Thành phần,Số điện thoại',
		'Lò Văn Pản,Trưởng xóm,Xóm Nà Pàn,Trưởng xóm trên địa bàn xã,0987 654 321',
		',Chuyên viên,Phòng Kinh tế,Các công chức chuyên môn viên chức thuộc UBND xã,',
		'Vi Thị Nhàn,Khách mời,Hội Phụ nữ,Khách mời khác,0912 111 222',
		'Sầm Văn Kiên,Chuyên viên,Phòng Kinh tế,Trưởng xóm trên địa bàn xã,12345'
	].join('\n');
	await page
		.getByLabel('Tệp danh sách')
		.setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await expect(page.getByRole('heading', { name: 'Xem trước: danh-sach.csv' })).toBeVisible();
	await expect(page.getByText('1 đại biểu mới sẽ được thêm')).toBeVisible();
	await expect(page.getByRole('row', { name: /^3 / })).toContainText('Thiếu họ và tên');
	await expect(page.getByRole('row', { name: /^5 / })).toContainText('Số điện thoại không đúng');

	// Nothing is written while a bad row is neither fixed nor skipped.
	await page.getByRole('button', { name: 'Nhập vào danh sách' }).click();
	await expect(page.getByRole('alert')).toContainText('Chưa có dữ liệu nào được ghi');

	await page.getByLabel('Tạo “Khách mời khác” (1 dòng)').check();
	await page.getByLabel('Bỏ qua dòng 3').check();
	await page.getByLabel('Bỏ qua dòng 5').check();
	await page.getByRole('button', { name: 'Nhập vào danh sách' }).click();
	await expect(page.getByRole('status')).toContainText('thêm 2 đại biểu');
	await page.goto('/admin/delegates');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đại biểu (102)');
	await page.getByLabel('Tìm theo tên, chức vụ, đơn vị').fill('vi thi nhan');
	await expect(page.getByRole('listitem').filter({ hasText: 'Vi Thị Nhàn' })).toContainText(
		'Khách mời khác'
	);
});

test('an id beyond the database range gets a Vietnamese 400, never a server error', async ({
	page
}) => {
	await secretariat(page);
	const origin = new URL(page.url()).origin;
	const post = (path: string, form: Record<string, string>) =>
		page.request.post(path, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
	const huge = '99999999999';
	const cases = [
		{
			path: '/admin/delegates/new',
			form: {
				fullName: 'A',
				position: '',
				organisation: '',
				groupId: huge,
				phone: '',
				email: '',
				note: ''
			},
			message: 'Vui lòng chọn thành phần.'
		},
		{ path: '/admin/groups?/delete', form: { id: huge }, message: 'Thành phần không hợp lệ.' },
		{
			path: '/admin/users?/setDisabled',
			form: { userId: huge, disabled: 'true' },
			message: 'Tài khoản không hợp lệ.'
		}
	];
	for (const c of cases) {
		const res = await post(c.path, c.form);
		expect(res.status(), c.path).toBe(400);
		expect(await res.text()).toContain(c.message);
	}
});
