import { readFile } from 'node:fs/promises';
import v1Workshop from '../src/lib/testing/fixtures/v1-workshop.json' with { type: 'json' };
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerWithKeys, chartCanvas } from './helpers';

test('several assessments, a snapshot, compare, delete and undo, reload', async ({
	page,
	openPage
}) => {
	test.setTimeout(150_000);
	await page.goto('/');
	await page.getByLabel('Organization, team or product').fill('Platform team');
	await answerWithKeys(page, 'commons', ['1', '1', '1', '1', '1']);

	// A second assessment, answered differently.
	await page.goto('/');
	await page.getByLabel('Start a new assessment').fill('Payments team');
	await page.getByRole('button', { name: 'Create and start' }).click();
	await expect(page).toHaveURL(/\/assess\/commons\/$/);
	await answerWithKeys(page, 'commons', ['3', '3', '3', '3', '3']);

	await page.goto('/');
	const list = page.locator('section.assessments > ul > li');
	await expect(list).toHaveCount(2);
	await expect(list.filter({ hasText: 'Payments team' })).toContainText('Overall 3.0 (Managed)');
	await expect(list.filter({ hasText: 'Platform team' })).toContainText('Overall 1.0 (Ad hoc)');
	await expect(list.filter({ hasText: 'Payments team' })).toContainText('working on');

	// Snapshot the Platform team, then change two of its answers.
	await list.filter({ hasText: 'Platform team' }).getByRole('button', { name: /^Open/ }).click();
	await expect(page).toHaveURL(/\/results\/$/);
	await page.getByLabel('Label (optional)').fill('Workshop Q1');
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.getByText('Snapshot saved.')).toBeVisible();
	await answerWithKeys(page, 'commons', ['4', '1', '0', '1', '1']);

	// The snapshot as a third series on the results chart: this assessment's snapshots come first.
	await page.goto('/results/');
	const canvas = await chartCanvas(page);
	await expect(canvas).toBeVisible();
	const drawn = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
	const withoutOverlay = await drawn();
	const overlay = page.getByLabel('Also show on the chart');
	await expect(overlay.locator('option')).toHaveText([
		'Nothing else',
		/^Workshop Q1 – Platform team, /,
		'Payments team (now)'
	]);
	await overlay.selectOption({ label: (await overlay.locator('option').nth(1).textContent())! });
	await expect(page.locator('.chart figcaption')).toContainText('Workshop Q1 – Platform team');
	await expect
		.poll(drawn, { message: 'the chart is redrawn with the snapshot' })
		.not.toBe(withoutOverlay);
	await expect(page.getByRole('link', { name: /^Compare in detail/ })).toHaveAttribute(
		'href',
		/\/compare\/\?a=snapshot%3A.+&b=assessment%3A/
	);
	await expectNoAxeViolations(page);
	await overlay.selectOption({ label: 'Nothing else' });
	await expect(page.locator('.chart figcaption')).not.toContainText('Workshop Q1');
	await expect.poll(drawn).toBe(withoutOverlay);

	// Compare the snapshot with today: the two changed questions, biggest change first.
	await page.getByRole('link', { name: /Compare with now/ }).click();
	await expect(page).toHaveURL(/\/compare\/\?a=snapshot/);
	await expect(page.getByRole('heading', { name: 'What changed' })).toBeVisible();
	const changes = page.locator('ol.changes > li');
	await expect(changes).toHaveCount(2);
	await expect(changes.nth(0)).toContainText('up 3 levels');
	await expect(changes.nth(0)).toContainText('1 Ad hoc → 4 Leading');
	await expect(changes.nth(0)).toContainText('How well does executive leadership');
	await expect(changes.nth(1)).toContainText('down 1 level');
	await expect(page.getByText('2 questions have a different answer: 1 up, 1 down.')).toBeVisible();
	// (3×4 + 3×1 + 2×0 + 2×1 + 1×1) / 11 = 18/11 = 1.6 now; 1.0 in the snapshot.
	const overall = page
		.getByRole('table', { name: 'Scores compared by principle' })
		.locator('tfoot td');
	await expect(overall).toHaveText(['1.0', '1.6', '+0.6']);

	// Delete the Payments team and undo; delete it again and restore it from the list.
	await page.goto('/');
	await list
		.filter({ hasText: 'Payments team' })
		.getByRole('button', { name: /^Delete/ })
		.click();
	await expect(list).toHaveCount(1);
	await expect(
		page.getByRole('status').filter({ hasText: '“Payments team” was deleted.' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(list).toHaveCount(2);

	await page.reload();
	await expect(list).toHaveCount(2);
	await expect(list.filter({ hasText: 'Platform team' })).toContainText('1 snapshot');
	await expect(list.filter({ hasText: 'Payments team' })).toContainText('Overall 3.0 (Managed)');

	// A full backup carries every assessment and snapshot into another browser.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download a backup of everything (JSON)' }).click()
	]);
	const backup = await readFile(await download.path(), 'utf8');
	const other = await openPage();
	await other.goto('/');
	await other.locator('input[type="file"]').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	const dialog = other.getByRole('dialog', { name: 'Import this backup?' });
	await expect(dialog.getByRole('row')).toHaveCount(3);
	await dialog.getByRole('button', { name: 'Add to my assessments' }).click();
	const otherList = other.locator('section.assessments > ul > li');
	await expect(otherList).toHaveCount(3);
	await expect(otherList.filter({ hasText: 'Platform team' })).toContainText('1 snapshot');
});

