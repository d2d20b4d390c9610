import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { handOver, openWith } from './print-fixture';

/**
 * The canvas's ink, read back from its pixels: whether anything is drawn in its outermost
 * `border` device pixels (a clipped label would be), and how close to each edge the nearest ink
 * comes (labels wrapped to fit reach close to the edges that limit the radar).
 */
export async function canvasInk(canvas: Locator, border = 2) {
	return canvas.evaluate((element, border) => {
		const node = element as HTMLCanvasElement;
		const { width, height } = node;
		const data = node.getContext('2d')!.getImageData(0, 0, width, height).data;
		let edge = 0;
		let [left, top, right, bottom] = [width, height, -1, -1];
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				if (data[(y * width + x) * 4 + 3] === 0) continue;
				if (x < border || y < border || x >= width - border || y >= height - border) edge++;
				left = Math.min(left, x);
				right = Math.max(right, x);
				top = Math.min(top, y);
				bottom = Math.max(bottom, y);
			}
		}
		const ratio = width / node.getBoundingClientRect().width;
		// Gaps in CSS pixels from the canvas edges to the ink.
		return {
			edge,
			gaps: {
				left: left / ratio,
				right: (width - 1 - right) / ratio,
				top: top / ratio,
				bottom: (height - 1 - bottom) / ratio
			},
			width: width / ratio
		};
	}, border);
}

for (const { width, height, locale } of [
	{ width: 360, height: 800, locale: 'en' },
	{ width: 360, height: 800, locale: 'de' },
	{ width: 1366, height: 900, locale: 'fr' }
]) {
	test(`the radar's labels are whole at ${width} px (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await openWith(page, handOver(), '/results/', { locale });
		const canvas = page.locator('.chart canvas').first();
		await expect(canvas).toBeVisible();
		await expect.poll(async () => (await canvasInk(canvas)).width).toBeGreaterThan(100);
		const ink = await canvasInk(canvas);
		// Nothing touches the outermost pixels: no label runs off the canvas.
		expect(ink.edge).toBe(0);
		// The labels that limit the radar come close to the edges (the check above is not vacuous).
		const closest = Math.min(ink.gaps.left, ink.gaps.right, ink.gaps.top, ink.gaps.bottom);
		expect(closest).toBeLessThan(12);
	});
}
