/**
 * The same build, served under a sub-path (BASE_PATH=/commons-check) by a plain static server:
 * every link, asset, message catalogue, share link and the service worker stay under the base.
 * baseURL ends in /commons-check/, so paths here are relative ('assess/commons/', not '/assess/…').
 */
import { languageTag, LOCALES } from '../src/lib/i18n/locales';
import { expect, test } from './fixtures';
import { chartCanvas, shareLink, tabToFirstOption } from './helpers';

test('the app works end to end under a sub-path', async ({ page, openPage, baseURL }) => {
	const base = new URL(baseURL!).pathname;
	expect(base).toBe('/commons-check/');
	// The base's neutral address sends the reader on to their language, under the base.
	await page.goto('./');
	await expect(page).toHaveURL(/\/commons-check\/en\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commons Check');

	// Navigation goes through the app's own links and stays under the base, in the language.
	await page.getByRole('link', { name: 'Questionnaire' }).click();
	await expect(page).toHaveURL(/\/commons-check\/en\/assess\/commons\/$/);
	await tabToFirstOption(page);
	await page.keyboard.press('3');
	await expect(page.getByText('1 of 42 questions answered')).toBeVisible();

	await page.getByRole('link', { name: 'Results', exact: true }).click();
	await expect(page).toHaveURL(/\/commons-check\/en\/results\/$/);
	await expect(page.locator('table.scores tbody tr').first().locator('td').first()).toHaveText(
		'3.0'
	);
	await expect(await chartCanvas(page)).toBeVisible();

	// The share link is language-neutral; it opens in the recipient's language, fragment kept.
	const link = await shareLink(page);
	expect(link).toMatch(/^http:\/\/localhost:\d+\/commons-check\/r\/#[\w-]+$/);
	const other = await openPage();
	await other.goto(link);
	await expect(other).toHaveURL(`${link.replace('/r/#', '/en/r/#')}`);
	await expect(other.locator('table.scores tbody tr').first().locator('td').first()).toHaveText(
		'3.0'
	);

	// Another language: the same page under the base, and its prerendered HTML in that language
	// with alternates that exist under the base.
	await page.getByLabel('Language').selectOption('de');
	await expect(page).toHaveURL(/\/commons-check\/de\/results\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnisse');
	const html = await (await page.request.get('de/assess/commons/')).text();
	expect(html).toMatch(/<html lang="de">/);
	const alternates = [
		...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">/g)
	];
	expect(alternates.map(([, hreflang]) => hreflang)).toEqual([
		...LOCALES.map(languageTag),
		'x-default'
	]);
	for (const [, , href] of alternates) {
		const url = new URL(href!, new URL('de/assess/commons/', baseURL));
		expect(url.pathname).toMatch(/^\/commons-check\//);
		expect((await page.request.get(url.href)).status(), url.pathname).toBe(200);
	}
	await page.getByLabel('Sprache').selectOption('en');

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
	await expect(page).toHaveURL(/\/commons-check\/en\/results\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
});
