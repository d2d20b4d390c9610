import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerWithKeys, shareLink } from './helpers';

async function scoreCells(page: Page): Promise<string[]> {
	return page.locator('table.scores tbody tr td:first-of-type').allInnerTexts();
}

test('share a result by link, open it elsewhere, save it; bad links are explained', async ({
	page,
	openPage
}) => {
	test.setTimeout(120_000);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	await page.getByLabel('Organization, team or product').fill('Example AB');
	await answerWithKeys(page, 'commons', ['4', '3', '2', '1', '0']);
	await answerWithKeys(page, 'bedrock', ['n', 'd', '2', '2', '3']);
	await answerWithKeys(page, 'partners', ['1', '1', '1', '1', '1']);

	await page.goto('/results/');
	const table = await scoreCells(page);
	const link = await shareLink(page);
	expect(link).toMatch(/^http:\/\/localhost:\d+\/r\/#[A-Za-z0-9_-]+$/);
	const fragment = link.split('#')[1]!;
	// Organization name and date sections make it longer than the bare 31 characters.
	expect(fragment.length).toBeLessThan(100);
	await page.getByRole('button', { name: 'Copy the link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	await expect(page.getByRole('img', { name: 'QR code of the link to this result' })).toBeVisible();

	// Notes stay out unless asked for.
	await page.goto('/assess/commons/');
	await page.locator('fieldset.question').first().getByText('Notes and evidence').click();
	await page
		.locator('fieldset.question')
		.first()
		.getByLabel('Notes')
		.fill('Board minutes of March');
	await page.goto('/results/');
	expect(await shareLink(page)).toBe(link.replace(/#.*/, '#') + fragment);
	await page.getByLabel('Include notes, evidence links and plan details').check();
	const withNotes = await page.getByLabel('Link to this result', { exact: true }).inputValue();
	expect(withNotes.length).toBeGreaterThan(link.length);
	const ownData = await page.evaluate(() => localStorage.getItem('commons-check'));

	// A fresh browser opens the link: same scores, read-only, nothing stored.
	const other = await openPage();
	await other.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
	await expect(other.getByText('Example AB')).toBeVisible();
	await expect(other.locator('table.scores')).toBeVisible();
	expect(await scoreCells(other)).toEqual(table);
	expect(await other.evaluate(() => localStorage.getItem('commons-check'))).toBeNull();

	// Compare with mine: nothing to compare in an empty browser.
	await other.getByRole('button', { name: 'Compare with mine' }).click();
	await expect(other.getByText('You have no answers of your own')).toBeVisible();

	// Save it: it becomes this browser's assessment.
	await other.getByRole('button', { name: 'Save as a new assessment' }).click();
	await expect(other).toHaveURL(/\/results\/$/);
	expect(await scoreCells(other)).toEqual(table);
	const saved = JSON.parse((await other.evaluate(() => localStorage.getItem('commons-check')))!);
	// The empty assessment the fresh browser started with stays; the saved one is added and active.
	expect(saved.assessments).toHaveLength(2);
	const savedOne = saved.assessments.find((a: { id: string }) => a.id === saved.activeId);
	expect(savedOne.name).toBe('Example AB');
	expect(savedOne.answers['commons.leadership-ownership']).toEqual({ choice: 4 });

	// The notes travel only in the link that includes them.
	const third = await openPage();
	await third.goto(withNotes.replace(/^http:\/\/localhost:\d+/, ''));
	await expect(third.getByText('Board minutes of March')).toBeVisible();

	// A cut link and an edited link are explained; nothing changes.
	await other.goto(`/r/#${fragment.slice(0, -5)}`);
	await expect(other.getByRole('alert')).toContainText('cut short or changed');
	const swapped = fragment.slice(0, 10) + (fragment[10] === 'A' ? 'B' : 'A') + fragment.slice(11);
	await other.goto(`/r/#${swapped}`);
	await expect(other.getByRole('alert')).toContainText('cut short or changed');
	await other.goto('/r/#hello%20world');
	await expect(other.getByRole('alert')).toContainText('not a Commons Check result link');
	await other.goto('/r/');
	await expect(other.getByRole('alert')).toContainText('the part after “#” is missing');
	await expect(other.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
	expect(JSON.parse((await other.evaluate(() => localStorage.getItem('commons-check')))!)).toEqual(
		saved
	);

	// Opening a link with data of your own: compare works, and saving adds, never replaces.
	await other.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
	await other.getByRole('button', { name: 'Compare with mine' }).click();
	await expect(other.getByRole('table', { name: 'Scores compared by principle' })).toBeVisible();
	await other.getByRole('button', { name: 'Save as a new assessment' }).click();
	await expect(other).toHaveURL(/\/results\/$/);
	const again = JSON.parse((await other.evaluate(() => localStorage.getItem('commons-check')))!);
	expect(again.assessments).toHaveLength(3);
	expect(again.assessments.slice(0, 2)).toEqual(saved.assessments);

	// The original tab's data is untouched by all of this.
	expect(await page.evaluate(() => localStorage.getItem('commons-check'))).toBe(ownData);
});
