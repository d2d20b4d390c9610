/**
 * The test fixture every end-to-end test uses. For every page a test opens (the default `page`
 * and any page from `openPage()` in a fresh browser context) it adds:
 * - a failure on any uncaught page error or console error (unless the test allowed that message);
 * - a failure on any Content Security Policy violation (reported by the browser's
 *   `securitypolicyviolation` event as well as in the console);
 * - a failure on any request to another origin: the app must never contact anything but itself;
 * - an axe accessibility check (WCAG 2.x A and AA) after every `page.goto` and at the end of the
 *   test, so every page the suite visits is checked in the state the test leaves it in.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until SvelteKit has hydrated the page, so clicks and key presses reach their handlers. */
export async function waitForHydration(page: Page): Promise<void> {
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

/** Collects CSP violations in the page, from the very first script on. */
function recordCspViolations() {
	const record = ((window as unknown as { __cspViolations: string[] }).__cspViolations =
		[] as string[]);
	document.addEventListener('securitypolicyviolation', (event) => {
		record.push(
			`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}`
		);
	});
}

class Guard {
	readonly allowed: RegExp[] = [];
	readonly problems: string[] = [];
	readonly pages: Page[] = [];

	constructor(private readonly origin: string) {}

	watch(page: Page): Page {
		this.pages.push(page);
		void page.addInitScript(recordCspViolations);
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (
				(url.protocol === 'http:' || url.protocol === 'https:' || url.protocol.startsWith('ws')) &&
				url.origin !== this.origin
			) {
				this.problems.push(`request to another origin: ${request.url()}`);
			}
		});
		page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			const text = message.text();
			if (this.allowed.some((pattern) => pattern.test(text))) return;
			this.problems.push(`console error on ${page.url()}: ${text}`);
		});
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			// Collect CSP violations of the page being left; the next document starts a new list.
			const left = await page
				.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
				.catch(() => []);
			this.problems.push(...left.map((v) => `CSP violation on ${page.url()}: ${v}`));
			const response = await goto(url, options);
			await waitForHydration(page);
			await expectNoAxeViolations(page);
			return response;
		};
		return page;
	}
}

interface Fixtures {
	guard: Guard;
	/** Lets a test expect a console error whose text matches the pattern. */
	allowConsoleError: (pattern: RegExp) => void;
	/** Opens a page in a new, empty browser context (another device or person). */
	openPage: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
	guard: async ({ baseURL }, use) => {
		await use(new Guard(new URL(baseURL ?? 'http://localhost:4173').origin));
	},
	allowConsoleError: async ({ guard }, use) => {
		await use((pattern) => guard.allowed.push(pattern));
	},
	openPage: async ({ browser, guard, serviceWorkers }, use) => {
		const contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
		await use(async () => {
			// Like the default page: the service worker only where the project or test allows it.
			const context = await browser.newContext({ serviceWorkers });
			contexts.push(context);
			return guard.watch(await context.newPage());
		});
		for (const context of contexts) await context.close();
	},
	page: async ({ page, guard }, use, testInfo) => {
		guard.watch(page);
		await use(page);
		for (const open of guard.pages) {
			if (open.isClosed()) continue;
			const violations = await open
				.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
				.catch(() => []);
			guard.problems.push(...violations.map((v) => `CSP violation on ${open.url()}: ${v}`));
		}
		if (testInfo.status === testInfo.expectedStatus) {
			for (const open of guard.pages) {
				if (!open.isClosed()) await expectNoAxeViolations(open);
			}
		}
		expect(guard.problems, 'page errors and console errors').toEqual([]);
	}
});

export { expect };
