import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';
import { chartCanvas } from './helpers';

/**
 * One answer per question, principle by principle, as typed on the keyboard (bank 1.1.0: 5, 4, 6,
 * 6, 4, 6, 6 and 5 questions). Expected scores, computed by hand with the bank's weights:
 *  1 commons       all 2                                  → 2.0 Defined
 *  2 communities   all 3                                  → 3.0 Managed
 *  3 partners      all 4                                  → 4.0 Leading
 *  4 bedrock       all 0                                  → 0.0 Unaware
 *  5 never-free    all N (not applicable)                 → not assessed
 *  6 due-diligence all D (don't know = 0)                 → 0.0 Unaware
 *  7 maintainers   1,4,0,2,D,1 with weights 3,2,2,2,3,1   → 16/13 = 1.23 → 1.2 Ad hoc
 *  8 boring-work   2,3,2,3,2 with weights 2,3,2,2,3       → 29/12 = 2.42 → 2.4 Defined
 *  overall, the mean of the shown scores: (2.0 + 3.0 + 4.0 + 0.0 + 0.0 + 1.2 + 2.4) / 7
 *  = 12.6 / 7 = 1.8 → 1.8 Ad hoc
 */
const KEYS: string[][] = [
	['2', '2', '2', '2', '2'],
	['3', '3', '3', '3'],
	['4', '4', '4', '4', '4', '4'],
	['0', '0', '0', '0', '0', '0'],
	['n', 'n', 'n', 'n'],
	['d', 'd', 'd', 'd', 'd', 'd'],
	['1', '4', '0', '2', 'd', '1'],
	['2', '3', '2', '3', '2']
];

const EXPECTED_ROWS = [
	['2.0', 'Defined', '5 of 5'],
	['3.0', 'Managed', '4 of 4'],
	['4.0', 'Leading', '6 of 6'],
	['0.0', 'Unaware', '6 of 6'],
	['Not assessed', '–', '4 of 4'],
	['0.0', 'Unaware', '6 of 6'],
	['1.2', 'Ad hoc', '6 of 6'],
	['2.4', 'Defined', '5 of 5']
];

/** Presses Tab until a radio button has focus, as a keyboard user would. */
async function tabToFirstOption(page: Page) {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (
			await page.evaluate(
				() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'
			)
		)
			return;
	}
	throw new Error('no answer option reached with Tab');
}

/** Answers one principle's questions: a key per question, Enter to move on. */
async function answerPrinciple(page: Page, keys: string[]) {
	await tabToFirstOption(page);
	for (const key of keys) {
		await page.keyboard.press(key);
		await page.keyboard.press('Enter');
	}
	// After the last question Enter moved focus to the link to the next page.
	await expect(page.locator('[data-next-step]')).toBeFocused();
}

