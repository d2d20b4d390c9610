import { expect, test } from './fixtures';
import { canvasInk, chartCanvas } from './helpers';
import { handOver, openWith } from './print-fixture';

for (const { width, height, locale } of [
	{ width: 360, height: 800, locale: 'en' },
	{ width: 360, height: 800, locale: 'de' },
	{ width: 1366, height: 900, locale: 'fr' }
]) {
	test(`the radar's labels are whole at ${width} px (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await openWith(page, handOver(), '/results/', { locale });
		const canvas = await chartCanvas(page);
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

test('on a phone the radar below the first screen is drawn when the reader scrolls to it', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await openWith(page, handOver(), '/results/');
	await expect(page.locator('table.scores')).toBeAttached();
	// Two idle periods after the page rendered: a chart on screen would have been drawn by now.
	for (let i = 0; i < 2; i++) {
		await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
	}
	await expect(page.locator('.chart canvas')).toHaveCount(0);
	const canvas = await chartCanvas(page);
	await expect.poll(async () => (await canvasInk(canvas)).width).toBeGreaterThan(100);
});
