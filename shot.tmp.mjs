// usage: node /tmp/shot.mjs user path out.png width height [fontScale] [fullPage]
import { chromium } from '@playwright/test';
const [user, path, out, w, h, scale = '1', full = '1'] = process.argv.slice(2);
const base = process.env.BASE || 'http://127.0.0.1:4180';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: +w < 800, hasTouch: +w < 800, deviceScaleFactor: 1 });
if (scale !== '1') await ctx.addInitScript(`document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '${Number(scale) * 100}%'));`);
const page = await ctx.newPage();
if (user !== '-') {
  await page.goto(base + '/login');
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill('hoinghi2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}
await page.goto(base + path);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
