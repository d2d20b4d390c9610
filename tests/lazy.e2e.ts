import type { Page, Route } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

/**
 * Fails the first request for the script chunk whose code contains `marker` (a deploy between
 * visits, a dropped connection), and serves it normally after that.
 */
async function failChunkOnce(page: Page, marker: string): Promise<{ failed: () => boolean }> {
	let failed = false;
	await page.route('**/_app/immutable/**/*.js', async (route: Route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (!failed && body.includes(marker)) {
			failed = true;
			await route.fulfill({ status: 404, body: 'Not found' });
			return;
		}
		await route.fulfill({ response, body });
	});
	return { failed: () => failed };
}

// The service worker would answer from its cache, where no route can fail a request.
test.use({ serviceWorkers: 'block' });

test.beforeEach(({ allowConsoleError }) => {
	// The browser reports the refused chunk; that is the situation under test.
	allowConsoleError(/Failed to load resource|Failed to fetch dynamically imported module/);
});

test('a chart that cannot be loaded says so, and “Try again” draws it', async ({ page }) => {
	await page.goto('/assess/commons/');
	await page
		.getByRole('radio', { name: /^3 Managed$/ })
		.first()
		.check();
	const chunk = await failChunkOnce(page, 'radialLinear');
	await page.goto('/results/');
	await waitForHydration(page);

	const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
	await expect(alert).toBeVisible();
	expect(chunk.failed()).toBe(true);
	await expect(page.locator('.chart canvas')).toHaveCount(0);

	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('.chart canvas')).toBeVisible();
	await expect(alert).toHaveCount(0);
});

test('an export whose code cannot be loaded says so, and “Try again” downloads it', async ({
	page
}) => {
	await page.goto('/assess/commons/');
	await page
		.getByRole('radio', { name: /^1 Ad hoc$/ })
		.first()
		.check();
	await page.goto('/plan/');
	await waitForHydration(page);
	const chunk = await failChunkOnce(page, 'export.csv.');
	await page.getByRole('button', { name: 'Download CSV' }).click();

	const alert = page.getByRole('alert').filter({ hasText: 'That did not work' });
	await expect(alert).toBeVisible();
	expect(chunk.failed()).toBe(true);

	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Try again' }).click();
	expect((await download).suggestedFilename()).toMatch(/^commons-check-.*\.csv$/);
	await expect(alert).toHaveCount(0);
});
