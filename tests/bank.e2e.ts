/**
 * Question bank 1.1.0 as a user meets it: a link made with 1.0.0 still opens, shown as it was
 * and compared with a 1.1.0 assessment over the questions both versions ask; the glossary explains
 * terms where they first appear; and "what the Cyber Resilience Act asks of us" lists only the
 * items that serve a provision of the Regulation.
 */
import linkFixture from '../src/lib/framework/fixtures/share-link-1.0.0.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { answerWithKeys } from './helpers';

interface PublishedQuestion {
	id: string;
	relatesTo: { framework: string; items: { id: string }[] }[];
}

test('a link made with question bank 1.0.0 opens as it was and compares with a 1.1.0 assessment', async ({
	page
}) => {
	await answerWithKeys(page, 'commons', ['2', '2', '2', '2', '2']);
	await page.goto(`/r/#${linkFixture.link}`);
	await expect(page.getByText('Nordlys Software AS')).toBeVisible();
	await expect(
		page.getByText('Made with version 1.0.0 of the question bank: scores as they were then.')
	).toBeVisible();
	// Scored with the 1.0.0 structure: every principle has its 1.0.0 count of questions (five).
	const answered = page.locator('table.scores tbody tr td:nth-of-type(3)');
	await expect(answered.first()).toHaveText(/of 5$/);
	await expect(answered.nth(1)).toHaveText(/of 5$/);

	await page.getByRole('button', { name: 'Compare with mine' }).click();
	await expect(
		page.getByText(
			'These results were made with different versions of the question bank (1.1.0 and 1.0.0): both are scored over the 37 questions the two versions share.'
		)
	).toBeVisible();

	// Saved, it becomes an assessment on the current bank, with nothing dropped.
	await page.getByRole('button', { name: 'Save as a new assessment' }).click();
	await expect(page).toHaveURL(/\/results\/$/);
	const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('commons-check')!));
	const saved = stored.assessments.find((a: { name: string }) => a.name === 'Nordlys Software AS');
	expect(saved.frameworkVersion).toBe('1.1.0');
	expect(Object.keys(saved.answers).length).toBeGreaterThanOrEqual(35);
});

test('terms are explained where a question first uses them, and the glossary lists them all', async ({
	page
}) => {
	await page.goto('/assess/commons/');
	const inventory = page.locator('[id="question-commons.dependency-inventory"]');
	const first = page.locator('[id="question-commons.leadership-ownership"]');
	await first.getByText(/terms? explained/).click();
	await expect(first.locator('details.terms dt').first()).toHaveText(
		'SBOM (software bill of materials)'
	);
	// SBOM was explained with the first question, so the second does not explain it again.
	await inventory.getByText(/terms? explained/).click();
	await expect(inventory.locator('details.terms dt')).not.toContainText([
		'SBOM (software bill of materials)'
	]);
	await inventory.getByText('Relates to').click();
	await expect(inventory.locator('details.related')).toContainText('EU Cyber Resilience Act');
	await first.getByRole('link', { name: 'In the glossary' }).first().click();
	await expect(page).toHaveURL(/\/glossary\/#sbom$/);
	await expect(page.locator('#sbom dt')).toHaveText('SBOM (software bill of materials)');
});

test('the Cyber Resilience Act filter lists only the items that serve a provision', async ({
	page
}) => {
	const published = await (await page.request.get('/framework.json')).json();
	const dueDiligence = published.principles.find((p: { id: string }) => p.id === 'due-diligence')
		.questions as PublishedQuestion[];
	const mapped = dueDiligence.filter((q) =>
		q.relatesTo.some((r) => r.framework === 'cra' && r.items.length > 0)
	);
	expect(mapped.length).toBeGreaterThan(0);
	expect(mapped.length).toBeLessThan(dueDiligence.length + 1);

	await answerWithKeys(
		page,
		'due-diligence',
		dueDiligence.map(() => '0')
	);
	await page.goto('/results/');
	const section = page.getByRole('region', { name: /6\. / });
	await page.getByLabel('Only what the Cyber Resilience Act asks of us').check();
	const items = section.locator('article.recommendation');
	const shown = Math.min(mapped.length, 3);
	await expect(items).toHaveCount(shown);
	for (let i = 0; i < shown; i++) {
		await expect(items.nth(i)).toContainText('Cyber Resilience Act:');
	}

	await page.goto('/plan/');
	await page.getByLabel('Only what the Cyber Resilience Act asks of us').check();
	const planItems = page.locator('section.items article.plan-item');
	await expect(planItems).toHaveCount(mapped.length);
	for (let i = 0; i < mapped.length; i++) {
		await expect(planItems.nth(i)).toContainText('Cyber Resilience Act:');
	}
	await page.getByLabel('Only what the Cyber Resilience Act asks of us').uncheck();
	await expect(planItems).toHaveCount(dueDiligence.length);
});
