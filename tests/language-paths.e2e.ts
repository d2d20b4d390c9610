/**
 * Every page in the reader's language from the first byte (README, "Languages"): each page is
 * prerendered under /en/, /de/, /fr/ and /nb/, and its language-neutral address (/, /results/,
 * /r/#…) sends the reader on to their saved or browser language before anything is painted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForHydration } from './fixtures';
import { shareLink, tabToFirstOption } from './helpers';

import { languageTag, LOCALES, type Locale } from '../src/lib/i18n/locales';

const BUILD = join(import.meta.dirname, '..', 'build');

/** A locale's messages, as the pages have them (every catalogue, the lazy ones too). */
function catalogue(locale: Locale): Record<string, string> {
	const messages: Record<string, string> = {};
	for (const folder of ['messages', 'lazy']) {
		const dir = join(import.meta.dirname, '..', 'src/lib/i18n', folder, locale);
		for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
			Object.assign(messages, JSON.parse(readFileSync(join(dir, file), 'utf8')));
		}
	}
	return messages;
}
const MESSAGES = Object.fromEntries(LOCALES.map((code) => [code, catalogue(code)])) as Record<
	Locale,
	Record<string, string>
>;
const PRINCIPLES: string[] = JSON.parse(
	readFileSync(join(BUILD, 'framework.json'), 'utf8')
).principles.map((principle: { id: string }) => principle.id);

/** Plain `{name}` arguments only (the titles below have no plurals). */
const fill = (message: string, values: Record<string, string | number>) =>
	message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

interface Expected {
	title: string;
	/** Text of the page's body that only the translation has. */
	text: string;
}

/**
 * What each page says in the raw HTML, by path without language. A new page needs a row here:
 * the test below fails for any built page without one.
 */
function expected(path: string, locale: Locale): Expected | undefined {
	const m = MESSAGES[locale];
	const name = m['app.name']!;
	const titled = (title: string, text: string) => ({ title: `${title} – ${name}`, text });
	const principle = /^\/assess\/([\w-]+)\/$/.exec(path)?.[1];
	if (principle) {
		const number = PRINCIPLES.indexOf(principle) + 1;
		const title = m[`principle.${principle}.title`]!;
		return titled(fill(m['assess.page_title']!, { number, title }), title);
	}
	const pages: Record<string, Expected> = {
		'/': { title: name, text: m['home.lead']! },
		'/about/': titled(m['about.title']!, m['about.framing.cra']!),
		// Both from a lazy catalogue (lazy/<locale>/): the raw HTML has those in its language too.
		'/changelog/': titled(m['changelogpage.title']!, m['changelog.kind.merged.hint']!),
		'/combine/': titled(m['combine.title']!, m['combine.add_intro']!),
		'/compare/': titled(m['compare.title']!, m['compare.intro']!),
		'/glossary/': titled(m['glossarypage.title']!, m['glossary.manufacturer.definition']!),
		'/join/': titled(m['join.title']!, m['join.opening']!),
		// Pages of stored data hold a placeholder until the browser has read it (first-paint.e2e.ts).
		'/plan/': titled(m['planpage.title']!, m['stored.pending']!),
		'/present/': titled(`${m['present.title']} – ${m['present.title']}`, m['present.opening']!),
		'/principles/': titled(m['principles.title']!, m['principle.bedrock.summary']!),
		'/r/': titled(m['shared.title']!, m['shared.opening']!),
		'/results/': titled(m['results.title']!, m['stored.pending']!),
		'/sbom/': titled(m['sbom.title']!, m['sbom.intro']!),
		'/snapshot/': titled(m['snapshots.view_title']!, m['snapshots.none_chosen']!)
	};
	return pages[path];
}

/** The pages of the build, as paths without language (`/`, `/assess/commons/`), from build/en/. */
function builtPages(): string[] {
	const root = join(BUILD, 'en');
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir)) {
			const path = join(dir, entry);
			if (statSync(path).isDirectory()) walk(path);
			else if (entry === 'index.html') {
				const folder = relative(root, dir).split(sep).join('/');
				found.push(folder ? `/${folder}/` : '/');
			}
		}
	};
	walk(root);
	return found.sort();
}

const decode = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&');

