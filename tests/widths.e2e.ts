/**
 * Every route fits the screen: no horizontal scrolling at phone, tablet, laptop and desktop widths,
 * empty and filled with 80-character names (organization, assessment, snapshot, participant), in
 * the light and the dark scheme. A test that reads text cannot see a table wider than the phone;
 * this one measures it. It also checks the phone header (one row) and that a phone reaches the
 * first question within two screens.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';
import { bank } from '../src/lib/framework/bank';

const WIDTHS = [360, 768, 1024, 1366];
/** 80 characters, with a 34-character word that cannot wrap at a space. */
const LONG = 'Kommunale Datenverarbeitungsgesellschaft für Infrastruktur und Sicherheit Nord AG';
const LONG_WORD = 'Datenverarbeitungsinfrastrukturgesellschaftsvertragsentwurf';
const NAME = `${LONG.slice(0, 79 - LONG_WORD.length)} ${LONG_WORD}`.slice(0, 80);

const NOW = '2026-11-02T10:00:00.000Z';
const questions = bank.principles.flatMap((principle) => principle.questions);
const CHOICES = [0, 1, 2, 3, 4, 'na', 'unknown'] as const;

function filledEnvelope(): string {
	const answers = Object.fromEntries(
		questions.map((question, i) => [
			question.id,
			{
				choice: CHOICES[i % CHOICES.length],
				...(i % 4 === 0 ? { note: `${NAME} — ${LONG_WORD}` } : {}),
				...(CHOICES[i % CHOICES.length] === 'na' ? { naReason: NAME } : {})
			}
		])
	);
	const plan = Object.fromEntries(
		questions
			.filter((_, i) => i % 2 === 0)
			.map((question, i) => [
				question.id,
				{ owner: NAME.slice(0, 80), due: '2027-03-31', ...(i % 3 === 0 ? { status: 'doing' } : {}) }
			])
	);
	const assessment = (id: string, name: string) => ({
		id,
		name,
		createdAt: NOW,
		updatedAt: NOW,
		frameworkVersion: bank.version,
		answers,
		targets: {},
		plan
	});
	return JSON.stringify({
		version: 2,
		assessments: [assessment('a1', NAME), assessment('a2', `${NAME.slice(0, 78)} 2`)],
		activeId: 'a1',
		snapshots: [
			{
				id: 's1',
				assessmentId: 'a1',
				label: NAME,
				takenAt: NOW,
				assessment: assessment('a1', NAME)
			}
		],
		deleted: [],
		settings: {}
	});
}

function workshopSession(): string {
	const participants = [1, 2, 3].map((number) => ({
		id: `p${number}`,
		number,
		name: `${NAME.slice(0, 60)} ${LONG_WORD.slice(0, 19)}`.slice(0, 60),
		team: NAME,
		date: '2026-11-02',
		answers: Object.fromEntries(
			questions.map((question, i) => [question.id, CHOICES[(i + number) % CHOICES.length]])
		)
	}));
	return JSON.stringify({ version: 1, participants, picks: {} });
}

/** scrollWidth and innerWidth at each width and scheme, for the page as it is. */
async function overflowAt(page: Page): Promise<string[]> {
	const problems: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			// Two frames: layout and any resize handlers (the chart) have run.
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			const [scroll, inner, widest] = await page.evaluate(() => {
				// The innermost elements that reach past the window's right edge: where to look.
				const over = [...document.querySelectorAll('body *')].filter((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && box.right > window.innerWidth + 1;
				});
				const innermost = over.filter(
					(element) => !over.some((other) => other !== element && element.contains(other))
				);
				const describe = (element: Element) =>
					`${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
				return [
					document.documentElement.scrollWidth,
					window.innerWidth,
					innermost.slice(0, 3).map(describe).join(', ')
				];
			});
			if (scroll > inner) {
				problems.push(
					`${page.url()} at ${width} px (${scheme}): ${scroll} > ${inner}, past the edge: ${widest}`
				);
			}
		}
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return problems;
}

const ROUTES = [
	'/',
	'/assess/commons/',
	'/results/',
	'/plan/',
	'/compare/',
	'/present/',
	'/combine/',
	'/principles/',
	'/about/'
];

test('every route fits every width, empty', async ({ page, allowConsoleError }) => {
	test.setTimeout(240_000);
	allowConsoleError(/404|Not found: \/no-such-page\//);
	const problems: string[] = [];
	for (const route of [...ROUTES, '/no-such-page/']) {
		await page.goto(route);
		problems.push(...(await overflowAt(page)));
	}
	expect(problems).toEqual([]);
});

test('every route fits every width, filled with 80-character names', async ({ page }) => {
	test.setTimeout(300_000);
	const envelope = filledEnvelope();
	const session = workshopSession();
	await page.addInitScript(
		([stored, workshop]: string[]) => {
			if (!localStorage.getItem('commons-check')) localStorage.setItem('commons-check', stored!);
			if (!localStorage.getItem('commons-check:workshop')) {
				localStorage.setItem('commons-check:workshop', workshop!);
			}
		},
		[envelope, session]
	);
	const problems: string[] = [];
	for (const route of ROUTES) {
		await page.goto(route);
		problems.push(...(await overflowAt(page)));
	}
	await page.goto('/compare/?a=snapshot%3As1&b=assessment%3Aa1');
	problems.push(...(await overflowAt(page)));
	await page.goto('/snapshot/?id=s1');
	problems.push(...(await overflowAt(page)));

	// A shared result with the organization's and the participant's names.
	await page.goto('/results/');
	await page.getByRole('button', { name: 'Create a link to share' }).click();
	await page.getByLabel('Your name (optional)').fill(NAME.slice(0, 60));
	const link = await page.getByLabel('Link to this result', { exact: true }).inputValue();
	await page.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
	await expect(page.getByText('Shared result').first()).toBeVisible();
	problems.push(...(await overflowAt(page)));
	expect(problems).toEqual([]);
});

test('on a phone the header is one row and the first question is on the first two screens', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const principle of bank.principles) {
		await page.goto(`/assess/${principle.id}/`);
		await waitForHydration(page);
		const header = await page.locator('.site-header').boundingBox();
		expect(header?.height, 'header height').toBeLessThanOrEqual(64);
		const first = await page.locator('fieldset.question').first().boundingBox();
		expect(first?.y, `first question of ${principle.id}`).toBeLessThan(2 * 740);
	}
	// The menu opens, shows every section and the language, and closes on navigation.
	const menu = page.getByRole('button', { name: 'Menu' });
	await menu.click();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Results' })).toBeVisible();
	await expect(page.getByLabel('Language')).toBeVisible();
	await nav.getByRole('link', { name: 'Results' }).click();
	await expect(page).toHaveURL(/\/results\/$/);
	await expect(nav).toBeHidden();
});
