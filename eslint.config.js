import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Links inside the app go through localized() or neutral() (src/lib/i18n/links.ts). */
export const RESOLVE_ONLY_IN_LINKS = {
	paths: [
		{
			name: '$app/paths',
			importNames: ['resolve'],
			message:
				"Use localized() (or neutral() for a language-neutral address) from '$lib/i18n/links': an internal link keeps the page's language."
		}
	]
};

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint recommends turning no-undef off for TypeScript:
			// https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-typescript-errors
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/button-has-type': 'error',
			// Internal links must be built, never written as strings: with localized() or neutral() from
			// src/lib/i18n/links.ts (typed ResolvedPathname, which this rule accepts).
			'svelte/no-navigation-without-resolve': 'error',
			// ...and only there with resolve(), so every internal link keeps the page's language.
			'no-restricted-imports': ['error', RESOLVE_ONLY_IN_LINKS]
		}
	},
	{
		files: ['src/lib/i18n/links.ts'],
		rules: { 'no-restricted-imports': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Promises are awaited, returned or explicitly let go (`void`); an async function is never
		// passed where its promise would be dropped (an event handler that can fail silently).
		files: ['**/*.ts', '**/*.svelte'],
		ignores: ['**/*.d.ts'],
		languageOptions: {
			parserOptions: {
				// The service worker is outside SvelteKit's generated project (it has its own types).
				projectService: {
					allowDefaultProject: ['src/service-worker.ts', 'vitest-setup-client.ts']
				},
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// Repository scripts and the Playwright config have a project of their own.
		files: ['scripts/**/*.ts', 'deploy/**/*.ts', 'playwright*.config.ts'],
		languageOptions: {
			parserOptions: {
				projectService: false,
				project: './tsconfig.node.json',
				tsconfigRootDir: import.meta.dirname
			}
		}
	}
);
