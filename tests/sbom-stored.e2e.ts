/**
 * The SBOM summaries kept in the browser (docs/sbom.md, "Stored summaries"): kept after an
 * analysis, shown after a reload, evidence on the questions they inform, in the JSON backup and
 * restored from it, in the printed report, removable; damaged files and damaged stored data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { handOver, openWith } from './print-fixture';

const FIXTURES = join(import.meta.dirname, '../src/lib/sbom/fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const KEY = 'commons-check:sbom';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

function question(page: Page, id: string) {
	return page.locator(`[id="question-${id}"]`);
}

async function importTwo(page: Page): Promise<void> {
	await page.goto('/sbom/');
	await page
		.locator('input[type="file"]')
		.setInputFiles([fixture('npm-cyclonedx.json'), fixture('small-spdx.json')]);
	await expect(page.getByText('The summaries of 2 SBOMs are kept in this browser.')).toBeVisible();
}

test('two SBOMs are kept as summaries: after a reload, on the questions, in the backup, removable', async ({
	page,
	openPage
}) => {
	await importTwo(page);
	await expect(page.getByRole('heading', { level: 2, name: 'Dependency map' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'NTIA minimum elements (2021)' })).toBeVisible();
	const text = (await stored(page))!;
	// Summaries only: the SBOM's 9 components are never kept by name beyond the top rows.
	expect(JSON.parse(text)).toMatchObject({
		version: 1,
		files: [{}, {}],
		combined: { scope: 'combined' }
	});
	expect(text.length).toBeLessThan(40_000);

	// After a reload the files are gone from the page, the summaries are not.
	await page.reload();
	const kept = page
		.getByRole('list', { name: 'Summaries kept in this browser' })
		.getByRole('listitem');
	await expect(kept).toHaveCount(2);
	await expect(kept.nth(1)).toContainText('small-spdx.json');
	await expect(kept.nth(1)).toContainText('app 1.0.0 · 9 components');
	await expect(kept.nth(1)).toContainText('NTIA: Falls short · BSI: Falls short');
	await expect(page.getByLabel('Show the analysis of')).toHaveValue('all');
	await expect(page.getByText('The analysis below is the stored summary')).toBeVisible();
	await expect(page.getByRole('region', { name: 'NTIA minimum elements (2021)' })).toBeVisible();

	// The evidence on the inventory question, added to its notes.
	await page.goto('/assess/commons/');
	const inventory = question(page, 'commons.dependency-inventory');
	const panel = inventory.getByRole('region', { name: 'From your SBOMs' });
	await expect(panel).toContainText(/^.*2 SBOMs, [\d,]+ components from npm/);
	await expect(panel).toContainText('dependency relationships present for 2 of 2');
	await expect(panel).toContainText('Suggested: level 2, because you have machine-readable SBOMs');
	// A question the SBOMs do not inform has no panel.
	await expect(question(page, 'commons.literacy').getByRole('region')).toHaveCount(0);
	await expect(inventory.getByRole('radio', { checked: true })).toHaveCount(0);
	await panel.getByRole('button', { name: 'Add to notes' }).click();
	await expect(panel.getByRole('status')).toHaveText('Added to the notes below.');
	const notes = inventory.getByLabel('Notes', { exact: true });
	await expect(notes).toHaveValue(/^From our SBOMs \(analysed .+\):\n- 2 SBOMs, /);
	// The answer is still the user's to give.
	await expect(inventory.getByRole('radio', { checked: true })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.reload();
	await expect(
		question(page, 'commons.dependency-inventory').getByLabel('Notes', { exact: true })
	).toHaveValue(/- 2 SBOMs, /);

	// The backup holds the summaries.
	await page.goto('/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download a backup of everything (JSON)' }).click()
	]);
	const backup = await readFile(await download.path(), 'utf8');
	const data = JSON.parse(backup) as {
		version: number;
		sbom: { files: { files: { name: string }[] }[]; combined: unknown };
	};
	expect(data.version).toBe(3);
	expect(data.sbom.files.map((file) => file.files[0]!.name)).toEqual([
		'npm-cyclonedx.json',
		'small-spdx.json'
	]);
	expect(data.sbom.combined).not.toBeNull();

	// Removing one file's summary drops the combined one; removing all asks first.
	await page.goto('/sbom/');
	await page.getByRole('button', { name: 'Remove the summary of npm-cyclonedx.json' }).click();
	await expect(kept).toHaveCount(1);
	expect(JSON.parse((await stored(page))!)).toMatchObject({ files: [{}], combined: null });
	await page.getByRole('button', { name: 'Remove all summaries' }).click();
	await expect(page.getByText('Remove the summary from this browser?')).toBeVisible();
	await page.getByRole('button', { name: 'Yes, remove all' }).click();
	await expect(page.getByRole('heading', { name: 'Summaries kept in this browser' })).toHaveCount(
		0
	);
	expect(JSON.parse((await stored(page))!)).toEqual({ version: 1, files: [], combined: null });
	// With none kept, the questions go back to the link.
	await page.goto('/assess/commons/');
	await expect(
		question(page, 'commons.dependency-inventory').getByRole('link', {
			name: /Add them on the SBOM page/
		})
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'From your SBOMs' })).toHaveCount(0);

	// The backup brings them back, in this browser or another.
	const other = await openPage();
	await other.goto('/');
	await other.locator('input[type="file"]').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	const dialog = other.getByRole('dialog', { name: 'Import this backup?' });
	await expect(dialog).toContainText('It also holds 2 SBOM summaries');
	await dialog.getByRole('button', { name: 'Add to my assessments' }).click();
	await other.goto('/sbom/');
	await expect(
		other.getByRole('list', { name: 'Summaries kept in this browser' }).getByRole('listitem')
	).toHaveCount(2);
});

test('a damaged file gets its message and changes nothing stored', async ({ page }) => {
	await page.goto('/sbom/');
	await page.locator('input[type="file"]').setInputFiles(fixture('small-cyclonedx.json'));
	await expect(page.getByText('The summary of 1 SBOM is kept in this browser.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Summaries kept in this browser' })).toBeVisible();
	const before = await stored(page);
	const small = await readFile(fixture('small-cyclonedx.json'), 'utf8');
	await page.locator('input[type="file"]').setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from(small.slice(0, 700))
	});
	await expect(page.getByRole('list', { name: 'Files' })).toContainText(
		'This SBOM is damaged: it is cut off'
	);
	expect(await stored(page)).toBe(before);
	await expect(
		page.getByRole('list', { name: 'Summaries kept in this browser' }).getByRole('listitem')
	).toHaveCount(1);
});

test('damaged stored summaries: the valid ones are kept, the original is backed up and offered', async ({
	page
}) => {
	await importTwo(page);
	const data = JSON.parse((await stored(page))!) as { files: Record<string, unknown>[] };
	data.files[0]!.counts = 'damaged';
	await page.evaluate(
		([key, text]) => localStorage.setItem(key!, text!),
		[KEY, JSON.stringify(data)]
	);
	await page.reload();
	await expect(page.getByRole('alert')).toContainText(
		'Part of the stored SBOM summaries was damaged: 2 entries could not be read and were left out.'
	);
	await expect(page.getByRole('alert')).toContainText('The stored text was copied aside first');
	const kept = page
		.getByRole('list', { name: 'Summaries kept in this browser' })
		.getByRole('listitem');
	await expect(kept).toHaveCount(1);
	await expect(kept).toContainText('small-spdx.json');
	const backups = await page.evaluate(
		(key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)),
		KEY
	);
	expect(backups).toHaveLength(1);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the original data' }).click()
	]);
	expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual(data);
});

test('the printed report can carry the SBOM evidence as an appendix', async ({ page }) => {
	await importTwo(page);
	await openWith(page, handOver(), '/plan/');
	await page.getByRole('button', { name: 'Print options' }).click();
	const option = page.getByLabel('Add the SBOM evidence as an appendix');
	await expect(option).not.toBeChecked();
	await expect(page.locator('.sbom-appendix')).toHaveCount(0);
	await option.check();
	// The report is laid out for print only: on screen it is in the page, not shown.
	const appendix = page.locator('.print-report .sbom-appendix');
	await expect(appendix.locator('h2')).toHaveText('Appendix: SBOM evidence');
	await expect(appendix.locator('table caption')).toHaveText('SBOMs analysed');
	await expect(appendix.locator('tbody tr')).toHaveCount(2);
	await expect(appendix.locator('tbody tr').nth(1)).toContainText('small-spdx.json');
	await expect(appendix.locator('tbody tr').nth(1)).toContainText('app 1.0.0');
	await expect(appendix.locator('h3')).toHaveText('All SBOMs together');
	await expect(appendix).toContainText('SBOM quality: NTIA minimum elements (2021)');
	await option.uncheck();
	await expect(appendix).toHaveCount(0);
});

test('at 360 px: the stored list and the question panel fit without sideways scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await importTwo(page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Summaries kept in this browser' })).toBeVisible();
	const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
	expect(await fits()).toBe(true);
	await page.goto('/assess/communities/');
	await expect(
		question(page, 'communities.supply-channels').getByRole('region', { name: 'From your SBOMs' })
	).toContainText('Registries they come from: registry.npmjs.org');
	expect(await fits()).toBe(true);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
});

test('without stored summaries, the questions link to the SBOM page and load none of its messages', async ({
	page
}) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.goto('/assess/commons/');
	const inventory = question(page, 'commons.dependency-inventory');
	await expect(inventory.getByRole('link', { name: /Add them on the SBOM page/ })).toHaveAttribute(
		'href',
		/\/sbom\/$/
	);
	await expect(inventory.getByRole('region', { name: 'From your SBOMs' })).toHaveCount(0);
	expect(requested.filter((url) => url.includes('sbom'))).toEqual([]);
});
