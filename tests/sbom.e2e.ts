import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import de from '../src/lib/i18n/lazy/de/sbom.json' with { type: 'json' };
import { expect, expectNoAxeViolations, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '../src/lib/sbom/fixtures');
const fixture = (name: string) => join(FIXTURES, name);

async function choose(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
	await page.locator('input[type="file"]').setInputFiles(files);
}

/** The value of a key figure in the dependency map ("Direct dependencies" → "3"). */
function fact(page: Page, label: string) {
	return page
		.locator('dl.facts div')
		.filter({ has: page.getByText(label, { exact: true }) })
		.locator('dd');
}

test('two SBOMs: the files, the combined and per-file dependency map, where to look first, quality', async ({
	page
}) => {
	await page.goto('/sbom/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your SBOMs as evidence');
	await choose(page, [fixture('npm-cyclonedx.json'), fixture('small-spdx.json')]);

	const files = page.getByRole('list', { name: 'Files' });
	await expect(files.getByRole('listitem')).toHaveCount(2);
	await expect(files.getByRole('listitem').nth(0)).toContainText(
		/CycloneDX 1\.5 · [\d,]+ components/
	);
	await expect(files.getByRole('listitem').nth(1)).toContainText('SPDX 2.3 · 9 components');
	await expect(page.getByRole('status')).toContainText('The analysis is ready.');

	// All products together by default: every component of both, merged.
	const view = page.getByLabel('Show the analysis of');
	await expect(view).toHaveValue('all');
	await expect(page.getByRole('heading', { level: 2, name: 'Dependency map' })).toBeVisible();
	await expect(page.getByText('1 of 2 SBOMs has dependency relationships.')).toHaveCount(0);
	await expect(page.getByRole('columnheader', { name: 'Products' })).toBeVisible();
	const combinedRanking = page.getByRole('table', {
		name: /components most of the graph rests on/
	});
	await expect(combinedRanking.locator('tbody tr')).toHaveCount(20);
	await page.getByRole('button', { name: 'Show all 100' }).click();
	await expect(combinedRanking.locator('tbody tr')).toHaveCount(100);
	await expect(page.getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);

	// The hand-checked product (src/lib/sbom/fixtures/README.md).
	await view.selectOption({ label: 'small-spdx.json' });
	await expect(fact(page, 'Components')).toHaveText('9');
	await expect(fact(page, 'Direct dependencies')).toHaveText('3');
	await expect(fact(page, 'Transitive dependencies')).toHaveText('4');
	await expect(fact(page, 'Not reached from the product')).toHaveText('1');
	await expect(fact(page, 'Deepest level')).toHaveText('2');
	await expect(fact(page, 'Packages in several versions')).toHaveText('1');
	const ecosystems = page.getByRole('table', { name: 'Components by ecosystem (PURL type)' });
	await expect(ecosystems.getByRole('row', { name: /npm/ })).toContainText('6');
	const registries = page.getByRole('table', { name: 'Components by registry' });
	await expect(registries.getByRole('row', { name: /maven\.example\.com\/repo/ })).toContainText(
		'the PURL (repository_url)'
	);
	await expect(page.getByText('1 component has no PURL (11%).')).toBeVisible();

	const ranking = page.getByRole('table', { name: /components most of the graph rests on/ });
	const rows = ranking.locator('tbody tr');
	await expect(rows).toHaveCount(7);
	await expect(rows.nth(0).getByRole('rowheader')).toContainText('org.example/f');
	await expect(rows.nth(0)).toContainText('7 (78%)');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download as CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^commons-check-sbom-look-first-app-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const csv = await readFile(await download.path(), 'utf8');
	expect(csv.split('\r\n').slice(0, 2)).toEqual([
		'\uFEFFRank,Component,Version,Ecosystem,Registry,Used directly by,Components resting on it,Share of all components,Depth,Products',
		'1,org.example/f,1.0,maven,maven.example.com/repo,4,7,0.7778,2,1'
	]);

	// Quality: SPDX 2.3 cannot meet BSI TR-03183-2 v2.1.0; suppliers are missing for 5 of 9.
	const ntia = page.getByRole('region', { name: 'NTIA minimum elements (2021)' });
	await expect(ntia).toContainText('Falls short');
	const fixes = page.locator('h3:text-is("What to fix first") + ol > li');
	await expect(fixes.nth(0)).toContainText('Version');
	await expect(fixes.nth(1)).toContainText('Format version');
	const quality = page.getByRole('table', { name: /The fields each guideline requires/ });
	await expect(quality.getByRole('row', { name: /^Supplier for each component/ })).toContainText(
		'44% (4 of 9)'
	);
	await expect(quality.getByRole('row', { name: /^Timestamp|^Date and time/ })).toContainText(
		'Yes'
	);

	// Removing a file analyses the rest again.
	await files.getByRole('button', { name: 'Remove npm-cyclonedx.json' }).click();
	await expect(files.getByRole('listitem')).toHaveCount(1);
	await expect(page.getByLabel('Show the analysis of')).toHaveCount(0);
	await expect(fact(page, 'Components')).toHaveText('9');
});

