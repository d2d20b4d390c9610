import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerWithKeys, collapse, compact, pdfText } from './helpers';
import { FRAMEWORK_VERSION } from '../src/lib/framework/bank';

async function downloaded(
	page: Page,
	click: () => Promise<void>
): Promise<{ name: string; text: string }> {
	const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
	return {
		name: download.suggestedFilename(),
		text: await readFile(await download.path(), 'utf8')
	};
}

async function itemTitles(page: Page): Promise<string[]> {
	const titles = await page
		.locator('section.items article.plan-item:not(.excluded) :is(h3, h4)')
		.allInnerTexts();
	return titles.map((title) => collapse(title.replace(/^Priority \d+/, '')));
}

test('the action plan: edit, keep, print without controls, export and import elsewhere', async ({
	page,
	openPage
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await page.getByLabel('Organization, team or product').fill('ACME, "Öl" & Gas');
	// commons: 1, 2, 0, don't know, 3 (target 3): four items; communities: all 2: four items.
	await answerWithKeys(page, 'commons', ['1', '2', '0', 'd', '3']);
	await answerWithKeys(page, 'communities', ['2', '2', '2', '2']);

	await page.goto('/plan/');
	await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
	const items = page.locator('section.items article.plan-item');
	await expect(items).toHaveCount(8);
	await expect(page.locator('.counts dd').first()).toHaveText('8');

	// Edit the first item; take the last one out of the plan.
	const first = items.first();
	const firstTitle = collapse((await first.locator('h4').innerText()).replace(/^Priority \d+/, ''));
	await first.getByLabel('Owner').fill('Ana Lima, OSPO');
	await first.getByLabel('Due date').fill('2027-03-31');
	await first.getByLabel('Status').selectOption('doing');
	const last = items.last();
	const excludedTitle = collapse(
		(await last.locator('h4').innerText()).replace(/^Priority \d+/, '')
	);
	await last.getByLabel('In the plan').uncheck();
	// It stays where it was, collapsed and marked, so nothing disappears from view.
	await expect(last.getByText('Not in the plan')).toBeVisible();
	await expect(last.getByLabel('Owner')).toHaveCount(0);
	await expect(page.locator('.counts dd').first()).toHaveText('7');

	await page.reload();
	const kept = page.locator('section.items article.plan-item').first();
	await expect(kept.getByLabel('Owner')).toHaveValue('Ana Lima, OSPO');
	await expect(kept.getByLabel('Due date')).toHaveValue('2027-03-31');
	await expect(kept.getByLabel('Status')).toHaveValue('doing');
	await expect(page.locator('article.plan-item.excluded')).toHaveCount(1);
	const includedTitles = await itemTitles(page);
	expect(includedTitles).toHaveLength(7);
	expect(includedTitles).toContain(firstTitle);
	expect(includedTitles).not.toContain(excludedTitle);

	// Printed on A4 and on Letter: every included item, no excluded one, no controls. The paper
	// is one of the print options (tests/print.e2e.ts measures the printed report in detail).
	await page.getByRole('button', { name: 'Print options' }).click();
	for (const [paper, format, width] of [
		['a4', 'A4', 595],
		['letter', 'Letter', 612]
	] as const) {
		await page.getByLabel('Paper').selectOption(paper);
		const pdf = await pdfText(await page.pdf({ format, printBackground: true }));
		// A4 is 595 points wide (Chromium rounds its 8.27 inches to 595.9), Letter 612.
		expect(Math.abs(pdf.size[0]! - width)).toBeLessThan(2);
		expect(pdf.pages).toBeGreaterThanOrEqual(2);
		for (const title of includedTitles) expect(pdf.compact).toContain(compact(title));
		expect(pdf.compact).not.toContain(compact(excludedTitle));
		for (const label of [
			'Print the report',
			'Download Markdown',
			'Download CSV',
			'Import a backup',
			'In the plan',
			'Skip to main content',
			'Questionnaire'
		]) {
			expect(pdf.text).not.toContain(label);
		}
		expect(pdf.text).toContain('ACME, "Öl" & Gas');
		expect(pdf.text).toContain(`Framework version: ${FRAMEWORK_VERSION}`);
		// The first item's row: its owner, due date and status in their columns.
		expect(pdf.compact).toContain(compact('Ana Lima, OSPO Mar 31, 2027 In progress'));
		expect(pdf.text).toMatch(/https:\/\/\S+/);
	}

	// Exports.
	const markdown = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download Markdown' }).click()
	);
	expect(markdown.name).toMatch(/^commons-check-acme-ol-gas-\d{4}-\d{2}-\d{2}\.md$/);
	expect(markdown.text).toContain('# Action plan: ACME, "Öl" & Gas');
	expect(markdown.text).toContain('## 1. Most of your digital infrastructure is in the commons');
	expect(markdown.text).toContain('- [ ] **');
	expect(markdown.text).toContain('Owner: Ana Lima, OSPO');
	expect(markdown.text).toContain('## Not in the plan');

	const csv = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download CSV' }).click()
	);
	expect(csv.name).toMatch(/\.csv$/);
	expect(csv.text.startsWith('\uFEFFPriority,Principle,Question,')).toBe(true);
	expect(csv.text).toContain('"Ana Lima, OSPO"');
	expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(1 + 8);

	const json = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download a backup of everything (JSON)' }).click()
	);
	const backup = JSON.parse(json.text);
	expect(backup.format).toBe('commons-check-backup');
	expect(backup.assessments[0].name).toBe('ACME, "Öl" & Gas');

	// Import the backup into an empty browser (on the home page, with the assessments): the same
	// plan appears. The plan page points there.
	await expect(
		page.getByRole('link', { name: 'Backup and storage on the home page' })
	).toBeVisible();
	const other = await openPage();
	await other.goto('/');
	await other.locator('input[type="file"]').setInputFiles({
		name: json.name,
		mimeType: 'application/json',
		buffer: Buffer.from(json.text)
	});
	const dialog = other.getByRole('dialog', { name: 'Import this backup?' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('ACME, "Öl" & Gas');
	await expect(dialog).toContainText('9 of 42');
	// The fresh browser has only an untouched empty assessment, so "add" is the only choice offered.
	await expect(dialog.getByRole('button', { name: 'Replace my assessments' })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Add to my assessments' }).click();
	await expect(
		other.getByRole('status').filter({ hasText: 'Imported 1 assessment' })
	).toBeVisible();
	await other.goto('/plan/');
	expect(await itemTitles(other)).toEqual(includedTitles);
	await expect(
		other.locator('section.items article.plan-item').first().getByLabel('Owner')
	).toHaveValue('Ana Lima, OSPO');
});

test('importing a wrong file says what is wrong and changes nothing', async ({ page }) => {
	await answerWithKeys(page, 'commons', ['2', '2', '2', '2', '2']);
	await page.goto('/');
	const before = await page.evaluate(() => localStorage.getItem('commons-check'));
	const input = page.locator('input[type="file"]');

	await input.setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello":')
	});
	await expect(page.getByRole('alert')).toContainText('not valid JSON');
	await input.setInputFiles({
		name: 'other.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"todos":[]}')
	});
	await expect(page.getByRole('alert')).toContainText('not a Commons Check backup');
	await input.setInputFiles({
		name: 'future.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({ format: 'commons-check-backup', version: 99, assessments: [] })
		)
	});
	await expect(page.getByRole('alert')).toContainText('newer version');
	await input.setInputFiles({
		name: 'huge.json',
		mimeType: 'application/json',
		buffer: Buffer.alloc(1_100_000, 32)
	});
	await expect(page.getByRole('alert')).toContainText('larger than 1 MB');
	expect(await page.evaluate(() => localStorage.getItem('commons-check'))).toBe(before);
});
