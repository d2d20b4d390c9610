import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './playwright.config.ts';
import { findNginx } from './scripts/nginx/site.ts';

/**
 * The production setup, tested: build/ served by nginx with deploy/nginx.conf (headers,
 * precompression, caching, the 404 page), and a few pages loaded through it in Chromium.
 * `npm run test:nginx`; part of `npm test`. Where nginx is not installed the tests are skipped
 * with a message (tests/nginx/server.ts).
 */
const port = Number(process.env.PORT ?? 4173) + 2;
const nginx = findNginx();
// Once, in the runner (workers load this file too).
if (!nginx && process.env.TEST_WORKER_INDEX === undefined) {
	console.warn(
		'\nnginx is not installed: the tests of the production setup (tests/nginx/) are skipped.\n' +
			'Debian: apt-get install nginx libnginx-mod-http-brotli-static (.ci/run does it).\n'
	);
}

export default defineConfig({
	testDir: 'tests/nginx',
	testMatch: '*.e2e.ts',
	outputDir: `test-results/nginx-port-${port}`,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : 1,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		...devices['Desktop Chrome'],
		launchOptions,
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	webServer: nginx
		? {
				// Builds only when build/ is older than its sources (in npm test, the e2e run has just built it).
				command: `npx tsx scripts/serve-nginx.ts --port ${port}`,
				url: `http://127.0.0.1:${port}/`,
				reuseExistingServer: !process.env.CI,
				timeout: 240_000,
				// SIGTERM lets the script stop nginx and remove its temporary directory.
				gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 }
			}
		: undefined
});