test('data written by the previous version (one assessment, question bank 1.0.0) loads without loss and moves to 1.1.0', async ({
	page
}) => {
	await page.goto('/');
	await page.evaluate(
		(data) => localStorage.setItem('commons-check', data),
		JSON.stringify(v1Workshop)
	);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// Not an error: a one-time summary of what changed, with the original to keep.
	await expect(page.getByRole('alert')).toHaveCount(0);
	const notice = page
		.getByRole('status')
		.filter({ hasText: 'question bank was updated from version 1.0.0 to 1.1.0' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText(
		/\d+ answers are marked for review because their questions changed/
	);
	await expect(notice).toContainText('5 new questions wait for an answer.');
	const list = page.locator('section.assessments > ul > li');
	await expect(list).toHaveCount(1);
	await expect(list).toContainText('Nordlys Software AS');
	// 15 answers in 1.0.0; the one to a merged question moves to the unanswered question that
	// absorbed it, so 15 of the 42 are answered.
	await expect(list).toContainText('15 of 42 questions answered');
	await expect(list).toContainText('1 snapshot');

	const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('commons-check')!));
	expect(stored.version).toBe(2);
	const updated = stored.assessments[0];
	expect(updated.frameworkVersion).toBe('1.1.0');
	// Nothing is dropped: every 1.0.0 answer is still there under its id, choice and text alike.
	for (const [id, answer] of Object.entries(v1Workshop.assessment.answers)) {
		expect(updated.answers[id], id).toMatchObject(answer as Record<string, unknown>);
	}
	// The snapshot keeps the answers exactly as they were.
	expect(stored.snapshots).toHaveLength(1);
	expect(stored.snapshots[0].origin).toBe('framework-update');
	expect(stored.snapshots[0].assessment.answers).toEqual(v1Workshop.assessment.answers);

	// The changed questions say so, and confirming an answer clears the mark.
	await notice.getByRole('link', { name: 'What changed' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'What changed in the question bank'
	);
	await page.goto('/assess/commons/');
	const changed = page.locator('[id="question-commons.dependency-inventory"]');
	await expect(changed.getByText('This question changed in version 1.1.0')).toBeVisible();
	await changed.getByRole('button', { name: 'Keep my answer' }).click();
	await expect(changed.getByText('This question changed')).toHaveCount(0);

	await page.goto('/plan/');
	await expect(page.locator('article.plan-item').first().getByLabel('Owner')).toHaveValue(
		'Kari (OSPO)'
	);
	await page.getByRole('button', { name: 'Print options' }).click();
	await expect(page.getByLabel('Paper')).toHaveValue('letter');
});
