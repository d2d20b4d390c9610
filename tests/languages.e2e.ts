import de from '../src/lib/i18n/messages/de/ui.json' with { type: 'json' };
import deFramework from '../src/lib/i18n/messages/de/framework.json' with { type: 'json' };
import fr from '../src/lib/i18n/messages/fr/ui.json' with { type: 'json' };
import frFramework from '../src/lib/i18n/messages/fr/framework.json' with { type: 'json' };
import nb from '../src/lib/i18n/messages/nb/ui.json' with { type: 'json' };
import nbFramework from '../src/lib/i18n/messages/nb/framework.json' with { type: 'json' };
import { expect, test, waitForHydration } from './fixtures';
import { tabToFirstOption } from './helpers';

/**
 * commons answered 2, 3, 2, 3, 2 with weights 3, 3, 2, 2, 1: (6 + 9 + 4 + 6 + 2) / 11 = 27/11
 * = 2.45 → shown as 2.5 (2,5 with a decimal comma), band Defined.
 */
const KEYS = ['2', '3', '2', '3', '2'];

const LOCALES = [
	{ code: 'de', name: 'Deutsch', ui: de, framework: deFramework, score: '2,5' },
	{ code: 'fr', name: 'Français', ui: fr, framework: frFramework, score: '2,5' },
	{ code: 'nb', name: 'Norsk bokmål', ui: nb, framework: nbFramework, score: '2,5' }
] as const;

for (const locale of LOCALES) {
	test(`${locale.name}: a short assessment, translated questions, results and numbers, kept on reload`, async ({
		page
	}) => {
		await page.goto('/');
		await page.getByLabel('Language').selectOption(locale.code);
		await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.ui['home.title']);

		// The questionnaire in the chosen language, answered with the keyboard.
		await page.goto('/assess/commons/');
		await expect(page.locator('fieldset.question legend').first()).toContainText(
			locale.framework['question.commons.leadership-ownership.text']
		);
		await expect(
			page.getByRole('radio', { name: `2 ${locale.framework['scale.2.name']}` }).first()
		).toBeVisible();
		await tabToFirstOption(page);
		for (const key of KEYS) {
			await page.keyboard.press(key);
			await page.keyboard.press('Enter');
		}

		await page.goto('/results/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.ui['results.title']);
		const table = page.getByRole('table', { name: locale.ui['results.table_caption'] });
		const first = table.locator('tbody tr').first().locator('td');
		await expect(first.nth(0)).toHaveText(locale.score);
		await expect(first.nth(1)).toHaveText(locale.framework['scale.2.name']);
		await expect(table.locator('tbody tr').nth(1).locator('td').first()).toHaveText(
			locale.ui['results.not_assessed']
		);

		// The choice survives a reload, and <html lang> follows it.
		await page.reload();
		await waitForHydration(page);
		await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.ui['results.title']);
		await expect(first.nth(0)).toHaveText(locale.score);
	});
}

test('the first visit follows the browser’s languages', async ({ browser, guard }) => {
	const context = await browser.newContext({ locale: 'nb-NO' });
	const page = guard.watch(await context.newPage());
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb['home.title']);
	await expect(page.getByLabel(nb['language.label'])).toHaveValue('nb');
	await context.close();
});

test('an English page downloads only the English messages', async ({ page }) => {
	const catalogues: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.json')) catalogues.push(new URL(request.url()).pathname);
	});
	await page.goto('/assess/commons/');
	await page.waitForLoadState('networkidle');
	// Each catalogue file is a hashed asset named after its source file (ui, framework, export…).
	expect(catalogues.length).toBeGreaterThan(0);
	const bodies = await Promise.all(
		catalogues.map(async (path) => (await page.request.get(path)).text())
	);
	expect(bodies.some((body) => body.includes('Skip to main content'))).toBe(true);
	for (const body of bodies) {
		expect(body).not.toContain(de['skip_link']);
		expect(body).not.toContain(deFramework['question.commons.leadership-ownership.text']);
	}
	// A German reader, in turn, gets German without English.
	await page.getByLabel('Language').selectOption('de');
	await expect(page.locator('fieldset.question legend').first()).toContainText(
		deFramework['question.commons.leadership-ownership.text']
	);
});

test('exports and a shared link follow the reader’s language', async ({ page, openPage }) => {
	await page.goto('/assess/commons/');
	await tabToFirstOption(page);
	await page.keyboard.press('1');
	await page.goto('/results/');
	await page.getByRole('button', { name: 'Create a link to share' }).click();
	const link = await page.getByLabel('Link to this result', { exact: true }).inputValue();

	// The same link opened by a French reader reads in French.
	const reader = await openPage();
	await reader.goto('/');
	await reader.getByLabel('Language').selectOption('fr');
	await reader.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
	await expect(reader.getByRole('heading', { level: 1 })).toHaveText(fr['shared.title']);
	await expect(reader.getByRole('table', { name: fr['results.table_caption'] })).toBeVisible();

	// The plan's Markdown export in German.
	await page.getByLabel('Language').selectOption('de');
	await page.goto('/plan/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: de['planpage.export_markdown'] }).click()
	]);
	const { readFile } = await import('node:fs/promises');
	const markdown = await readFile(await download.path(), 'utf8');
	expect(markdown).toContain(deFramework['principle.commons.title']);
	expect(markdown).toContain(deFramework['question.commons.leadership-ownership.text']);
});
