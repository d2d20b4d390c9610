/**
 * Language paths, as pure functions of a URL path (no SvelteKit imports, so the hooks, the layout
 * and the tests share them). Every page exists once per language under `/<locale>/…` (`/de/results/`)
 * and once at its language-neutral address (`/results/`), a small page that sends the reader on to
 * their language (neutral-redirect.ts). `base` is the configured BASE_PATH ('' at the domain root).
 */
import { isLocale, type Locale } from './locales';

export interface LanguagePath {
	/** The locale of the path's first segment after the base; null at a language-neutral address. */
	locale: Locale | null;
	/** The rest of the path, from its slash on, without base and locale: `/results/`, `/`. */
	path: string;
}

/** Splits `/base/de/results/` into `de` and `/results/`; `/base/results/` into null and `/results/`. */
export function splitLanguagePath(pathname: string, base = ''): LanguagePath {
	const inside =
		base && (pathname === base || pathname.startsWith(`${base}/`))
			? pathname.slice(base.length)
			: pathname;
	const path = inside.startsWith('/') ? inside : `/${inside}`;
	const first = path.split('/')[1] ?? '';
	if (!isLocale(first)) return { locale: null, path };
	const rest = path.slice(first.length + 1);
	return { locale: first, path: rest.startsWith('/') ? rest : `/${rest}` };
}

/** `/results/` in German: `/de/results/` (no base; query and fragment are kept). */
export function withLocale(path: string, locale: Locale): string {
	return `/${locale}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Files (`/framework.json`, `/robots.txt`) are no pages: they have no language and no neutral page. */
export function isPagePath(path: string): boolean {
	const last = path.split('/').at(-1) ?? '';
	return !last.includes('.');
}

/**
 * The route that renders the language-neutral page of every page (server side only; see
 * src/hooks.ts). Its id, as SvelteKit reports it in `route.id`.
 */
export const NEUTRAL_ROUTE_PREFIX = '/neutral';
export const NEUTRAL_ROUTE_ID = '/neutral/[...path]';
