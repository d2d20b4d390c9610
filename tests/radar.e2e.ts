import { expect, test } from './fixtures';
import { canvasInk } from './helpers';
import { handOver, openWith } from './print-fixture';

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
