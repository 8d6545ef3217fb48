import type { Action } from 'svelte/action';

/**
 * Nobody can scroll a projector: text in an element with `fit` shrinks until it fits the box its
 * CSS gives it (width, and a max-height), from its CSS size down to `min` px. Measured again when the
 * box is resized and when the text (the parameter) changes.
 */
export const fit: Action<HTMLElement, { text: string; min?: number }> = (node, initial) => {
	let params = initial;
	let largest = 0;
	const overflows = () =>
		node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1;
	const measure = () => {
		node.style.fontSize = '';
		largest = parseFloat(getComputedStyle(node).fontSize) || 16;
		const min = Math.min(params.min ?? 12, largest);
		if (!overflows()) return;
		// Largest size that fits, to the half pixel.
		let lo = min;
		let hi = largest;
		while (hi - lo > 0.5) {
			const mid = (lo + hi) / 2;
			node.style.fontSize = `${mid}px`;
			if (overflows()) hi = mid;
			else lo = mid;
		}
		node.style.fontSize = `${lo}px`;
	};
	measure();
	const observer = new ResizeObserver(() => measure());
	observer.observe(node.parentElement ?? node);
	window.addEventListener('resize', measure);
	return {
		update(next) {
			params = next;
			measure();
		},
		destroy() {
			observer.disconnect();
			window.removeEventListener('resize', measure);
		}
	};
};
