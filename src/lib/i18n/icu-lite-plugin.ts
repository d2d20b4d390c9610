/**
 * Vite plugin: in the client build only, intl-messageformat gets icu-lite.ts instead of
 * '@formatjs/icu-messageformat-parser' (about 6 KiB gzip less JavaScript on every page).
 *
 * Scoped on purpose, rather than a global `resolve.alias`:
 * - only imports made by intl-messageformat are redirected, so check.ts (the catalogue checker)
 *   and the tests keep the real parser, which validates every message against the full grammar;
 * - only `vite build` (`apply`), so the dev server and Vitest are untouched;
 * - only the client environment (`applyToEnvironment`), so prerendering keeps the real parser.
 *   Both parsers return the same AST for our catalogues (icu-lite.spec.ts), so hydration agrees.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PARSER = '@formatjs/icu-messageformat-parser';

export function icuLite(): Plugin {
	const replacement = fileURLToPath(new URL('./icu-lite.ts', import.meta.url));
	return {
		name: 'commons-check:icu-lite',
		enforce: 'pre',
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		resolveId(source, importer) {
			// Vite passes importers as absolute paths with forward slashes (also on Windows).
			if (source === PARSER && importer?.includes('/node_modules/intl-messageformat/')) {
				return replacement;
			}
			return null;
		}
	};
}
