/**
 * Accessibility of every route in the states that matter: empty, partly and fully answered, a
 * shared result, print emulation and the dark colour scheme (which axe checks for contrast too).
 * Every page.goto already runs axe (fixtures.ts); this file adds the states and a focus check.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForHydration } from './fixtures';
import { PRINCIPLE_IDS } from '../src/lib/framework/types';
import { answerWithKeys } from './helpers';
import { bank } from '../src/lib/framework/bank';

const ROUTES = [
	'/',
	'/assess/commons/',
	'/results/',
	'/plan/',
	'/compare/',
	'/combine/',
	'/present/',
	'/principles/',
	'/glossary/',
	'/changelog/',
	'/sbom/',
	'/about/'
];

async function visitAll(page: Page) {
	for (const route of ROUTES) await page.goto(route);
}

/** Every element reached with Tab shows a visible focus indicator (an outline of at least 2 px). */
async function expectVisibleFocus(page: Page, stops = 25) {
	for (let i = 0; i < stops; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			let element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			// A visually hidden native input shows its focus on the label that wraps it.
			if (getComputedStyle(element).opacity === '0') element = element.closest('label');
			if (!element) return null;
			const style = getComputedStyle(element);
			const input = element as HTMLInputElement;
			const name =
				element.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? element.textContent;
			return {
				what: `${element.tagName.toLowerCase()}${input.type ? `[type=${input.type}]` : ''} “${name?.trim().slice(0, 50)}” on ${location.pathname}`,
				outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0
			};
		});
		if (!focus) continue;
		expect(focus.outline, `focus indicator on ${focus.what}`).toBeGreaterThanOrEqual(2);
	}
}

test('every route, empty, in the light and the dark scheme', async ({ page }) => {
	test.setTimeout(120_000);
	await visitAll(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await visitAll(page);
});

/** One answer key per question of the principle, cycling through `keys`. */
function keysFor(principle: string, keys: readonly string[]): string[] {
	const count = bank.principles.find((p) => p.id === principle)!.questions.length;
	return Array.from({ length: count }, (_, i) => keys[i % keys.length]!);
}

test('every route with a partial assessment', async ({ page }) => {
	test.setTimeout(120_000);
	await answerWithKeys(page, 'commons', keysFor('commons', ['2', '3', 'n', 'd', '1']));
	await visitAll(page);
});

test('every route with a complete assessment, in the dark scheme and in print', async ({
	page
}) => {
	test.setTimeout(180_000);
	for (const principle of PRINCIPLE_IDS) {
		await answerWithKeys(page, principle, keysFor(principle, ['1', '2', '3', '2', '1']));
	}
	await page.emulateMedia({ colorScheme: 'dark' });
	await visitAll(page);
	await page.emulateMedia({ colorScheme: 'light', media: 'print' });
	for (const route of ['/results/', '/plan/']) {
		await page.goto(route);
		await expectNoAxeViolations(page);
	}
});

test('a shared result, and the calculation details opened, in both schemes', async ({ page }) => {
	await answerWithKeys(page, 'bedrock', ['3', '2', '1', '0', '4']);
	await page.goto('/results/');
	await page.getByText('How is this calculated?').click();
	// Built on first opening: bedrock's answers 3, 2, 1, 0, 4 with weights 3, 2, 3, 2, 2.
	const calculation = page.locator('details.calculation');
	await expect(calculation.getByRole('table')).toHaveCount(8);
	await expect(calculation).toContainText('3 × 3 = 9');
	await expect(calculation).toContainText('24 ÷ 12 = 2.00, shown as 2.0');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Create a link to share' }).click();
	const link = await page.getByLabel('Link to this result', { exact: true }).inputValue();
	await expectNoAxeViolations(page);
	await page.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.reload();
	await waitForHydration(page);
	await expect(page.locator('table.scores')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('focus is visible on every control reached with the keyboard', async ({ page }) => {
	test.setTimeout(120_000);
	await answerWithKeys(page, 'commons', ['2', '2', '2', '2', '2']);
	for (const route of ['/', '/assess/commons/', '/results/', '/plan/']) {
		await page.goto(route);
		await expectVisibleFocus(page);
	}
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/assess/commons/');
	await expectVisibleFocus(page);
});
