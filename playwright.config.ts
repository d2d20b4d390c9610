import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when present (CI installs it); elsewhere Playwright's own browser,
// which `npx playwright install chromium` downloads.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystemChromium = existsSync(systemChromium);
// Without the background-networking flags Chromium tries to reach Google's servers at start.
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const launchOptions = useSystemChromium
	? { executablePath: systemChromium, args: chromiumArgs }
	: { args: chromiumArgs };

const port = Number(process.env.PORT ?? 4173);
// A second build of the site under a base path, served on the next port (tests/subpath.e2e.ts).
const subpathPort = port + 1;
export const SUBPATH = '/commons-check';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	// One folder per port, so runs on different ports (and machines' parallel jobs) never clash.
	outputDir: `test-results/port-${port}`,
	// Tests, not files, are shared out: a long file (storage faults, languages) no longer keeps one
	// worker busy while the other waits at the end. Every test opens its own browser context.
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		// Recording a trace for every test made the suite a third slower (288 s → 197 s for the same
		// 31 tests on 2 cores); in CI a failure is retried once, and the retry records it.
		trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	// Both builds run one after the other (they share .svelte-kit/), then one plain static server
	// serves them like any static host would: build/ at the root, build-subpath/ under SUBPATH.
	// Each knows its origin (SITE_URL), as a deployment does: pages carry absolute hreflang and
	// canonical links, and the build writes sitemap.xml.
	webServer: {
		command:
			`SITE_URL=http://localhost:${port} npm run build && ` +
			`SITE_URL=http://localhost:${subpathPort} BASE_PATH=${SUBPATH} BUILD_DIR=build-subpath npx vite build && ` +
			`node scripts/serve-static.js build:${port} build-subpath:${subpathPort}:${SUBPATH}`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000
	},
	projects: [
		{
			name: 'chromium',
			// The tests against nginx have a configuration of their own (playwright.nginx.config.ts).
			testIgnore: ['**/subpath.e2e.ts', '**/tests/nginx/**'],
			// Without the service worker, which would cache the whole build in every test's fresh
			// context: the tests of offline use (offline.e2e.ts, subpath, nginx) allow it.
			use: { ...devices['Desktop Chrome'], launchOptions, serviceWorkers: 'block' }
		},
		{
			name: 'subpath',
			testMatch: '**/subpath.e2e.ts',
			use: {
				...devices['Desktop Chrome'],
				launchOptions,
				// Tests in this project use relative paths ('assess/commons/'), resolved under the base.
				baseURL: `http://localhost:${subpathPort}${SUBPATH}/`
			}
		}
	]
});
