/**
 * Every route fits the screen: no horizontal scrolling at phone, tablet, laptop and desktop widths,
 * empty and filled with 80-character names (organization, assessment, snapshot, participant), in
 * the light and the dark scheme. A test that reads text cannot see a table wider than the phone;
 * this one measures it. It also checks the phone header (one row) and that a phone reaches the
 * first question within two screens.
 */
import { expect, test, waitForHydration } from './fixtures';
import { bank } from '../src/lib/framework/bank';
import { NAME, overflowAt, storeFilled } from './filled';

const ROUTES = [
	'/',
	'/assess/commons/',
	'/results/',
	'/plan/',
	'/compare/',
	'/present/',
	'/combine/',
	'/principles/',
	'/about/'
];

test('every route fits every width, empty', async ({ page, allowConsoleError }) => {
	test.setTimeout(240_000);
	allowConsoleError(/404|Not found: \/no-such-page\//);
	const problems: string[] = [];
	for (const route of [...ROUTES, '/no-such-page/']) {
		await page.goto(route);
		problems.push(...(await overflowAt(page)));
	}
	expect(problems).toEqual([]);
});

test('every route fits every width, filled with 80-character names', async ({ page }) => {
	test.setTimeout(300_000);
	await storeFilled(page);
	const problems: string[] = [];
	for (const route of ROUTES) {
		await page.goto(route);
		problems.push(...(await overflowAt(page)));
	}
	await page.goto('/compare/?a=snapshot%3As1&b=assessment%3Aa1');
	problems.push(...(await overflowAt(page)));
	await page.goto('/snapshot/?id=s1');
	problems.push(...(await overflowAt(page)));

	// A shared result with the organization's and the participant's names.
	await page.goto('/results/');
	await page.getByRole('button', { name: 'Create a link to share' }).click();
	await page.getByLabel('Your name (optional)').fill(NAME.slice(0, 60));
	const link = await page.getByLabel('Link to this result', { exact: true }).inputValue();
	await page.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
	await expect(page.getByText('Shared result').first()).toBeVisible();
	problems.push(...(await overflowAt(page)));
	expect(problems).toEqual([]);
});

test('on a phone the header is one row and the first question is on the first two screens', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const principle of bank.principles) {
		await page.goto(`/assess/${principle.id}/`);
		await waitForHydration(page);
		const header = await page.locator('.site-header').boundingBox();
		expect(header?.height, 'header height').toBeLessThanOrEqual(64);
		const first = await page.locator('fieldset.question').first().boundingBox();
		expect(first?.y, `first question of ${principle.id}`).toBeLessThan(2 * 740);
	}
	// The menu opens, shows every section and the language, and closes on navigation.
	const menu = page.getByRole('button', { name: 'Menu' });
	await menu.click();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Results' })).toBeVisible();
	await expect(page.getByLabel('Language')).toBeVisible();
	await nav.getByRole('link', { name: 'Results' }).click();
	await expect(page).toHaveURL(/\/results\/$/);
	await expect(nav).toBeHidden();
});
