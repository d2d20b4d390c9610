import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerWithKeys, collapse } from './helpers';

/** A 120-character owner that a spreadsheet would run as a command if it were not neutralized. */
const INJECTION = `=cmd|' /C calc'!A0 ${'x'.repeat(101)}`;

async function downloaded(page: Page, click: () => Promise<void>) {
	const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** The cells of a worksheet as shown: inline strings and values, by reference (A1 …). */
function sheetCells(xml: string): Map<string, string> {
	const cells = new Map<string, string>();
	for (const [, ref, body] of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(.*?)<\/c>/g)) {
		const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body!)?.[1] ?? /<v>(.*?)<\/v>/.exec(body!)?.[1];
		cells.set(
			ref!,
			(text ?? '')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&')
		);
	}
	return cells;
}

test('the plan goes to GitHub, Jira and a workbook, with formulas neutralized', async ({
	page
}) => {
	test.setTimeout(120_000);
	// The tracker's page is answered here, so the test never leaves the machine.
	const opened: string[] = [];
	await page.context().route('https://github.com/**', async (route) => {
		opened.push(route.request().url());
		await route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><html lang="en"><title>New issue</title><main><h1>New issue</h1></main></html>'
		});
	});

	await page.goto('/');
	await page.getByLabel('Organization, team or product').fill('ACME, "Öl" & Gas');
	await answerWithKeys(page, 'commons', ['1', '2', '0', 'd', '3']);
	await page.goto('/plan/');
	const first = page.locator('section.items article.plan-item').first();
	const question = collapse((await first.locator('h4').innerText()).replace(/^Priority \d+/, ''));
	await first.getByLabel('Owner').fill(INJECTION);
	await first.getByLabel('Due date').fill('2027-03-31');

	// Create issue: the first time it asks where the team tracks work.
	const item = page.locator('section.items li').first();
	await item.getByRole('button', { name: /^Create issue/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Where does your team track work?' });
	await expect(dialog).toBeVisible();
	await expectNoAxeViolations(page);
	await dialog.getByLabel('Server address').fill('javascript:alert(1)');
	await dialog.getByLabel('Repository (owner/name)').fill('octo-org/security-plan');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(
		dialog.getByText('Only addresses that start with https:// are accepted.')
	).toBeVisible();
	await dialog.getByLabel('Server address').fill('https://github.com');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();

	const link = item.getByRole('link', { name: /Open a new issue in octo-org\/security-plan/ });
	// The panel takes the focus, named after where the issues go.
	await expect(
		item.getByRole('group', { name: 'New issues in GitHub: octo-org/security-plan' })
	).toBeFocused();
	await expectNoAxeViolations(page);
	const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
	await popup.waitForLoadState();
	const url = new URL(popup.url());
	expect(url.origin + url.pathname).toBe('https://github.com/octo-org/security-plan/issues/new');
	expect(url.searchParams.get('title')).toBe(question);
	const body = url.searchParams.get('body')!;
	expect(body).toContain(`**Question:** ${question}`);
	expect(body).toContain('**Due:** March 31, 2027');
	// Escaped as Markdown: it renders as the text that was typed.
	expect(body).toContain("=cmd\\|' /C calc'\\!A0 xxx");
	expect(body).toMatch(
		/\[Open the shared result\]\(http:\/\/localhost:\d+\/(commons-check\/)?r\/#[\w-]+\)/
	);
	expect(url.searchParams.get('labels')).toMatch(/^principle:commons,effort:(small|medium|large)$/);
	expect(opened).toHaveLength(1);
	await popup.close();

	// The tracker is remembered: after a reload the panel opens straight away.
	await page.reload();
	await page.getByRole('button', { name: 'Create issues for the plan' }).click();
	const all = page.getByRole('link', { name: /One issue listing 4 items/ });
	await expect(all).toBeVisible();
	const listed = new URL((await all.getAttribute('href'))!);
	expect(listed.searchParams.get('title')).toBe('Commons Check action plan: ACME, "Öl" & Gas');
	expect(listed.searchParams.get('body')!.match(/^- \[ \] /gm)).toHaveLength(4);
	await page.keyboard.press('Escape');

	// The workbook: the plan's owners and dates, the owner neutralized, never a formula.
	const workbook = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download workbook (Excel)' }).click()
	);
	expect(workbook.name).toMatch(/^commons-check-acme-ol-gas-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const files = unzipSync(new Uint8Array(workbook.bytes));
	const workbookXml = strFromU8(files['xl/workbook.xml']!);
	expect([...workbookXml.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual([
		'Summary',
		'Answers',
		'Action plan'
	]);
	const planXml = strFromU8(files['xl/worksheets/sheet3.xml']!);
	expect(planXml).not.toContain('<f>');
	expect(planXml).toContain('state="frozen"');
	const plan = sheetCells(planXml);
	expect(plan.get('I1')).toBe('Owner');
	expect(plan.get('J1')).toBe('Due date');
	const ownerRow = [...plan].find(([, value]) => value.includes('calc'))![0].slice(1);
	expect(plan.get(`I${ownerRow}`)).toBe(`'${INJECTION}`);
	// 31 March 2027 is day 46477 of Excel's 1900 date system.
	expect(plan.get(`J${ownerRow}`)).toBe('46477');
	expect(plan.get(`C${ownerRow}`)).toBe(question);
	const summary = sheetCells(strFromU8(files['xl/worksheets/sheet1.xml']!));
	expect(summary.get('B1')).toBe('ACME, "Öl" & Gas');

	// The CSV for Jira: the importer's columns, the owner neutralized there too.
	const jira = await downloaded(page, () =>
		page.getByRole('button', { name: 'Download for Jira (CSV)' }).click()
	);
	expect(jira.name).toMatch(/-jira\.csv$/);
	const csv = jira.bytes.toString('utf8');
	expect(
		csv.startsWith('\uFEFFSummary,Description,Labels,Labels,Labels,Due Date,Assignee,Priority\r\n')
	).toBe(true);
	expect(csv).toContain(`,2027-03-31,'${INJECTION},`);
});
