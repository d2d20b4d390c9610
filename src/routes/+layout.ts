import { browser } from '$app/environment';
import { base } from '$app/paths';
import { get } from 'svelte/store';
import { locale as activeLocale, waitLocale } from 'svelte-i18n';
import {
	isLocale,
	loadRouteMessages,
	pickLocale,
	setupI18n,
	switchLocale,
	type Locale
} from '$lib/i18n';
import type { LanguageData } from '$lib/i18n/links';
import { splitLanguagePath } from '$lib/i18n/paths';
import { app } from '$lib/state/app.svelte';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML: the app has no server, and answers never leave the browser.
// Each page is prerendered once per language (/de/results/, through src/hooks.ts) and once at its
// language-neutral address (/results/). Prerendering must stay sequential (kit.prerender.concurrency
// 1, the default): the active locale is one global store, set here for each page.
export const prerender = true;
// Each page is written as <path>/index.html, which every static host serves without configuration.
export const trailingSlash = 'always';

/** The user's saved choice, else the browser's preferred languages (at a language-neutral address). */
function preferredLocale(): Locale {
	const saved = app.settings.locale;
	return isLocale(saved) ? saved : pickLocale(navigator.languages ?? [navigator.language]);
}

/** The locale of an address: its language path; elsewhere the reader's, or English when prerendering. */
function localeOf(pathname: string): Locale {
	return splitLanguagePath(pathname, base).locale ?? (browser ? preferredLocale() : 'en');
}

// At module level so it runs both in the prerender worker and in the browser, before any render.
setupI18n(browser ? localeOf(location.pathname) : 'en');

// Reading url and route.id makes SvelteKit run this again on navigation (to another language, or to
// a page with messages of its own).
export const load: LayoutLoad = async ({ url, route }) => {
	// A language-neutral address follows the saved choice, known once the stored data is read
	// (its schemas load on demand, see storage/envelope.ts); a language path decides by itself.
	if (!splitLanguagePath(url.pathname, base).locale) await app.ready;
	const locale = localeOf(url.pathname);
	if (get(activeLocale) !== locale) await switchLocale(locale);
	// Stored data is read before the page renders: its schemas (and, rarely, repair code) load on
	// demand (storage/envelope.ts). The page's own catalogue loads meanwhile, not after: on a slow
	// network each step in a row costs a round trip.
	await Promise.all([waitLocale(), app.ready, loadRouteMessages(route.id)]);
	const data: LanguageData = { locale, path: splitLanguagePath(url.pathname, base).path };
	return data;
};