test('wrong and damaged files get their own message, and the good ones are still read', async ({
	page
}) => {
	await page.goto('/sbom/');
	const small = await readFile(fixture('small-cyclonedx.json'), 'utf8');
	await choose(page, [
		{ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(small.slice(0, 700)) },
		{
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('Meeting notes, not an SBOM')
		},
		{
			name: 'bom.xml',
			mimeType: 'text/xml',
			buffer: Buffer.from(
				'<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.6"></bom>'
			)
		},
		{ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) },
		{ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(small) }
	]);
	// The empty file is refused before anything is read.
	await expect(page.getByRole('alert')).toContainText('empty.json: This file is empty');
	const files = page.getByRole('list', { name: 'Files' }).getByRole('listitem');
	await expect(files).toHaveCount(4);
	await expect(files.nth(0)).toContainText('This SBOM is damaged: it is cut off');
	await expect(files.nth(0)).toContainText('Detail:');
	await expect(files.nth(1)).toContainText('This is not a JSON file.');
	await expect(files.nth(2)).toContainText('This SBOM is not written in JSON.');
	await expect(files.nth(2)).toContainText('Detail: CycloneDX XML');
	await expect(files.nth(3)).toContainText('CycloneDX 1.6 · 9 components');
	// Only one file was read, so there is no "all together" view; its map is shown.
	await expect(page.getByLabel('Show the analysis of')).toHaveCount(0);
	await expect(fact(page, 'Components')).toHaveText('9');
});

test('a large file dropped on the page shows progress and can be cancelled', async ({ page }) => {
	await page.goto('/sbom/');
	await choose(page, fixture('small-cyclonedx.json'));
	await expect(fact(page, 'Components')).toHaveText('9');

	// 150,000 components, about 20 MB: built in the page and dropped, as a user drags a file.
	const handle = await page.evaluateHandle((count) => {
		const components = [];
		const dependencies = [];
		for (let i = 0; i < count; i++) {
			const name = `pkg-${i}`;
			components.push({
				'bom-ref': name,
				type: 'library',
				name,
				version: '1.0.0',
				purl: `pkg:npm/${name}@1.0.0`
			});
			dependencies.push({ ref: name, dependsOn: i + 1 < count ? [`pkg-${i + 1}`] : [] });
		}
		const bom = { bomFormat: 'CycloneDX', specVersion: '1.6', components, dependencies };
		const transfer = new DataTransfer();
		transfer.items.add(
			new File([JSON.stringify(bom)], 'large.cdx.json', { type: 'application/json' })
		);
		return transfer;
	}, 150_000);
	const zone = page.getByRole('group', { name: 'Choose your SBOM files' });
	await zone.dispatchEvent('dragenter', { dataTransfer: handle });
	await zone.dispatchEvent('drop', { dataTransfer: handle });

	const progress = page.getByRole('progressbar');
	await expect(progress).toBeVisible();
	await expect(progress).toHaveAccessibleName(
		/^Reading .+ \(file [12] of 2\)…$|^Mapping the dependencies…$/
	);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Cancelled. What you had before is shown again.'
	);
	await expect(progress).toHaveCount(0);
	await expect(page.getByRole('list', { name: 'Files' }).getByRole('listitem')).toHaveCount(1);
	await expect(fact(page, 'Components')).toHaveText('9');
});

test('at 360 px wide nothing scrolls sideways but the tables, in their own region; dark scheme', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/sbom/');
	await choose(page, [fixture('npm-cyclonedx.json'), fixture('small-cyclonedx.json')]);
	// The report's last part: everything is on the page.
	await expect(
		page.getByRole('table', { name: /The fields each guideline requires/ })
	).toBeVisible();
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		viewport: window.innerWidth
	}));
	expect(widths.page).toBeLessThanOrEqual(widths.viewport);
	await expect(
		page.getByRole('region', { name: /components most of the graph rests on/ })
	).toBeVisible();
	// The report in the dark scheme, which axe checks for contrast too (the verdict colours).
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
});

test('in German: the page’s own messages load, also when switching on the page', async ({
	page
}) => {
	await page.goto('/sbom/');
	await page.getByLabel('Language').selectOption('de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de['sbom.title']);
	await choose(page, fixture('small-cyclonedx.json'));
	await expect(
		page.getByRole('heading', { level: 2, name: de['sbom.quality.heading'] })
	).toBeVisible();
	await expect(page.getByText(/^1 Komponente hat keine PURL \(11\s%\)\.$/)).toBeVisible();

	// A German reader opening the page directly gets it in German from the first paint on.
	await page.goto('/');
	await page.goto('/sbom/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de['sbom.title']);
	await expect(page.getByText(de['sbom.import.privacy'])).toBeVisible();
});
