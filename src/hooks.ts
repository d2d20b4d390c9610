import { base } from '$app/paths';
import type { Reroute } from '@sveltejs/kit';
import { isPagePath, NEUTRAL_ROUTE_PREFIX, splitLanguagePath } from '$lib/i18n/paths';

/**
 * Language paths without a route folder per language: `/de/results/` is the `/results` route, and
 * the root layout takes the locale from the path (src/lib/i18n/paths.ts).
 *
 * A page's language-neutral address (`/results/`, an old bookmark; `/r/#…`, a share link) is
 * prerendered from the neutral route: a page that sends the reader on to their saved or browser
 * language before anything is painted. In the browser that address is the page itself, shown in
 * the reader's language (only the app shell of an unknown address gets there).
 */
export const reroute: Reroute = ({ url }) => {
	const { locale, path } = splitLanguagePath(url.pathname, base);
	if (locale) return `${base}${path}`;
	// import.meta.env.SSR, not `browser`: the bundler then leaves this out of the browser's code.
	if (import.meta.env.SSR && isPagePath(path) && !path.startsWith(`${NEUTRAL_ROUTE_PREFIX}/`)) {
		return `${base}${NEUTRAL_ROUTE_PREFIX}${path}`;
	}
};
