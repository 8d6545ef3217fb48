import { expect, test, type Page } from '@playwright/test';
import { conferenceTimes, loginFromStart } from './helpers';
import { deriveInviteToken, inviteTokenHash } from '../src/lib/domain/invite-token';
import { TEST_SECRET } from '../tests/secret.js';
import { docxOfPages } from '../tests/fixtures/documents.js';

test.use({ viewport: { width: 1366, height: 768 } });

/** `dd/mm/yyyy 17:00`, some days from now, as a clerk types it (Vietnam time). */
function dueInDays(days: number): string {
	const [y, m, d] = new Date(Date.now() + days * 86_400_000)
		.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })
		.split('-');
	return `${d}/${m}/${y} 17:00`;
}

const TITLE = 'Báo cáo công tác cải cách hành chính';

/**
 * The demo's deadline for the units' reports and tham luận: 17:00 three days before the conference
 * (21/4 for 24/4/2026). Other specs move the conference, and its deadlines move with it.
 */
async function demoDeadline(page: Page): Promise<{ at: Date; text: string }> {
	const [d, m, y] = (await conferenceTimes(page)).start.split(' ')[0]!.split('/').map(Number) as [
		number,
		number,
		number
	];
	const at = new Date(Date.UTC(y, m - 1, d - 3, 10));
	const [day, month, year] = [at.getUTCDate(), at.getUTCMonth() + 1, at.getUTCFullYear()];
	return { at, text: `Hạn 17:00 ngày ${day}/${month}/${year}` };
}

/** The board's cell of a unit (its row) under the request with this title (its column). */
async function boardCell(page: Page, unit: string, title: string) {
	const column = await page
		.locator('thead th')
		.evaluateAll((ths, t) => ths.findIndex((th) => th.textContent!.includes(t)), title);
	return page
		.getByRole('row', { name: new RegExp(`^${unit}`) })
		.locator('th, td')
		.nth(column);
}

