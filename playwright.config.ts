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

const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	webServer: {
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: useSystemChromium
					? { executablePath: systemChromium, args: chromiumArgs }
					: { args: chromiumArgs }
			}
		}
	]
});
