// The server secret of every test run, Vitest's (vite.config.ts) and Playwright's
// (playwright.config.ts) alike: tests derive delegates' links and hall codes from it, and the
// demo seeded with it once serves both suites (scripts/lib/demo-template.js).
export const TEST_SECRET = 'bi-mat-chi-dung-cho-kiem-thu-2026';