/** Whitespace as the page text below has it (no-break spaces too: French puts them before `:`). */
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The raw page as a crawler or a browser without JavaScript gets it. */
async function rawPage(request: APIRequestContext, url: string) {
	const response = await request.get(url, { maxRedirects: 0 });
	expect(response.status(), url).toBe(200);
	const html = await response.text();
	const head = html.slice(0, html.indexOf('</head>'));
	const links = [...head.matchAll(/<link rel="(alternate|canonical)"([^>]*)>/g)].map(
		([, rel, rest]) => ({
			rel: rel!,
			hreflang: /hreflang="([^"]+)"/.exec(rest!)?.[1] ?? '',
			href: new URL(decode(/href="([^"]+)"/.exec(rest!)![1]!), url).pathname
		})
	);
	const body = decode(
		html
			.slice(html.indexOf('<body'))
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/<[^>]+>/g, ' ')
	);
	return {
		lang: /<html lang="([^"]+)"/.exec(html)?.[1],
		title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
		description: decode(/<meta name="description" content="([^"]*)"/.exec(head)?.[1] ?? ''),
		links,
		body: squash(body),
		html
	};
}

test.describe('the raw HTML of every page, in every language', () => {
	const pages = builtPages();

	test('the build has every page in every language and at its neutral address', () => {
		expect(pages.length).toBeGreaterThanOrEqual(22);
		for (const path of pages) {
			for (const prefix of [...LOCALES.map((code) => `/${code}`), '']) {
				const file = join(BUILD, ...`${prefix}${path}`.split('/').filter(Boolean), 'index.html');
				expect(statSync(file, { throwIfNoEntry: false })?.isFile(), file).toBe(true);
			}
			expect(expected(path, 'en'), `a row for ${path} in expected()`).toBeDefined();
		}
	});

	for (const locale of LOCALES) {
		test(`${locale}: lang, title, description, text and complete alternates`, async ({
			request,
			baseURL
		}) => {
			test.setTimeout(120_000);
			const english = MESSAGES.en;
			const existing = new Set<string>();
			for (const path of pages) {
				const url = new URL(`/${locale}${path}`, baseURL).href;
				const page = await rawPage(request, url);
				const want = expected(path, locale)!;
				expect(page.lang, url).toBe(languageTag(locale));
				expect(page.title, url).toBe(want.title);
				expect(page.description, url).toBe(MESSAGES[locale]['app.tagline']);
				expect(page.body, url).toContain(squash(want.text));
				if (locale !== 'en') expect(want.text, 'a translation').not.toBe(english['home.lead']);

				// Canonical: the page itself; alternates: every language and the neutral address.
				const self = new URL(url).pathname;
				expect(page.links.filter((link) => link.rel === 'canonical')).toEqual([
					{ rel: 'canonical', hreflang: '', href: self }
				]);
				const alternates = page.links.filter((link) => link.rel === 'alternate');
				expect(alternates.map((link) => [link.hreflang, link.href])).toEqual([
					...LOCALES.map((code) => [languageTag(code), `/${code}${path}`]),
					['x-default', path]
				]);
				for (const { href } of alternates) {
					if (existing.has(href)) continue;
					const response = await request.get(new URL(href, baseURL).href, { maxRedirects: 0 });
					expect(response.status(), `${href}, an alternate of ${self}`).toBe(200);
					existing.add(href);
				}
			}
		});
	}

	test('the language-neutral pages: a link per language in its own words, and the script', async ({
		request,
		baseURL
	}) => {
		for (const path of ['/', '/results/', '/r/', '/assess/commons/']) {
			const url = new URL(path, baseURL).href;
			const page = await rawPage(request, url);
			expect(page.links.filter((link) => link.rel === 'canonical')).toEqual([]);
			expect(page.links.map((link) => [link.hreflang, link.href])).toEqual([
				...LOCALES.map((code) => [languageTag(code), `/${code}${path}`]),
				['x-default', path]
			]);
			for (const code of LOCALES) expect(page.body).toContain(MESSAGES[code]['language.continue']);
			// One inline script, right after the policy that allows it by its hash.
			expect(page.html).toMatch(
				/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'sha256-[^']+'[^"]*"><script>/
			);
			expect(page.html.match(/<script/g)).toHaveLength(1);
			// No manifest: the redirect would cut its download short (a console error in Chromium).
			expect(page.html).not.toContain('rel="manifest"');
		}
	});
});

/**
 * A reader opening an address in a fresh browser: the app's scripts are held back until the check,
 * so what the DOM shows at DOMContentLoaded comes from the prerendered HTML alone.
 */
