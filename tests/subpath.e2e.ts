/**
 * The same build, served under a sub-path (BASE_PATH=/commons-check) by a plain static server:
 * every link, asset, message catalogue, share link and the service worker stay under the base.
 * baseURL ends in /commons-check/, so paths here are relative ('assess/commons/', not '/assess/…').
 */
import { expect, test } from './fixtures';
import { tabToFirstOption, shareLink } from './helpers';

test('the app works end to end under a sub-path', async ({ page, openPage, baseURL }) => {
	const base = new URL(baseURL!).pathname;
	expect(base).toBe('/commons-check/');
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commons Check');

	// Navigation goes through the app's own links and stays under the base.
	await page.getByRole('link', { name: 'Questionnaire' }).click();
	await expect(page).toHaveURL(/\/commons-check\/assess\/commons\/$/);
	await tabToFirstOption(page);
	await page.keyboard.press('3');
	await expect(page.getByText('1 of 42 questions answered')).toBeVisible();

	await page.getByRole('link', { name: 'Results', exact: true }).click();
	await expect(page).toHaveURL(/\/commons-check\/results\/$/);
	await expect(page.locator('table.scores tbody tr').first().locator('td').first()).toHaveText(
		'3.0'
	);
	await expect(page.locator('.chart canvas')).toBeVisible();

	const link = await shareLink(page);
	expect(link).toMatch(/^http:\/\/localhost:\d+\/commons-check\/r\/#[\w-]+$/);
	const other = await openPage();
	await other.goto(link);
	await expect(other.locator('table.scores tbody tr').first().locator('td').first()).toHaveText(
		'3.0'
	);

	// Open data and the offline worker live under the base too.
	const framework = await page.request.get('framework.json');
	expect(framework.ok()).toBe(true);
	const scope = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.scope;
	});
	expect(new URL(scope).pathname).toBe('/commons-check/');

	// A reload on a deep page is answered by the host's files, not by client-side routing.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
});