test('the secretariat asks two units for a report, follows the board live, and has the reminder ready', async ({
	page,
	browser
}) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	const deadline = await demoDeadline(page);
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Báo cáo, tham luận' }).click();
	await expect(
		page.getByRole('heading', { name: 'Theo dõi nộp báo cáo, tham luận' })
	).toBeVisible();
	// The plan's requests are on the board from the first start, with their deadlines.
	await expect(
		page.getByRole('columnheader', { name: /Báo cáo sơ kết 01 năm của đơn vị/ })
	).toContainText(deadline.text);
	// The six tham luận, one unit each, share a column; each cell says which one.
	await expect(page.getByRole('columnheader', { name: /Bài tham luận \(6 bài\)/ })).toContainText(
		deadline.text
	);
	await expect(
		await boardCell(page, 'Ban Chỉ huy Quân sự xã', 'Bài tham luận (6 bài)')
	).toContainText('Bài tham luận số 6');

	// A new request: a date typed the wrong way is refused in Vietnamese, with the form kept.
	await page.getByRole('link', { name: /Yêu cầu nộp tài liệu/ }).click();
	const add = page.locator('section', { has: page.getByRole('heading', { name: 'Thêm yêu cầu' }) });
	await add.getByLabel('Loại tài liệu').selectOption({ label: 'Báo cáo' });
	await add.getByLabel('Tên tài liệu').fill(TITLE);
	await add.getByLabel('Hạn nộp (ngày và giờ)').fill('2026-12-30');
	await add.getByLabel('Phòng Kinh tế').check();
	await add.getByLabel('Công an xã').check();
	await add.getByRole('button', { name: 'Thêm yêu cầu' }).click();
	await expect(page.getByRole('alert')).toContainText('Hạn nộp chưa đúng: “2026-12-30”');
	await expect(add.getByLabel('Tên tài liệu')).toHaveValue(TITLE);
	await expect(add.getByLabel('Công an xã')).toBeChecked();
	// Topic and programme item are a tham luận's only.
	await expect(add.getByLabel('Chủ đề tham luận')).toBeHidden();
	await add.getByLabel('Hạn nộp (ngày và giờ)').fill(dueInDays(3));
	await add.getByRole('button', { name: 'Thêm yêu cầu' }).click();
	await expect(page.getByText(`Đã thêm yêu cầu “${TITLE}”.`)).toBeVisible();

	await page.getByRole('link', { name: '← Bảng theo dõi nộp tài liệu' }).click();
	const column = page.getByRole('columnheader', { name: new RegExp(TITLE) });
	await expect(column).toBeVisible();
	const economy = await boardCell(page, 'Phòng Kinh tế', TITLE);
	// Due 17:00 three days on: two days and some hours left, or three after 17:00.
	await expect(economy).toHaveText(/^Chưa nộp — còn [23] ngày \d+ giờ/);
	await expect(await boardCell(page, 'Công an xã', TITLE)).toHaveText(/^Chưa nộp — còn [23] ngày/);
	// A unit the request does not ask has a blank cell.
	await expect(await boardCell(page, 'Phòng Văn hóa - Xã hội', TITLE)).toHaveText('');
	const missingBefore = Number(await page.locator('.counts li.state-missing strong').textContent());

	// Another clerk, in another browser, marks Phòng Kinh tế "không phải nộp" from its cell page.
	await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
	const other = await browser.newContext({ viewport: { width: 1366, height: 768 } });
	const second = await other.newPage();
	await loginFromStart(second, 'thuky');
	await expect(second).toHaveURL(/\/admin$/);
	await second.goto('/admin/documents');
	await (
		await boardCell(second, 'Phòng Kinh tế', TITLE)
	)
		.getByRole('link', { name: /^Chưa nộp/ })
		.click();
	await expect(second.getByRole('heading', { name: 'Phòng Kinh tế', level: 1 })).toBeVisible();
	await expect(second.getByText(`Báo cáo: ${TITLE}`)).toBeVisible();
	await second.getByRole('button', { name: 'Đánh dấu không phải nộp' }).click();
	await expect(second.getByText('Đã đánh dấu đơn vị không phải nộp tài liệu này.')).toBeVisible();
	await expect(second.getByRole('heading', { name: /Tình trạng: Không phải nộp/ })).toBeVisible();

	// The first board changes by itself: the cell, and the counts.
	await expect(economy).toHaveText('Không phải nộp');
	await expect(page.locator('.counts li.state-missing strong')).toHaveText(
		String(missingBefore - 1)
	);
	expect(
		await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)
	).toBe(true);

	// Filters: only the new request, only the units still missing it.
	await page.getByLabel('Lọc theo tài liệu').selectOption({ label: TITLE });
	await page.getByLabel('Lọc theo tình trạng').selectOption({ label: 'Chưa nộp' });
	await expect(page.locator('thead th')).toHaveCount(2);
	await expect(page.locator('tbody tr')).toHaveCount(1);
	await expect(page.locator('tbody tr')).toContainText('Công an xã');

	// One click to the reminders: Công an xã's names the new report and its own upload link.
	await page.getByRole('button', { name: /^Nhắc \d+ đơn vị chưa nộp$/ }).click();
	const reminder = page.locator('.reminders li', {
		has: page.getByRole('heading', { name: 'Công an xã' })
	});
	await expect(reminder).toContainText(`${TITLE} trước 17:00 ngày`);
	await expect(reminder).toContainText(/tại liên kết http:\/\/127\.0\.0\.1:\d+\/u\/[a-z2-7]{26} /);
	await reminder.getByRole('button', { name: 'Sao chép' }).click();
	await expect(reminder.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
		`Kính gửi Trưởng Công an xã (Công an xã): Văn phòng HĐND và UBND xã đề nghị đơn vị nộp`
	);
	// Phòng Kinh tế owes the plan's report still, never the one it was excused from.
	await expect(
		page.locator('.reminders li', { has: page.getByRole('heading', { name: 'Phòng Kinh tế' }) })
	).not.toContainText(TITLE);

	// The board as a spreadsheet.
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Tải bảng theo dõi (.xlsx)' }).click();
	expect((await download).suggestedFilename()).toBe('Theo dõi nộp báo cáo, tham luận.xlsx');
	await other.close();

	// The programme says, for each of the plan's tham luận, whether its text has arrived: the demo's
	// Văn phòng and Phòng Kinh tế have sent theirs.
	await page.getByRole('link', { name: 'Chương trình' }).click();
	await expect(page.getByTestId('text-arrived')).toHaveCount(6);
	await expect(page.getByTestId('text-arrived').filter({ hasText: 'Đã có bài' })).toHaveCount(2);
	await expect(page.getByTestId('text-arrived').filter({ hasText: 'Chưa có bài' })).toHaveCount(4);
});