async function firstView(
	browser: Browser,
	watch: (page: Page) => Page,
	options: { locale: string; path: string; context?: Awaited<ReturnType<Browser['newContext']>> }
) {
	const context =
		options.context ??
		(await browser.newContext({ locale: options.locale, serviceWorkers: 'block' }));
	const page = watch(await context.newPage());
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	// Not page.goto: the fixture's goto waits for hydration, which is held back here.
	await page.mainFrame().goto(options.path, { waitUntil: 'commit' });
	await page.waitForURL(new RegExp(`/(${LOCALES.join('|')})/`), { waitUntil: 'domcontentloaded' });
	const seen = await page.evaluate(() => ({
		lang: document.documentElement.lang,
		h1: document.querySelector('h1')?.textContent?.trim() ?? '',
		legend: document.querySelector('fieldset.question legend')?.textContent?.trim() ?? '',
		main: document.querySelector('main')?.textContent ?? '',
		hydrated: document.documentElement.dataset.hydrated ?? null,
		path: location.pathname
	}));
	const screenshot = await page.screenshot();
	release();
	await waitForHydration(page);
	await expectNoAxeViolations(page);
	return { page, context, seen, screenshot };
}

const FIRST_QUESTION = 'question.commons.leadership-ownership.text';

for (const [browserLocale, code] of [
	['de-DE', 'de'],
	['fr-FR', 'fr'],
	['nb-NO', 'nb']
] as const) {
	test(`${browserLocale}: / and /assess/commons/ are in ${code} at DOMContentLoaded, before hydration`, async ({
		browser,
		guard
	}, testInfo) => {
		const watch = (page: Page) => guard.watch(page);
		const home = await firstView(browser, watch, { locale: browserLocale, path: '/' });
		expect(home.seen).toMatchObject({ lang: code, hydrated: null, path: `/${code}/` });
		expect(squash(home.seen.main)).toContain(squash(MESSAGES[code]['home.lead']!));
		await testInfo.attach(`${code}-home-at-domcontentloaded`, {
			body: home.screenshot,
			contentType: 'image/png'
		});
		await home.context.close();

		const questionnaire = await firstView(browser, watch, {
			locale: browserLocale,
			path: '/assess/commons/'
		});
		expect(questionnaire.seen.lang).toBe(code);
		expect(questionnaire.seen.hydrated).toBeNull();
		expect(questionnaire.seen.path).toBe(`/${code}/assess/commons/`);
		expect(squash(questionnaire.seen.legend)).toContain(squash(MESSAGES[code][FIRST_QUESTION]!));
		await testInfo.attach(`${code}-questionnaire-at-domcontentloaded`, {
			body: questionnaire.screenshot,
			contentType: 'image/png'
		});
		await questionnaire.context.close();
	});
}

