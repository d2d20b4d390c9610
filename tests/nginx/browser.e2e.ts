/**
 * The app in Chromium, served by nginx with deploy/nginx.conf: the header policies let every page
 * run (tests/fixtures.ts fails on any CSP violation or console error), the Permissions-Policy
 * allows what the app uses and nothing else, no page can be framed, and the service worker makes
 * it work offline.
 */
import { expect, test } from '../fixtures';
import { answerWithKeys, chartCanvas, shareLink, tabToFirstOption } from '../helpers';
import { requireNginx } from './server';

requireNginx();

test('pages run under the header policies; the Permissions-Policy allows what the app uses', async ({
	page,
	allowConsoleError
}) => {
	test.setTimeout(90_000);
	// The test reads the clipboard on purpose, to see the policy refuse it.
	allowConsoleError(/Clipboard API has been blocked because of a permissions policy/);
	// Chromium reports a header it cannot parse (an unknown feature, a bad directive) as a warning.
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (/Permissions-Policy|Content.Security.Policy/i.test(message.text())) {
			warnings.push(message.text());
		}
	});
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

	await answerWithKeys(page, 'commons', ['4', '3', '2', '1', '0']);
	await page.goto('/results/');
	await expect(await chartCanvas(page)).toBeVisible();
	expect(
		await page.evaluate(() => {
			const policy = (
				document as unknown as { featurePolicy: { allowsFeature(feature: string): boolean } }
			).featurePolicy;
			return Object.fromEntries(
				[
					'camera',
					'fullscreen',
					'clipboard-write',
					'clipboard-read',
					'microphone',
					'geolocation'
				].map((feature) => [feature, policy.allowsFeature(feature)])
			);
		})
	).toEqual({
		camera: true,
		fullscreen: true,
		'clipboard-write': true,
		'clipboard-read': false,
		microphone: false,
		geolocation: false
	});

	// Copying the share link writes to the clipboard (allowed); reading it is not allowed here.
	const link = await shareLink(page);
	await page.evaluate(() => {
		const clipboard = navigator.clipboard;
		const write = clipboard.writeText.bind(clipboard);
		clipboard.writeText = (text) =>
			write(text).then(() => {
				(window as unknown as { copied: string }).copied = text;
			});
	});
	await page.getByRole('button', { name: 'Copy the link' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { copied?: string }).copied))
		.toBe(link);
	expect(
		await page.evaluate(() =>
			navigator.clipboard.readText().then(
				() => 'read',
				(error: Error) => error.name
			)
		)
	).toBe('NotAllowedError');

	// The presenter's full-screen toggle (fullscreen=(self)).
	await page.goto('/present/');
	const fullscreen = page.getByRole('button', { name: 'Full screen' });
	await fullscreen.click();
	await expect(fullscreen).toHaveAttribute('aria-pressed', 'true');
	await fullscreen.click();
	await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');

	expect(warnings).toEqual([]);
});

test('no page can be put in a frame, not even by the app itself', async ({
	page,
	allowConsoleError
}) => {
	// Chromium logs the refusal; that is the expected outcome here.
	allowConsoleError(/frame-ancestors|Refused to (frame|display)/);
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/frame-ancestors 'none'/.test(message.text())) refused.push(message.text());
	});
	await page.goto('/');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const frame = document.createElement('iframe');
				frame.id = 'framed';
				frame.title = 'framed';
				frame.addEventListener('load', () => resolve());
				frame.src = 'about/';
				document.body.append(frame);
			})
	);
	// A refused frame shows the browser's error page (another origin): no access to the app's document.
	expect(
		await page.evaluate(
			() => (document.getElementById('framed') as HTMLIFrameElement).contentDocument === null
		)
	).toBe(true);
	expect(refused.length).toBeGreaterThan(0);
	await page.evaluate(() => document.getElementById('framed')?.remove());
});

test('an unknown address shows the translated not-found page', async ({
	page,
	allowConsoleError
}) => {
	// nginx answers 404 (Chromium logs it) with the app shell, whose router then reports the
	// unknown route before it renders the not-found page.
	allowConsoleError(/404|Not found: \/no-such-page\//);
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
});

// The whole app offline is tests/offline.e2e.ts; this checks the service worker under nginx's
// headers (its own CSP, no-cache, compressed responses cached and served).
test('after the first visit the app works offline', async ({ page, context }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
		.toBe(true);

	await context.setOffline(true);
	await page.goto('/assess/partners/');
	await tabToFirstOption(page);
	for (const key of ['2', '3', '1', '0', '4']) {
		await page.keyboard.press(key);
		await page.keyboard.press('Enter');
	}
	await page.goto('/results/');
	await expect(page.locator('table.scores tbody tr').nth(2).locator('td').first()).toHaveText(
		'1.8'
	);
	await expect(await chartCanvas(page)).toBeVisible();
	await context.setOffline(false);
});
