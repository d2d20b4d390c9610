import { browser } from '$app/environment';
import { get } from 'svelte/store';
import { locale, waitLocale } from 'svelte-i18n';
import {
	isLocale,
	loadRouteMessages,
	pickLocale,
	setupI18n,
	switchLocale,
	type Locale
} from '$lib/i18n';
import { app } from '$lib/state/app.svelte';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML: the app has no server, and answers never leave the browser.
export const prerender = true;
// Each page is written as <path>/index.html, which every static host serves without configuration.
export const trailingSlash = 'always';

/**
 * The browser's preferred languages; English when prerendering. The user's saved choice is known
 * once the stored data is read (load, below), which may need code that loads first.
 */
function initialLocale(): Locale {
	if (!browser) return 'en';
	return pickLocale(navigator.languages ?? [navigator.language]);
}

// At module level so it runs both in the prerender worker and in the browser, before any render.
setupI18n(initialLocale());

// Reading route.id makes SvelteKit run this again on navigation, for pages with their own messages.
export const load: LayoutLoad = async ({ route }) => {
	// Stored data is read first: its schemas (and, rarely, repair code) load on demand (envelope.ts).
	await Promise.all([waitLocale(), app.ready]);
	const saved = app.settings.locale;
	if (browser && isLocale(saved) && saved !== get(locale)) await switchLocale(saved);
	await loadRouteMessages(route.id);
	return {};
};
