/**
 * Pages that show stored data are prerendered without it: their HTML holds a neutral placeholder,
 * never the empty state, so a reader with saved answers does not see "no answers yet" flash before
 * their own results (issue 20).
 */
import { expect, test } from './fixtures';
import { answerWithKeys, flushWrites } from './helpers';

const PLACEHOLDER = 'Reading the answers saved in this browser';
const EMPTY = {
	'/en/results/': 'There are no answers yet',
	'/en/plan/': 'There are no answers yet, so there is no plan',
	'/en/compare/': 'There is nothing to compare yet'
};

test('the prerendered results, plan and compare pages hold a placeholder, not the empty state', async ({
	request
}) => {
	for (const [path, empty] of Object.entries(EMPTY)) {
		const html = await (await request.get(path)).text();
		expect(html, path).toContain(PLACEHOLDER);
		expect(html, path).not.toContain(empty);
	}
});

test('a reader with saved answers sees the placeholder, then the results; without answers, the empty state', async ({
	page
}) => {
	await answerWithKeys(page, 'commons', ['3', '2']);
	await flushWrites(page);

	// Hold the app's entry scripts: the page stays as prerendered, as on a slow first load.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await held;
		await route.continue();
	});
	const navigation = page.goto('/en/results/');
	await expect(page.getByRole('status').filter({ hasText: PLACEHOLDER })).toBeVisible();
	await expect(page.getByText(EMPTY['/en/results/'])).toHaveCount(0);
	release();
	await navigation;
	await expect(page.getByRole('heading', { name: 'Current and target maturity' })).toBeVisible();
	await expect(page.getByText(PLACEHOLDER)).toHaveCount(0);
	await expect(page.getByText(EMPTY['/en/results/'])).toHaveCount(0);

	await page.evaluate(() => localStorage.clear());
	await page.goto('/en/results/');
	await expect(page.getByText(EMPTY['/en/results/'])).toBeVisible();
	await expect(page.getByText(PLACEHOLDER)).toHaveCount(0);
});
