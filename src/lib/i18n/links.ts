/**
 * The one place where the app's internal addresses are made. Every link and navigation inside the
 * app uses `localized()`, so it stays in the page's language; `neutral()` is for addresses that
 * must not carry a language (a share link opens in the recipient's language). ESLint forbids
 * `resolve` from `$app/paths` anywhere else (eslint.config.js), so no link can bypass these.
 */
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { PathnameWithSearchOrHash, ResolvedPathname } from '$app/types';
import type { Locale } from './locales';
import { withLocale } from './paths';

/**
 * What the root layout's load gives every page (src/routes/+layout.ts). Not declared in
 * App.PageData: SvelteKit would then require every page's server load (+page.server.ts) to return
 * these keys too, as a server load does not see the universal root layout's data.
 */
export interface LanguageData {
	/** The page's language, from its path (else the reader's). */
	locale: Locale;
	/** The page's path without base and language: `/results/`. */
	path: string;
}

const languageData = () => page.data as unknown as LanguageData;

/**
 * The page's language: the root layout's `data.locale` (from the path, else the reader's). Read
 * while rendering or in an event handler (while prerendering, SvelteKit's `page` is bound to the
 * page being rendered); reactive, so links follow a language switch.
 */
export function pageLocale(): Locale {
	return languageData().locale;
}

/** The page's path without base and language (`/results/`), for its other languages' addresses. */
export function pagePath(): PathnameWithSearchOrHash {
	return languageData().path as PathnameWithSearchOrHash;
}

/** An address inside the app in the page's language (or in `locale`): `/results/` → `/de/results/`. */
export function localized(
	path: PathnameWithSearchOrHash,
	locale: Locale = pageLocale()
): ResolvedPathname {
	// resolve() only prefixes the base here: the path has no route parameters to fill in.
	return resolve(withLocale(path, locale) as '/');
}

/** A language-neutral address: it opens in the reader's saved or browser language. */
export function neutral(path: PathnameWithSearchOrHash): ResolvedPathname {
	return resolve(path as '/');
}
