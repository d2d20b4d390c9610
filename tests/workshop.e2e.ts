import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerWithKeys, chartCanvas, shareLink } from './helpers';

/** The app-relative part of a full link (the tests' server may run on any port). */
const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');

/** Answers the first principle, names the participant on the results page, returns the link. */
async function participantLink(page: Page, name: string, keys: string[]): Promise<string> {
	await answerWithKeys(page, 'commons', keys);
	await page.goto('/results/');
	await shareLink(page);
	await page.getByLabel('Your name (optional)').fill(name);
	const field = page.getByLabel('Link to this result', { exact: true });
	// The link follows the name field as it is typed.
	await expect(field).toHaveValue(/\/r\/#[A-Za-z0-9_-]+$/);
	return field.inputValue();
}

async function noHorizontalScroll(page: Page): Promise<void> {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/**
 * Three participants answer principle 1 alone (weights: 1.1 ×3, 1.2 ×3, 1.3 ×2, 1.4 ×2, 1.5 ×1):
 *
 *            1.1  1.2  1.3  1.4  1.5   principle 1
 *   Ana       3    2    1    0    4    (9 + 6 + 2 + 0 + 4) / 11 = 21/11 = 1.91 → 1.9
 *   Bo        3    2    3    0    N    (9 + 6 + 6 + 0) / 10     = 21/10 = 2.10 → 2.1
 *   Cy        3    1    4    0    D    (9 + 3 + 8 + 0 + 0) / 11 = 20/11 = 1.82 → 1.8
 *   spread of the scores: 2.10 − 1.82 = 0.28 → 0.3
 *
 *   1.1 all 3: not flagged.  1.2 levels 1, 2, 2: spread 1, not flagged.
 *   1.3 levels 1, 3, 4: spread 3, flagged.  1.4 all 0: not flagged.
 *   1.5 one level (4) beside N/A and don't know: flagged (mixed).
 *   Suggested (lower median): 3, 2, 3, 0, 4 → team score (9 + 6 + 6 + 0 + 4) / 11 = 25/11 = 2.27
 *   → 2.3 Defined, 5 of 5 answered; no other principle assessed, so the overall score is 2.3 too.
 */
test('participants answer alone, the facilitator combines their links and adopts the medians', async ({
	openPage
}) => {
	test.setTimeout(150_000);
	const [ana, bo, cy] = await Promise.all([
		openPage().then((page) => participantLink(page, 'Ana', ['3', '2', '1', '0', '4'])),
		openPage().then((page) => participantLink(page, 'Bo', ['3', '2', '3', '0', 'n'])),
		openPage().then((page) => participantLink(page, 'Cy', ['3', '1', '4', '0', 'd']))
	]);

	// The facilitator, on a fourth device, starts from the home page.
	const facilitator = await openPage();
	await facilitator.goto('/');
	await facilitator.getByRole('link', { name: 'Combine participants’ answers' }).click();
	await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText(
		'Combine participants’ answers'
	);

	// Three links, a garbage line, a cut link and one link twice.
	const box = facilitator.getByLabel('Result links, one per line');
	await box.fill([ana, bo, 'hello world', cy!.slice(0, -5), cy, ana].join('\n'));
	await facilitator.getByRole('button', { name: 'Add the links' }).click();
	const outcomes = facilitator.locator('.outcomes');
	await expect(outcomes).toContainText('3 participants added from 6 links.');
	const items = outcomes.getByRole('listitem');
	await expect(items).toHaveCount(6);
	await expect(items.nth(0)).toContainText('Line 1: Added. Ana joins the session.');
	await expect(items.nth(2)).toContainText(
		'Line 3: Not added. This is not a Commons Check result link.'
	);
	await expect(items.nth(3)).toContainText('Line 4: Not added. The link was cut short or changed');
	await expect(items.nth(5)).toContainText(
		'Line 6: Not added. Ana is already in the session with exactly these answers'
	);
	// The lines that could not be added stay in the box to be fixed.
	await expect(box).toHaveValue(['hello world', cy!.slice(0, -5)].join('\n'));
	await expect(facilitator.getByRole('heading', { name: 'Participants (3)' })).toBeVisible();

	// Remove Cy, then add Cy back with one click from the link opened on this machine.
	await facilitator.getByRole('button', { name: 'Remove Cy' }).click();
	await expect(facilitator.getByRole('heading', { name: 'Participants (2)' })).toBeVisible();
	await facilitator.goto(path(cy!));
	await facilitator
		.getByRole('button', { name: 'Add to the open workshop session (2 participants)' })
		.click();
	await expect(facilitator.getByRole('status').filter({ hasText: 'Cy joins' })).toContainText(
		'Cy joins the workshop session, which now has 3 participants.'
	);
	await facilitator.getByRole('link', { name: 'Open the combined answers' }).click();
	await expect(facilitator.getByRole('heading', { name: 'Participants (3)' })).toBeVisible();

	// Scores by principle: one column per participant, and the spread.
	const principles = facilitator.getByRole('table', { name: /Each participant’s score/ });
	const commons = principles.getByRole('row').nth(1);
	await expect(commons.getByRole('cell')).toHaveText(['1.9', '2.1', '1.8', '0.3']);
	// The participants' radar is drawn once the reader scrolls to it.
	await chartCanvas(facilitator);
	await expect(
		facilitator.getByRole('img', { name: /Radar chart of the scores of 3/ })
	).toBeVisible();

	// Questions: the one three levels apart is flagged, the one everybody agrees on is not.
	const table = facilitator.getByRole('table', { name: /Answers by question/ });
	const row = (number: string) =>
		table
			.getByRole('row')
			.filter({ has: facilitator.getByRole('rowheader', { name: new RegExp(`^${number} `) }) });
	await expect(row('1.3')).toContainText('Discuss');
	await expect(row('1.3')).toContainText('Levels 3 apart.');
	// Flagged questions are never pre-filled: the median is not offered as the team's answer.
	await expect(row('1.3').getByRole('cell')).toHaveText([
		/^1\s*$/,
		/^3\s*$/,
		/^4\s*$/,
		'1',
		'3',
		'4',
		'3',
		/Discuss/,
		/Flagged: decide after the discussion\./
	]);
	await expect(facilitator.getByLabel('Agreed answer for question 1.3')).toHaveValue('undecided');
	await expect(row('1.1')).not.toContainText('Discuss');
	await expect(row('1.5')).toContainText('Mixed: 1 not applicable, 1 don’t know.');

	// Only the flagged ones, the larger disagreement first.
	await facilitator
		.getByRole('combobox', { name: /^Show/ })
		.selectOption({ label: 'Only the questions to discuss (2)' });
	await facilitator.getByLabel('Order').selectOption({ label: 'Questions to discuss first' });
	await expect(table.getByRole('rowheader')).toHaveText([/^1\.3 /, /^1\.5 /]);
	await expect(table).toHaveAccessibleName('Answers by question: 2 of 42 shown');

	// The group agrees on the medians of the flagged questions too; adopt into the (empty) team
	// assessment.
	await facilitator.getByLabel('Agreed answer for question 1.3').selectOption('3');
	await facilitator.getByLabel('Agreed answer for question 1.5').selectOption('4');
	await facilitator.getByRole('button', { name: 'Adopt into the team assessment' }).click();
	const dialog = facilitator.getByRole('dialog', { name: 'Adopt the agreed answers?' });
	await expect(dialog).toContainText('5 answers will be written');
	await expect(dialog).toContainText('No existing answer is replaced.');
	await dialog.getByRole('button', { name: 'Adopt the answers' }).click();
	await expect(dialog).toBeHidden();
	await expect(facilitator.getByText('5 agreed answers were adopted')).toBeVisible();
	await facilitator.getByRole('link', { name: 'See the results' }).click();

	await expect(facilitator).toHaveURL(/\/results\/$/);
	const rows = facilitator.locator('table.scores tbody tr');
	await expect(rows.nth(0).locator('td').nth(0)).toHaveText('2.3');
	await expect(rows.nth(0).locator('td').nth(1)).toHaveText('Defined');
	await expect(rows.nth(0).locator('td').nth(2)).toHaveText('5 of 5');
	await expect(rows.nth(1).locator('td').nth(0)).toHaveText('Not assessed');
	await expect(facilitator.locator('table.scores tfoot td').nth(0)).toHaveText('2.3');
});

test('presenter view: a principle answered with the keyboard only, large type, fits the screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/assess/commons/');
	await page.getByRole('link', { name: 'Presenter view' }).click();
	await expect(page).toHaveURL(/\/present\/\?q=commons\.leadership-ownership$/);
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toContainText('How well does executive leadership');
	await expect(
		page.getByText('Principle 1 of 8 · Question 1 of 5 · 0 of 42 answered')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);

	// Readable from the back of the room.
	const size = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	expect(await size('h1')).toBeGreaterThanOrEqual(32);
	expect(await size('.option .head')).toBeGreaterThanOrEqual(24);
	expect(await size('.option .description')).toBeGreaterThanOrEqual(24);

	// Keys with focus on the page: a level, then Enter, → or Page Down to move on.
	await page.keyboard.press('2');
	await expect(page.getByRole('radio', { name: '2 Defined' })).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(heading).toBeFocused();
	await expect(heading).toContainText('SBOM');
	await page.keyboard.press('3');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Question 3 of 5 · 2 of 42 answered')).toBeVisible();
	await page.keyboard.press('n');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('d');
	// ← goes back; the answer stays.
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('radio', { name: 'Not applicable' })).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('radio', { name: 'Don’t know' })).toBeChecked();
	await page.keyboard.press('Enter');

	// Question 1.5: notes typed here do not answer; Esc leaves the field; then from the radio group.
	await expect(page).toHaveURL(/\?q=commons\.literacy$/);
	await page.getByText('Notes', { exact: true }).click();
	const notes = page.getByLabel('Notes on question 1.5');
	await notes.fill('Ask HR about 4 courses');
	// Cleared and typed again key by key: the notes stay open and the digits stay in the note.
	await notes.fill('');
	await notes.pressSequentially('need 2 more days');
	await expect(notes).toBeFocused();
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
	await notes.fill('Ask HR about 4 courses');
	await notes.press('Escape');
	await expect(heading).toBeFocused();
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('radio', { name: '0 Unaware' })).toBeFocused();
	await page.keyboard.press('4');
	await expect(page.getByRole('radio', { name: '4 Leading' })).toBeFocused();
	await expect(page.getByRole('radio', { name: '4 Leading' })).toBeChecked();
	await page.keyboard.press('Enter');

	// The principle's overview: every answer, a way back to each, then on to principle 2.
	await expect(page).toHaveURL(/\?overview=commons$/);
	await expect(heading).toBeFocused();
	await expect(heading).toHaveText('Most of your digital infrastructure is in the commons');
	await expect(page.locator('.answers li .answer')).toHaveText([
		'2 · Defined',
		'3 · Managed',
		'Not applicable',
		'Don’t know',
		'4 · Leading'
	]);
	await expect(page.getByText('Score so far:')).toContainText('5 of 5 answered');
	await page.getByRole('link', { name: 'Go to question 1.2' }).click();
	await expect(heading).toContainText('SBOM');
	await expect(page.getByRole('radio', { name: '3 Managed' })).toBeChecked();
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/\?overview=commons$/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?q=communities\.concentration-risk$/);
	await expect(
		page.getByText('Principle 2 of 8 · Question 1 of 4 · 5 of 42 answered')
	).toBeVisible();

	// A typical question fits a 1280×720 screen without scrolling.
	await page.setViewportSize({ width: 1280, height: 720 });
	// Principle 2 has four questions.
	for (let i = 0; i < 4; i++) {
		const { scrollHeight, innerHeight } = await page.evaluate(() => ({
			scrollHeight: document.documentElement.scrollHeight,
			innerHeight: window.innerHeight
		}));
		expect(scrollHeight, `question ${i + 1} of principle 2`).toBeLessThanOrEqual(innerHeight + 2);
		await expect(page.getByRole('radio', { name: 'Don’t know' })).toBeInViewport();
		await page.keyboard.press('ArrowRight');
	}

	// Full screen and back; the button says which state it is in.
	const fullScreen = page.getByRole('button', { name: 'Full screen' });
	await fullScreen.click();
	await expect(fullScreen).toHaveAttribute('aria-pressed', 'true');
	await fullScreen.click();
	await expect(fullScreen).toHaveAttribute('aria-pressed', 'false');

	// A reload comes back to the same place; the normal questionnaire has the same answers.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'There is no unified Open Source community'
	);
	await page.goto('/assess/commons/');
	const question = (n: number) => page.locator('fieldset.question').nth(n);
	await expect(question(0).getByRole('radio', { name: '2 Defined' })).toBeChecked();
	await expect(question(1).getByRole('radio', { name: '3 Managed' })).toBeChecked();
	await expect(question(2).getByRole('radio', { name: 'Not applicable' })).toBeChecked();
	await expect(question(3).getByRole('radio', { name: 'Don’t know' })).toBeChecked();
	await expect(question(4).getByRole('radio', { name: '4 Leading' })).toBeChecked();
	await expect(question(4).getByLabel('Notes', { exact: true })).toHaveValue(
		'Ask HR about 4 courses'
	);
});

test('a participant’s phone: questionnaire, results, share panel and combine page fit 360 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await answerWithKeys(page, 'commons', ['1', '2', '3', 'n', 'd']);
	await noHorizontalScroll(page);
	await page.goto('/results/');
	await shareLink(page);
	await page.getByLabel('Your name (optional)').fill('Dana with a rather long name');
	const link = await page.getByLabel('Link to this result', { exact: true }).inputValue();
	await noHorizontalScroll(page);
	await page.goto('/combine/');
	await page.getByLabel('Add one link').fill(link);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Participants (1)' })).toBeVisible();
	await expect(page.getByRole('table', { name: /Answers by question/ })).toBeVisible();
	await noHorizontalScroll(page);

	// Clearing asks first.
	await page.getByRole('button', { name: 'Clear participants' }).click();
	const dialog = page.getByRole('dialog', { name: 'Clear all participants?' });
	await expect(dialog).toContainText('This removes the 1 participant');
	await dialog.getByRole('button', { name: 'Clear participants' }).click();
	await expect(page.getByRole('heading', { name: 'Participants (0)' })).toBeVisible();
	await expect(page.getByRole('table', { name: /Answers by question/ })).toHaveCount(0);
});
