/**
 * The printed report, measured in the PDF Chromium makes of it: page count, page size, how full
 * each page is (from the positions of its text), the running header, the summary on page one,
 * and what each print option prints, on A4 and on Letter.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerWithKeys, canvasInk, compact, pdfPages, type PdfPage } from './helpers';
import { handOver, openWith } from './print-fixture';
import { assessmentResult } from '../src/lib/assessment/result';
import { FRAMEWORK_VERSION, principles, questions } from '../src/lib/framework';
import { formatScore } from '../src/lib/i18n/format';
import deFramework from '../src/lib/i18n/messages/de/framework.json' with { type: 'json' };
import enFramework from '../src/lib/i18n/messages/en/framework.json' with { type: 'json' };
import { PAGE_MARGINS } from '../src/lib/report/page-style';
import type { PaperSize } from '../src/lib/storage/envelope';
import { ANSWERED } from '../src/lib/testing/hand-over';

const PAPERS: Record<PaperSize, { label: string; size: [number, number] }> = {
	a4: { label: 'A4', size: [595.3, 841.9] },
	letter: { label: 'US Letter', size: [612, 792] }
};

/** Screen text that must never be on paper. */
const SCREEN_ONLY = [
	'Print the report',
	'Print options',
	'Download Markdown',
	'In the plan',
	'Skip to main content',
	'Questionnaire'
];

/**
 * How full a page is: from the top of the content area (below the running header) down to the
 * lowest text on the page, as a share of the content area's height; 0 for a page without text
 * outside the header.
 */
function fill(page: PdfPage, paper: PaperSize): number {
	const { top, bottom } = PAGE_MARGINS[paper];
	const height = page.size[1];
	const body = page.runs.filter((run) => run.y < height - top);
	if (body.length === 0) return 0;
	const lowest = Math.min(...body.map((run) => run.y - run.height * 0.25));
	return (height - top - lowest) / (height - top - bottom);
}

