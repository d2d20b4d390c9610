import { LOCALES } from '../src/lib/i18n/locales';
import { expect, test } from './fixtures';

test('the home page is prerendered, says what the assessment is, and hydrates cleanly', async ({
	page,
	request
}) => {
	// The text must be in the HTML itself, not only produced by JavaScript (the English page; the
	// language-neutral / sends the reader there, see language-paths.e2e.ts).
	const html = await (await request.get('/en/')).text();
	expect(html).toContain('Commons Check is a self-assessment');

	await page.goto('/');
	await expect(page).toHaveURL(/\/en\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commons Check');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('contentinfo')).toContainText('No cookies, no analytics.');
	await expect(page).toHaveTitle('Commons Check');
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows a translated not-found page', async ({
	page,
	allowConsoleError
}) => {
	// The host answers 404 (Chromium logs it) with the app shell, whose router then reports the
	// unknown route as a console error before it renders the not-found page.
	allowConsoleError(/404|Not found: \/no-such-page\//);
	await page.goto('/no-such-page/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page).toHaveTitle('Page not found – Commons Check');
	await expect(page.getByText('This page does not exist.')).toBeVisible();
	await page.getByRole('link', { name: 'Go to the questionnaire' }).click();
	await expect(page).toHaveURL(/\/assess\/commons\/$/);
	await page.goBack();
	await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
});

test('robots.txt is a real file that lets crawlers in, not the app shell', async ({ request }) => {
	const response = await request.get('/robots.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/plain/);
	const text = await response.text();
	expect(text).not.toContain('<html');
	expect(text).toMatch(/^User-agent: \*$/m);
	expect(text).toMatch(/^Allow: \/$/m);
});

test('sitemap.xml lists every page in every language with its alternates, and robots.txt points to it', async ({
	request,
	baseURL
}) => {
	// The test build knows its origin (SITE_URL), as a deployment does (playwright.config.ts).
	const origin = new URL(baseURL!).origin;
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(new RegExp(`^Sitemap: ${origin}/sitemap\\.xml$`, 'm'));
	const response = await request.get('/sitemap.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
	for (const code of LOCALES) expect(locs).toContain(`${origin}/${code}/assess/commons/`);
	for (const loc of locs) expect(new URL(loc).origin).toBe(origin);
	const entry = xml.slice(xml.indexOf(`<loc>${origin}/de/plan/</loc>`));
	expect(entry.slice(0, entry.indexOf('</url>'))).toContain(
		`<xhtml:link rel="alternate" hreflang="x-default" href="${origin}/plan/"/>`
	);
});