test('the switcher keeps page, query and fragment and saves the choice, which beats the browser', async ({
	page,
	browser,
	guard
}) => {
	// A shared result, opened by a German reader with a query (from a chat program) and the fragment.
	await answerOne(page);
	const link = new URL(await shareLink(page));
	const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
	const reader = guard.watch(await context.newPage());
	await reader.goto(`/r/?via=chat${link.hash}`);
	await expect(reader).toHaveURL(new RegExp(`/de/r/\\?via=chat${link.hash}$`));
	await expect(reader.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.de['shared.title']!);

	// The reader picks French: the same page, query and fragment, in French, at its French address.
	const language = reader.getByLabel(MESSAGES.de['language.label']!);
	await language.focus();
	await language.selectOption('fr');
	await expect(reader).toHaveURL(new RegExp(`/fr/r/\\?via=chat${link.hash}$`));
	await expect(reader.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(reader.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.fr['shared.title']!);
	await expect(
		reader.getByRole('table', { name: MESSAGES.fr['results.table_caption'] })
	).toBeVisible();
	await expect(reader.getByLabel(MESSAGES.fr['language.label']!)).toBeFocused();

	// A neutral address, later, in a new tab: the saved French wins over the browser's German,
	// already in the HTML.
	const later = await firstView(browser, (p) => guard.watch(p), {
		locale: 'de-DE',
		path: '/assess/commons/',
		context
	});
	expect(later.seen.path).toBe('/fr/assess/commons/');
	expect(later.seen.lang).toBe('fr');
	expect(squash(later.seen.legend)).toContain(squash(MESSAGES.fr[FIRST_QUESTION]!));

	// Internal links keep the language (the footer's glossary and changelog links too).
	const hrefs = await later.page.locator('header a, main a, footer a').evaluateAll((links) =>
		links
			.map((a) => new URL((a as HTMLAnchorElement).href))
			.filter((url) => url.origin === location.origin)
			.map((url) => url.pathname)
	);
	expect(hrefs.length).toBeGreaterThan(8);
	for (const href of hrefs) expect(href).toMatch(/^\/fr\//);

	// A term's glossary link opens the French glossary, whose own catalogue (lazy/<locale>/) is
	// there in French; switching there brings the same catalogue in Norwegian.
	const question = later.page.locator('[id="question-commons.leadership-ownership"]');
	await question.locator('details.terms summary').click();
	await question
		.getByRole('link', { name: MESSAGES.fr['glossarypage.in_glossary'] })
		.first()
		.click();
	await expect(later.page).toHaveURL(/\/fr\/glossary\/#sbom$/);
	await expect(later.page.locator('#sbom dt')).toHaveText(MESSAGES.fr['glossary.sbom.term']!);
	await later.page.getByLabel(MESSAGES.fr['language.label']!).selectOption('nb');
	await expect(later.page).toHaveURL(/\/nb\/glossary\/#sbom$/);
	await expect(later.page.locator('#sbom dt')).toHaveText(MESSAGES.nb['glossary.sbom.term']!);
	expect(squash(await later.page.locator('#sbom dd p').first().innerText())).toBe(
		squash(MESSAGES.nb['glossary.sbom.definition']!)
	);
	await context.close();
});

/** One answer in English, then the results page (where the share link is made). */
async function answerOne(page: Page) {
	await page.goto('/en/assess/commons/');
	await tabToFirstOption(page);
	await page.keyboard.press('3');
	await page.goto('/en/results/');
}

test('old addresses and share links keep working, and the fragment survives', async ({
	page,
	browser,
	guard
}) => {
	await answerOne(page);
	const link = await shareLink(page);
	expect(new URL(link).pathname).toBe('/r/');

	// A Norwegian reader opens it: the fragment comes along to /nb/r/.
	const context = await browser.newContext({ locale: 'nb-NO', serviceWorkers: 'block' });
	const reader = guard.watch(await context.newPage());
	await reader.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
	await expect(reader).toHaveURL(new RegExp(`/nb/r/${new URL(link).hash}$`));
	await expect(reader.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.nb['shared.title']!);
	await expect(
		reader.getByRole('table', { name: MESSAGES.nb['results.table_caption'] })
	).toBeVisible();

	// An old bookmark, with and without its slash.
	await reader.goto('/results');
	await expect(reader).toHaveURL(/\/nb\/results\/$/);
	await reader.goto('/assess/partners/');
	await expect(reader).toHaveURL(/\/nb\/assess\/partners\/$/);
	await expect(reader.locator('html')).toHaveAttribute('lang', 'nb');
	await context.close();
});

test('without JavaScript, /de/ reads German and / offers every language', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
	const page = await context.newPage();
	await page.goto('/de/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.de['home.title']!);
	await expect(page.locator('main')).toContainText(MESSAGES.de['home.lead']!);
	const assess = page.getByRole('link', { name: MESSAGES.de['nav.assess'] });
	expect(
		new URL((await assess.getAttribute('href'))!, page.url()).pathname,
		'a link in the German page'
	).toBe('/de/assess/commons/');

	await page.goto('/results/');
	await expect(page).toHaveURL(/\/results\/$/);
	for (const code of LOCALES) {
		const choice = page.getByRole('link', { name: MESSAGES[code]['language.continue'] });
		await expect(choice).toHaveAttribute('hreflang', code);
		await expect(choice).toHaveAttribute('href', `../${code}/results/`);
	}
	await page.getByRole('link', { name: MESSAGES.fr['language.continue'] }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.fr['results.title']!);
	await context.close();
});

test('a language-neutral page, as readers without JavaScript see it, is accessible', async ({
	page
}) => {
	// The same page without its script (which would send this browser on at once).
	await page.route(
		(url) => url.pathname === '/results/',
		async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/<script>[\s\S]*?<\/script>/, '');
			await route.fulfill({ response, body: html });
		}
	);
	await page.mainFrame().goto('/results/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commons Check');
	await expect(page.getByRole('link')).toHaveCount(LOCALES.length);
	await expectNoAxeViolations(page);
});
