import { bank } from '../src/lib/framework/bank';
import { publishedFrameworkSchema } from '../src/lib/framework/schema';
import { expect, test } from './fixtures';

test('the principles page lists the eight principles and every question', async ({ page }) => {
	await page.goto('/principles/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The eight principles');
	const principles = page.locator('ol.principles > li');
	await expect(principles).toHaveCount(8);
	await expect(principles.nth(0).getByRole('heading', { level: 2 })).toContainText(
		'Most of your digital infrastructure is in the commons'
	);
	await expect(principles.nth(7).getByRole('heading', { level: 2 })).toContainText('boring');
	const total = bank.principles.reduce((sum, p) => sum + p.questions.length, 0);
	await expect(page.locator('ol.questions > li')).toHaveCount(total);
	for (const [index, principle] of bank.principles.entries()) {
		await expect(principles.nth(index).locator('ol.questions > li')).toHaveCount(
			principle.questions.length
		);
	}
});

test('the about page credits the source and explains scoring and privacy', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.getByRole('heading', { name: 'How scoring works' })).toBeVisible();
	await expect(page.getByText(/CPAN Security Group’s draft/).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your data stays with you' })).toBeVisible();
});

test('/framework.json publishes the English question bank in the documented shape', async ({
	request
}) => {
	const response = await request.get('/framework.json');
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/json');
	const framework = publishedFrameworkSchema.parse(await response.json());
	expect(framework.locale).toBe('en');
	expect(framework.version).toBe(bank.version);
	expect(framework.scale.map((band) => band.name)).toEqual([
		'Unaware',
		'Ad hoc',
		'Defined',
		'Managed',
		'Leading'
	]);
	expect(framework.principles.flatMap((p) => p.questions.map((q) => q.id))).toEqual(
		bank.principles.flatMap((p) => p.questions.map((q) => q.id))
	);
	const first = framework.principles[0]!.questions[0]!;
	expect(first.levels).toHaveLength(5);
	expect(first.nextSteps.map((step) => step.fromLevel)).toEqual([0, 1, 2, 3]);
	expect(first.nextSteps[0]!.references[0]!.url).toMatch(/^https:\/\//);
});
