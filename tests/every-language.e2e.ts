/**
 * Every shipped language, as its readers meet it (issue 23): a fresh visitor whose browser prefers
 * the language gets it from the first paint, and the questionnaire, results, printed report, plan,
 * combine and presenter screens, filled with data, show no English text and fit a phone and a
 * laptop screen. "English text" is any literal run of the English catalogue (16 characters or
 * more) that the language's own catalogue does not also use, such as a source's title.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { languageTag, LOCALES } from '../src/lib/i18n/locales';
import { expect, test } from './fixtures';
import { overflowAt, storeFilled } from './filled';

const ROOT = join(import.meta.dirname, '../src/lib/i18n');

/** Every message of a locale: the catalogues of all pages and the on-demand ones. */
function catalogue(code: string): Record<string, string> {
	const all: Record<string, string> = {};
	for (const folder of ['messages', 'lazy']) {
		const dir = join(ROOT, folder, code);
		for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
			Object.assign(all, JSON.parse(readFileSync(join(dir, file), 'utf8')));
		}
	}
	return all;
}

/** The literal text of a message outside ICU arguments and tags, in runs. */
function literalRuns(message: string): string[] {
	let depth = 0;
	let text = '';
	for (const char of message) {
		if (char === '{') depth++;
		if (depth === 0) text += char;
		if (char === '}') depth = Math.max(0, depth - 1);
	}
	return text
		.replace(/<\/?\w+>/g, '\n')
		.split('\n')
		.map((run) => run.trim().replace(/\s+/g, ' '))
		.filter((run) => run.length >= 16);
}

const english = catalogue('en');

function englishRunsFor(code: string): string[] {
	const own = catalogue(code);
	const ownText = Object.values(own).join('\n').replace(/\s+/g, ' ');
	const runs = new Set<string>();
	for (const [key, value] of Object.entries(english)) {
		if (own[key] === value) continue;
		for (const run of literalRuns(value)) if (!ownText.includes(run)) runs.add(run);
	}
	return [...runs];
}

async function englishOn(page: Page, runs: string[], selector = 'body'): Promise<string[]> {
	const text = (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
	return runs.filter((run) => text.includes(run)).map((run) => `${page.url()}: “${run}”`);
}

const SCREENS = ['/assess/commons/', '/results/', '/plan/', '/combine/', '/present/'];

for (const code of LOCALES.filter((locale) => locale !== 'en')) {
	test.describe(code, () => {
		test.use({ locale: code === 'nb' ? 'nb-NO' : code });

		test(`${code}: from the first paint, and no screen in English or wider than the screen`, async ({
			page,
			request
		}) => {
			test.setTimeout(180_000);
			const runs = englishRunsFor(code);
			expect(runs.length, 'English runs to look for').toBeGreaterThan(300);

			// A fresh visitor: the language-neutral address sends the browser's language, whose page
			// is in that language in its HTML, before any script runs (the first paint).
			const html = await (await request.get(`/${code}/`)).text();
			expect(html).toContain(`<html lang="${languageTag(code)}">`);
			expect(html).toContain(catalogue(code)['home.start']);
			// Installed from here, the app has its name, description and start page in the language.
			expect(html).toContain(`manifest.${code}.webmanifest"`);
			const manifest = await (await request.get(`/manifest.${code}.webmanifest`)).json();
			expect(manifest).toMatchObject({
				description: catalogue(code)['app.tagline'],
				lang: languageTag(code),
				start_url: `./${code}/`
			});
			await page.goto('/');
			await expect(page).toHaveURL(new RegExp(`/${code}/$`));
			await expect(page.getByRole('link', { name: catalogue(code)['home.start'] })).toBeVisible();

			await storeFilled(page);
			const problems: string[] = [];
			for (const screen of SCREENS) {
				await page.goto(`/${code}${screen}`);
				await expect(page.locator('html')).toHaveAttribute('lang', languageTag(code));
				problems.push(...(await englishOn(page, runs)));
				problems.push(...(await overflowAt(page, [360, 1366], ['light'])));
				if (screen === '/results/') {
					// The printed report, as the browser's print (Ctrl+P) renders it, in the print medium.
					await expect(page.locator('[data-report-ready="true"]')).toBeAttached();
					await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
					await page.emulateMedia({ media: 'print' });
					await expect(page.locator('body > .print-report')).toBeVisible();
					problems.push(...(await englishOn(page, runs, 'body > .print-report')));
					await page.emulateMedia({ media: 'screen' });
					await page.evaluate(() => dispatchEvent(new Event('afterprint')));
				}
			}
			expect(problems).toEqual([]);
		});
	});
}
