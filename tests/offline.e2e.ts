import { expect, test, waitForHydration } from './fixtures';
import { tabToFirstOption, shareLink } from './helpers';

test('after the first visit the whole app works offline', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	// Wait until the service worker has cached the app and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
		.toBe(true);

	const link = await (async () => {
		await context.setOffline(true);
		// A complete assessment of one principle, then results, plan and a share link, all offline.
		await page.goto('/assess/partners/');
		await tabToFirstOption(page);
		for (const key of ['2', '3', '1', '0', '4']) {
			await page.keyboard.press(key);
			await page.keyboard.press('Enter');
		}
		await page.goto('/results/');
		await expect(page.locator('table.scores tbody tr').nth(2).locator('td').first()).toHaveText(
			'1.8'
		);
		await expect(page.locator('.chart canvas')).toBeVisible();
		await page.goto('/plan/');
		await expect(page.locator('article.plan-item').first()).toBeVisible();
		await page.goto('/results/');
		return shareLink(page);
	})();

	await page.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
	await expect(page.getByText('Shared result').first()).toBeVisible();
	await expect(page.locator('table.scores tbody tr').nth(2).locator('td').first()).toHaveText(
		'1.8'
	);
	await page.goto('/combine/');
	await waitForHydration(page);
	await page.goto('/principles/');
	await expect(page.locator('ol.principles > li')).toHaveCount(8);
	await context.setOffline(false);
});
