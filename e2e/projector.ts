// What "fits the projector" means in the end-to-end tests: its three sizes, and checks
// that nothing lies outside the screen or is cut (nobody can scroll a projector).
import { expect, type Page } from '@playwright/test';

export const PROJECTORS = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 }
];

/** Every element of the page lies inside the viewport and nothing scrolls or is cut at its box. */
export async function expectAllOnScreen(page: Page) {
	// Polled: text that shrinks to fit does so a frame after a resize (src/routes/display/fit.ts).
	await expect.poll(() => onScreenProblems(page)).toEqual([]);
}

function onScreenProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const root = document.scrollingElement!;
		if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth)
			out.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
		for (const el of document.querySelectorAll<HTMLElement>('main *')) {
			const style = getComputedStyle(el);
			if (
				style.visibility === 'hidden' ||
				style.display === 'none' ||
				el.closest('[aria-hidden="true"]')
			)
				continue;
			// The paged programme's list is taller than its frame on purpose; its visible lines are checked.
			if (el.matches('.frame > ol')) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
			if (
				box.left < -0.5 ||
				box.top < -0.5 ||
				box.right > innerWidth + 0.5 ||
				box.bottom > innerHeight + 0.5
			) {
				out.push(
					`${name} outside the screen: ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`
				);
			}
			if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible')
				out.push(`${name} cut at the sides: ${el.scrollWidth} > ${el.clientWidth}`);
			if (
				el.scrollHeight > el.clientHeight + 1 &&
				style.overflowY !== 'visible' &&
				!el.matches('.frame, [data-testid="timer"]')
			) {
				out.push(`${name} cut at the bottom: ${el.scrollHeight} > ${el.clientHeight}`);
			}
		}
		return out;
	});
}

/** The digits lie inside the screen and inside their own coloured box, whole. */
export async function expectTimerWhole(page: Page) {
	const timer = page.getByTestId('timer');
	// Polled, as above: the digits are fitted a frame after a resize, later on a busy machine.
	await expect
		.poll(() =>
			timer.evaluate((el) => {
				const box = el.getBoundingClientRect();
				return {
					inside:
						box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight,
					// (Height is the line box: digit glyphs have no descent, so only the width can cut them.)
					whole:
						el.scrollWidth <= el.clientWidth + 1 ? true : `${el.scrollWidth} in ${el.clientWidth}`,
					// As tall as a projector's digits should be: a good share of the screen.
					tall: box.height >= innerHeight * 0.25
				};
			})
		)
		.toEqual({ inside: true, whole: true, tall: true });
}