test('a report sent by Zalo is uploaded by the office for its unit, read, and published for the delegates', async ({
	page,
	browser
}) => {
	await loginFromStart(page, 'thuky');
	await expect(page).toHaveURL(/\/admin$/);
	// Past the deadline (the demo's April date) the file is late; before it (a spec moved the
	// conference ahead), on time.
	const late = (await demoDeadline(page)).at.getTime() < Date.now();
	await page.goto('/admin/documents');
	await expect(
		page.getByRole('columnheader', { name: /Báo cáo sơ kết 01 năm của đơn vị/ })
	).toBeVisible();
	const cell = await boardCell(
		page,
		'Trung tâm Dịch vụ tổng hợp',
		'Báo cáo sơ kết 01 năm của đơn vị'
	);
	await expect(cell).toHaveText(late ? /^Quá hạn/ : /^Chưa nộp — còn/);
	await cell.getByRole('link').click();
	await expect(
		page.getByRole('heading', { name: 'Trung tâm Dịch vụ tổng hợp', level: 1 })
	).toBeVisible();

	const bytes = Buffer.from(await docxOfPages(2, { label: 'Trung tâm Dịch vụ tổng hợp' }));
	await page.locator('#office-upload').setInputFiles({
		name: 'Bao cao TT Dich vu tong hop.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: bytes
	});
	await expect(page.getByTestId('receipt')).toContainText(
		/Đã nhận lúc \d\d:\d\d ngày \d{1,2}\/\d{1,2}\/\d{4} · mã [0-9A-F]{6}/
	);
	if (late) await expect(page.getByTestId('receipt')).toContainText('Nộp muộn');
	else await expect(page.getByTestId('receipt')).not.toContainText('Nộp muộn');
	// The text as the app read it, headings and all.
	await expect(
		page
			.getByRole('region', { name: 'Nội dung đã nhận' })
			.getByRole('heading', { name: /Phần 1\. Kết quả thực hiện \(Trung tâm Dịch vụ tổng hợp\)/ })
	).toBeVisible();
	// The cell's page follows by itself: the version is listed as the office's.
	await expect(
		page.getByRole('heading', { name: late ? /Tình trạng: Nộp muộn/ : /Tình trạng: Đã nộp \d/ })
	).toBeVisible();

	// Published: a delegate's list now holds it.
	await page.getByRole('button', { name: 'Công bố cho đại biểu' }).click();
	await expect(page.getByText(/^Đã công bố cho đại biểu lúc/)).toBeVisible();
	const secret = new TextEncoder().encode(TEST_SECRET);
	const roster = (await (await page.request.get('/api/roster')).json()) as {
		delegates: { id: number; isWalkIn: boolean; tokenHash: string | null }[];
	};
	// A delegate whose first link is still valid (another spec revokes one).
	const delegate = roster.delegates.find(
		(d) => !d.isWalkIn && d.tokenHash === inviteTokenHash(deriveInviteToken(secret, d.id, 1))
	)!;
	const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
	const reader = await phone.newPage();
	await reader.goto(`/d/${deriveInviteToken(secret, delegate.id, 1)}/documents`);
	await expect(reader.getByRole('region', { name: 'Báo cáo và tham luận' })).toContainText(
		'Trung tâm Dịch vụ tổng hợp'
	);
	await phone.close();
});
