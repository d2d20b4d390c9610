import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { siteUrl } from './deploy/site.js';
import { icuLite } from './src/lib/i18n/icu-lite-plugin.js';

export default defineConfig({
	// icuLite swaps svelte-i18n's full ICU parser for our small one in the browser build only
	// (7.5 KiB gzip less on every page); src/lib/i18n/icu-lite.spec.ts proves the same output.
	plugins: [icuLite(), sveltekit()],
	// The site's origin for absolute hreflang and canonical links ('' without SITE_URL: relative ones).
	define: { __SITE_URL__: JSON.stringify(siteUrl()) },
	build: {
		// Message catalogues are fetched as JSON; never inline them as data: URLs.
		assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
		rolldownOptions: {
			// Silences rolldown's plugin-timing report, which fires on every build because of prerendering.
			checks: { pluginTimings: false },
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'runtime',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|svelte-i18n|intl-messageformat|@formatjs|deepmerge|tslib|devalue|esm-env)[\\/]/,
							priority: 2
						}
					]
				}
			}
		}
	},
	preview: { port: 4173, strictPort: true },
	server: { port: 5173 },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					setupFiles: ['./vitest-setup-client.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: [
						'src/**/*.{test,spec}.{js,ts}',
						'scripts/**/*.{test,spec}.{js,ts}',
						'deploy/**/*.{test,spec}.{js,ts}'
					],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			}
		]
	}
});
