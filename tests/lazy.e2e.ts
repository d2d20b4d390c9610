import type { Page, Route } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';
import { chartCanvas } from './helpers';

/**
 * Fails every request for the script chunk whose code contains `marker` (a deploy between
 * visits, a dropped connection) until `restore()`, and serves it normally after that: whichever
 * part of the page asks for the chunk first (the results page also preloads the printed report's
 * chart in idle time), the part under test sees the failure.
 */
async function failChunk(
	page: Page,
	marker: string
): Promise<{ failed: () => boolean; restore: () => void }> {
	let failures = 0;
	let failing = true;
	await page.route('**/_app/immutable/**/*.js', async (route: Route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (failing && body.includes(marker)) {
			failures++;
			await route.fulfill({ status: 404, body: 'Not found' });
			return;
		}
		await route.fulfill({ response, body });
	});
	return { failed: () => failures > 0, restore: () => (failing = false) };
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
	const chunk = await failChunk(page, 'radialLinear');
	await page.goto('/results/');
	await waitForHydration(page);
	await chartCanvas(page);

	const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
	await expect(alert).toBeVisible();
	expect(chunk.failed()).toBe(true);
	await expect(page.locator('.chart canvas')).toHaveCount(0);

	chunk.restore();
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
	const chunk = await failChunk(page, 'export.csv.');
	await page.getByRole('button', { name: 'Download CSV' }).click();

	const alert = page.getByRole('alert').filter({ hasText: 'That did not work' });
	await expect(alert).toBeVisible();
	expect(chunk.failed()).toBe(true);

	chunk.restore();
	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Try again' }).click();
	expect((await download).suggestedFilename()).toMatch(/^commons-check-.*\.csv$/);
	await expect(alert).toHaveCount(0);
});
