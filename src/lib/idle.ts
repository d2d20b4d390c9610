/**
 * Resolves when the browser is idle (or after `timeout` ms at the latest): for code a page needs
 * soon but not for its first paint or first input, such as the radar chart and the printed report.
 * Where requestIdleCallback is missing (Safari), a zero timeout stands in.
 */
export function whenIdle(timeout = 1000): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout });
		else setTimeout(resolve, 0);
	});
}
