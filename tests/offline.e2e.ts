import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';
import { chartCanvas, shareLink, tabToFirstOption } from './helpers';

// The service worker is what these tests are about (the project blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

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
		await expect(await chartCanvas(page)).toBeVisible();
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

/** The pages the service worker keeps, by language (en, de, fr, nb) and language-neutral. */
async function cachedPages(page: Page): Promise<Record<string, boolean>> {
	return page.evaluate(async () => {
		const has = async (path: string) => Boolean(await caches.match(path));
		return {
			neutral: await has('/results/'),
			en: await has('/en/results/'),
			de: await has('/de/results/'),
			fr: await has('/fr/results/'),
			nb: await has('/nb/results/')
		};
	});
}

test('offline, the language paths: the reader’s languages are kept, the neutral addresses lead there', async ({
	browser,
	guard
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ locale: 'de-DE' });
	const page = guard.watch(await context.newPage());
	await page.goto('/');
	await expect(page).toHaveURL(/\/de\/$/);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
		.toBe(true);
	// The first visit keeps the German pages and the neutral ones, not every language.
	expect(await cachedPages(page)).toEqual({
		neutral: true,
		en: false,
		de: true,
		fr: false,
		nb: false
	});

	// Choosing French (online) keeps the French pages too.
	await page.getByLabel('Sprache').selectOption('fr');
	await expect(page).toHaveURL(/\/fr\/$/);
	await expect.poll(() => cachedPages(page).then((cached) => cached.fr)).toBe(true);

	await context.setOffline(true);
	// An old bookmark: the saved French, from the cache.
	await page.goto('/results/');
	await expect(page).toHaveURL(/\/fr\/results\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Résultats');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Résultats');
	await page.goto('/de/assess/partners/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	// Switching offline works in the page (every catalogue is cached).
	await page.getByLabel('Sprache').selectOption('nb');
	await expect(page).toHaveURL(/\/nb\/assess\/partners\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	await context.setOffline(false);
	await context.close();
});