test('a new user answers everything with the keyboard, reloads, and gets the expected results', async ({
	page
}) => {
	await page.goto('/');
	// From the home page to the first question with the keyboard only.
	await page.getByRole('link', { name: 'Start the assessment' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/assess\/commons\/$/);

	for (const [index, keys] of KEYS.entries()) {
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await answerPrinciple(page, keys);
		if (index === 3) {
			// Half-way: reload and check every answer so far is still there.
			await page.reload();
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			await expect(page.getByText('21 of 42 questions answered')).toBeVisible();
			await expect(page.locator('input[type="radio"]:checked')).toHaveCount(6);
			await expect(page.locator('input[type="radio"][value="0"]:checked')).toHaveCount(6);
			await page.locator('[data-next-step]').focus();
		}
		await page.keyboard.press('Enter');
	}

	await expect(page).toHaveURL(/\/results\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
	const rows = page.locator('table.scores tbody tr');
	await expect(rows).toHaveCount(8);
	for (const [index, [score, band, answered]] of EXPECTED_ROWS.entries()) {
		const cells = rows.nth(index).locator('td');
		await expect(cells.nth(0)).toHaveText(score!);
		await expect(cells.nth(1)).toHaveText(band!);
		await expect(cells.nth(2)).toHaveText(answered!);
	}
	const overall = page.locator('table.scores tfoot td');
	await expect(overall.nth(0)).toHaveText('1.8');
	await expect(overall.nth(1)).toHaveText('Ad hoc');
	await expect(page.locator('.overall .value')).toHaveText('1.8');

	// The radar chart is lazily loaded and actually painted.
	const canvas = await chartCanvas(page);
	await expect(canvas).toBeVisible();
	await expect
		.poll(() =>
			canvas.evaluate((element: HTMLCanvasElement) => {
				const context = element.getContext('2d');
				if (!context) return 0;
				const { data } = context.getImageData(0, 0, element.width, element.height);
				let painted = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
				return painted;
			})
		)
		.toBeGreaterThan(1000);
	await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();

	// Don't know items became "find out" recommendations.
	await expect(page.getByText('Find out first.').first()).toBeVisible();
});

test('changing a target changes the recommendations and is saved', async ({ page }) => {
	await page.goto('/assess/communities/');
	await tabToFirstOption(page);
	for (let i = 0; i < 5; i++) {
		await page.keyboard.press('3');
		await page.keyboard.press('Enter');
	}
	await page.goto('/results/');
	const section = page.locator('section.principle', {
		has: page.getByRole('heading', { name: /^2\./ })
	});
	await expect(section.getByText('All answered questions meet the target.')).toBeVisible();
	await expect(section.locator('article.recommendation')).toHaveCount(0);

	await page.getByLabel('Target for There is no unified Open Source community').selectOption('4');
	await expect(section.locator('article.recommendation')).toHaveCount(3);
	await expect(section.getByText('target 4').first()).toBeVisible();

	await page.reload();
	await expect(page.getByLabel('Target for There is no unified Open Source community')).toHaveValue(
		'4'
	);
	await expect(section.locator('article.recommendation')).toHaveCount(3);
});

test('a second tab sees an answer made in the first', async ({ page }) => {
	await page.goto('/assess/bedrock/');
	const second = await page.context().newPage();
	await second.goto('/assess/bedrock/');
	await second.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const option = (p: Page, question: number, name: RegExp) =>
		p.locator('fieldset.question').nth(question).getByRole('radio', { name });

	await option(page, 0, /^3 Managed$/).check();
	await expect(option(second, 0, /^3 Managed$/)).toBeChecked();
	await expect(second.getByText('1 of 42 questions answered')).toBeVisible();

	// And back: an answer in the second tab does not drop the first tab's.
	await option(second, 1, /^1 Ad hoc$/).check();
	await expect(option(page, 1, /^1 Ad hoc$/)).toBeChecked();
	await expect(option(page, 0, /^3 Managed$/)).toBeChecked();
	await expect(page.getByText('2 of 42 questions answered')).toBeVisible();

	// Typed text is written in batches, and still reaches the other tab, with the answers.
	const notes = (p: Page) =>
		p.locator('fieldset.question').nth(1).getByLabel('Notes', { exact: true });
	await page.locator('fieldset.question').nth(1).getByText('Notes and evidence').click();
	await notes(page).fill('Asked the OSPO');
	await second.locator('fieldset.question').nth(1).getByText('Notes and evidence').click();
	await expect(notes(second)).toHaveValue('Asked the OSPO');
	await expect(option(second, 1, /^1 Ad hoc$/)).toBeChecked();
	await second.close();
});

test('a note typed and the page closed at once is kept', async ({ page }) => {
	await page.goto('/assess/partners/');
	await waitForHydration(page);
	const question = page.locator('fieldset.question').first();
	await question.getByText('Notes and evidence').click();
	// Key by key, then the reload straight after the last key: no time for the batched write.
	await question
		.getByLabel('Notes', { exact: true })
		.pressSequentially('Seen in the audit', { delay: 5 });
	await page.reload();
	await page.locator('fieldset.question').first().getByText('Notes and evidence').click();
	await expect(
		page.locator('fieldset.question').first().getByLabel('Notes', { exact: true })
	).toHaveValue('Seen in the audit');
});

test('corrupt stored data: a banner explains, the original can be downloaded, a fresh start works', async ({
	page
}) => {
	await page.goto('/');
	await page.evaluate(() =>
		localStorage.setItem('commons-check', '{"version":1,"assessment":{"answers":')
	);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const banner = page.getByRole('alert');
	await expect(banner).toContainText('Some of your saved data could not be used');
	await expect(banner).toContainText('damaged and cannot be read');
	await expect(banner).toContainText('kept in this browser as a backup');

	const downloadPromise = page.waitForEvent('download');
	await banner.getByRole('button', { name: 'Download the original data' }).click();
	const download = await downloadPromise;
	const path = await download.path();
	const { readFile } = await import('node:fs/promises');
	expect(await readFile(path, 'utf8')).toBe('{"version":1,"assessment":{"answers":');

	// The raw text stays under a backup key, and the app writes a fresh, valid envelope.
	const stored = await page.evaluate(() => {
		const keys = Object.keys(localStorage);
		return {
			backups: keys
				.filter((key) => key.startsWith('commons-check:backup:'))
				.map((key) => localStorage.getItem(key)),
			main: JSON.parse(localStorage.getItem('commons-check') ?? 'null')
		};
	});
	expect(stored.backups).toEqual(['{"version":1,"assessment":{"answers":']);
	expect(stored.main.version).toBe(2);

	await banner.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the questionnaire does not load Chart.js; the results page does', async ({ page }) => {
	const scripts: { url: string; body: string }[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') {
			scripts.push({ url: response.url(), body: await response.text() });
		}
	});
	await page.goto('/assess/commons/');
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(3);
	expect(scripts.filter((s) => s.body.includes('radialLinear')).map((s) => s.url)).toEqual([]);

	await page
		.getByRole('radio', { name: /^2 Defined$/ })
		.first()
		.check();
	scripts.length = 0;
	await page.getByRole('link', { name: 'Results', exact: true }).click();
	await expect(await chartCanvas(page)).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts.some((s) => s.body.includes('radialLinear'))).toBe(true);
});

test('the radar chart loads into a place kept free for it: nothing on the results page moves', async ({
	page
}) => {
	await page.goto('/assess/commons/');
	await waitForHydration(page);
	await page
		.getByRole('radio', { name: /^3 Managed$/ })
		.first()
		.check();
	// Tall enough that the chart, its caption and the score table are all on screen: shifts are
	// only reported for what the viewport shows.
	await page.setViewportSize({ width: 1280, height: 1600 });
	// Record every layout shift of the next full load, from its first paint on.
	await page.addInitScript(() => {
		const shifts: string[] = [];
		(window as unknown as { __shifts: string[] }).__shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				sources?: { node?: Node | null }[];
			})[]) {
				const nodes = (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?').join(', ');
				shifts.push(`${entry.value.toFixed(4)} (${nodes})`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/results/');
	await waitForHydration(page);
	await expect(page.locator('.chart canvas')).toBeVisible();
	// Two frames after the chart's first draw, any shift it caused has been reported.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual(
		[]
	);
});
