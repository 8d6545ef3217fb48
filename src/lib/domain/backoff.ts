/** Delay before the next attempt to send: 1 s, 2 s, 4 s … up to 30 s, so a dead Wi-Fi is not hammered. */
export function retryDelayMs(failures: number): number {
	if (failures <= 0) return 0;
	return Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 5));
}