async function print(page: Page): Promise<PdfPage[]> {
	// The page's own @page size, as the browser's print dialog uses it.
	return pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

/** The checks every printed report passes. */
function expectWellLaidOut(pages: PdfPage[], paper: PaperSize, header: string): number[] {
	const fills = pages.map((page) => fill(page, paper));
	expect(pages.length).toBeLessThanOrEqual(6);
	pages.forEach((page, index) => {
		const where = `page ${index + 1} of ${pages.length} (${paper})`;
		expect(Math.abs(page.size[0] - PAPERS[paper].size[0]), where).toBeLessThan(1.5);
		expect(Math.abs(page.size[1] - PAPERS[paper].size[1]), where).toBeLessThan(1.5);
		// No blank page; none but the last less than a third full.
		expect(fills[index], where).toBeGreaterThan(0.05);
		if (index < pages.length - 1) expect(fills[index], where).toBeGreaterThanOrEqual(1 / 3);
		// The running header: the organization and "Page x of y".
		expect(page.text, where).toContain(header);
		expect(page.text, where).toContain(`Page ${index + 1} of ${pages.length}`);
		for (const text of SCREEN_ONLY) expect(page.text, where).not.toContain(text);
	});
	return fills;
}

/** The summary is page one, and page one is the summary. */
function expectSummaryFirst(pages: PdfPage[], name: string): void {
	const first = pages[0]!.text;
	expect(first).toMatch(/Commons Check · Assessment report/i);
	for (const text of [
		name,
		`Framework version: ${FRAMEWORK_VERSION}`,
		`${ANSWERED} of ${questions.length} questions answered`,
		`Overall score: ${overall('en', enFramework)}`,
		'Scores by principle',
		'The plan at a glance',
		'By status',
		'By effort',
		'By owner',
		'Without an owner:',
		'First steps',
		'Back to the live result'
	]) {
		expect(first).toContain(text);
	}
	expect(first).not.toContain('What to do next');
	// The link back to the live result (its long address wraps).
	expect(compact(first)).toMatch(/http:\/\/localhost:\d+\/r\/#[\w-]{20,}/);
}

const plan = handOver();
// What the app computes for the fixture (the report must print these numbers).
const result = assessmentResult(principles, plan.answers, plan.targets);
const ITEMS = result.recommendations.length;
const overall = (locale: 'en' | 'de', messages: Record<string, string>) =>
	`${formatScore(result.summary.overallRounded!, locale)} ${locale === 'en' ? 'of' : 'von'} 4 ${messages[`scale.${result.summary.overallBand}.name`]}`;

test('the report prints every option on A4 and Letter within six well-filled pages', async ({
	page
}) => {
	test.setTimeout(240_000);
	const measured: string[] = [];
	await openWith(page, plan, '/plan/');
	// The plan as the page shows it: 32 items, some done, some without an owner.
	expect(ITEMS).toBe(32);
	const items = page.locator('section.items article.plan-item');
	await expect(items).toHaveCount(ITEMS);
	const titles = (await page.locator('article.plan-item :is(h3, h4)').allInnerTexts()).map(
		(title) => compact(title.replace(/^Priority \d+/, ''))
	);
	await page.getByRole('radio', { name: 'sorted by priority' }).check();
	const statuses = await items.evaluateAll((articles) =>
		articles.map((article) => (article.classList.contains('done') ? 'done' : 'open'))
	);
	const ordered = (await page.locator('article.plan-item :is(h3, h4)').allInnerTexts()).map(
		(title) => compact(title.replace(/^Priority \d+/, ''))
	);
	expect(new Set(ordered)).toEqual(new Set(titles));
	const open = ordered.filter((_, index) => statuses[index] === 'open');
	const done = ordered.filter((_, index) => statuses[index] === 'done');
	expect(done.length).toBeGreaterThan(0);

	await page.getByRole('button', { name: 'Print options' }).click();
	const options = page.getByRole('group', { name: 'What to print' });
	await expect(options).toBeVisible();

	for (const paper of ['a4', 'letter'] as const) {
		await page.getByLabel('Paper').selectOption(paper);

		await options.getByLabel('The whole plan').check();
		const whole = await print(page);
		const wholeFills = expectWellLaidOut(whole, paper, plan.name);
		expectSummaryFirst(whole, plan.name);
		const wholeText = compact(whole.map((p) => p.text).join(' '));
		for (const title of ordered) expect(wholeText).toContain(title);
		expect(whole[1]!.text).toContain('What to do next');
		expect(whole[1]!.text).toContain(
			`${ITEMS} items in the plan, in priority order (1 = do first).`
		);
		// Owners as the team set them; an item nobody took shows a suggestion, never an owner.
		expect(wholeText).toContain(compact('Jonas Berg (Legal)'));
		expect(wholeText).toContain(compact('Suggested: Engineering'));
		// Sources: title, host and number in the table, the full address once at the end.
		expect(wholeText).toMatch(/\(eur-lex\.europa\.eu\)\[\d+\]/);
		expect(whole.at(-1)!.text).toContain('Sources');
		expect(whole.at(-1)!.text).toMatch(/\d+\. [^:]+: https:\/\/\S+/);
		measured.push(`${paper} whole: ${whole.length} pages, fill ${fmt(wholeFills)}`);

		await options.getByLabel('Open items only (not done)').check();
		const openOnly = await print(page);
		const openFills = expectWellLaidOut(openOnly, paper, plan.name);
		expectSummaryFirst(openOnly, plan.name);
		const openText = compact(
			openOnly
				.slice(1)
				.map((p) => p.text)
				.join(' ')
		);
		for (const title of open) expect(openText).toContain(title);
		for (const title of done) expect(openText).not.toContain(title);
		measured.push(`${paper} open: ${openOnly.length} pages, fill ${fmt(openFills)}`);

		await options.getByLabel('The first open items').check();
		await options.getByLabel('How many').fill('10');
		const top = await print(page);
		const topFills = expectWellLaidOut(top, paper, plan.name);
		expectSummaryFirst(top, plan.name);
		const topText = compact(
			top
				.slice(1)
				.map((p) => p.text)
				.join(' ')
		);
		for (const title of open.slice(0, 10)) expect(topText).toContain(title);
		for (const title of open.slice(10)) expect(topText).not.toContain(title);
		expect(topText).toContain(compact(`The first 10 open items of ${open.length}`));
		measured.push(`${paper} top 10: ${top.length} pages, fill ${fmt(topFills)}`);

		await options.getByLabel('The summary page only').check();
		const summary = await print(page);
		expectWellLaidOut(summary, paper, plan.name);
		expect(summary).toHaveLength(1);
		expectSummaryFirst(summary, plan.name);
		measured.push(`${paper} summary: 1 page, fill ${fmt([fill(summary[0]!, paper)])}`);
	}
	// The report as the printer sees it is accessible too (headings, table headers, contrast).
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('body > .print-report')).toBeVisible();
	await expect(page.locator('main')).toBeHidden();
	await expectNoAxeViolations(page);
	await page.emulateMedia({ media: 'screen' });
	test.info().annotations.push({ type: 'measured', description: measured.join('; ') });
	console.log(measured.join('\n'));
});

const fmt = (fills: number[]) => fills.map((value) => value.toFixed(2)).join(' ');

test('Ctrl+P on the results prints the report, complete at once, in the reader’s language', async ({
	page
}) => {
	test.setTimeout(120_000);
	const name = 'ACME "Öl" & Gas \\ Co.';
	await openWith(page, handOver(name), '/results/', { paper: 'letter', locale: 'de' });
	// The report loads in idle time after the page, so the browser's own print finds it ready.
	await expect(page.locator('[data-report-ready="true"]')).toBeAttached();
	await expect(page.locator('.print-report')).toHaveCount(0);

	// At 'beforeprint' the report must be in the page and its chart drawn, before any await.
	const atPrint = await page.evaluate(() => {
		const seen: { report: boolean; width: number; inked: number; accent: number }[] = [];
		addEventListener(
			'beforeprint',
			() => {
				const canvas = document.querySelector<HTMLCanvasElement>('body > .print-report canvas');
				const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
				let inked = 0;
				let accent = 0;
				const pixels = data?.data ?? new Uint8ClampedArray();
				for (let i = 0; i < pixels.length; i += 4) {
					if (pixels[i + 3]! === 0) continue;
					inked++;
					// The current score in the print accent (#0b5cad), not the screen's colours.
					if (pixels[i + 2]! - pixels[i]! > 80) accent++;
				}
				seen.push({
					report: document.querySelector('body > .print-report') !== null,
					width: canvas?.width ?? 0,
					inked,
					accent
				});
			},
			{ once: true }
		);
		dispatchEvent(new Event('beforeprint'));
		return seen[0];
	});
	expect(atPrint?.report).toBe(true);
	// Drawn at 4 device pixels per CSS pixel (340 CSS px wide): sharp on paper.
	expect(atPrint?.width).toBe(1360);
	expect(atPrint?.inked).toBeGreaterThan(10_000);
	expect(atPrint?.accent).toBeGreaterThan(5_000);
	// The labels on paper are whole too.
	const ink = await canvasInk(page.locator('.print-report canvas'), 4);
	expect(ink.edge).toBe(0);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(page.locator('.print-report')).toHaveCount(0);

	// The PDF (which fires beforeprint itself): Letter, German, the name escaped in the header.
	const pages = await print(page);
	expect(pages.length).toBeLessThanOrEqual(6);
	pages.forEach((printed, index) => {
		expect(Math.abs(printed.size[0] - 612)).toBeLessThan(1.5);
		expect(printed.text).toContain(`Seite ${index + 1} von ${pages.length}`);
		expect(printed.text).toContain(name);
		expect(fill(printed, 'letter')).toBeGreaterThan(0.05);
		if (index < pages.length - 1) expect(fill(printed, 'letter')).toBeGreaterThanOrEqual(1 / 3);
	});
	expect(pages[0]!.text).toMatch(/Bewertungsbericht/i);
	expect(pages[0]!.text).toContain(`Gesamtwert: ${overall('de', deFramework)}`);
	for (const text of ['Bericht drucken', 'Druckoptionen']) {
		expect(pages.map((p) => p.text).join(' ')).not.toContain(text);
	}
});

test('two principles answered, the last item taken out: A4 prints no blank page', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await page.getByLabel('Organization, team or product').fill('Nordlys Software AS');
	await answerWithKeys(page, 'commons', ['1', '2', '0', 'd', '3']);
	await answerWithKeys(page, 'communities', ['2', '2', '2', '2', '2']);
	await page.goto('/plan/');
	const items = page.locator('section.items article.plan-item');
	await expect(items.first()).toBeVisible();
	const count = await items.count();
	const last = items.last();
	const lastTitle = compact((await last.locator('h4').innerText()).replace(/^Priority \d+/, ''));
	await last.getByLabel('In the plan').uncheck();
	await expect(last.getByText('Not in the plan')).toBeVisible();

	await page.getByRole('button', { name: 'Print options' }).click();
	await page.getByLabel('Paper').selectOption('a4');
	const pages = await print(page);
	const fills = expectWellLaidOut(pages, 'a4', 'Nordlys Software AS');
	// The summary, the items, and the sources (on a page of their own when they do not fit).
	expect(pages.length).toBeLessThanOrEqual(3);
	expect(pages[1]!.text).toContain(`${count - 1} items in the plan`);
	expect(compact(pages.map((p) => p.text).join(' '))).not.toContain(lastTitle);
	console.log(`two principles, A4: ${pages.length} pages, fill ${fmt(fills)}`);
});
