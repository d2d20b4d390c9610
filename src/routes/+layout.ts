import { browser } from '$app/environment';
import { waitLocale } from 'svelte-i18n';
import { isLocale, loadRouteMessages, pickLocale, setupI18n, type Locale } from '$lib/i18n';
import { app } from '$lib/state/app.svelte';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML: the app has no server, and answers never leave the browser.
export const prerender = true;
// Each page is written as <path>/index.html, which every static host serves without configuration.
export const trailingSlash = 'always';

/** The user's saved choice, else the browser's preferred languages; English when prerendering. */
function initialLocale(): Locale {
	if (!browser) return 'en';
	const saved = app.settings.locale;
	return isLocale(saved) ? saved : pickLocale(navigator.languages ?? [navigator.language]);
}

// At module level so it runs both in the prerender worker and in the browser, before any render.
setupI18n(initialLocale());

// Reading route.id makes SvelteKit run this again on navigation, for pages with their own messages.
export const load: LayoutLoad = async ({ route }) => {
	// Stored data that needs repair loads its repair code first (rare; see storage/document.ts).
	await Promise.all([waitLocale(), app.ready]);
	await loadRouteMessages(route.id);
	return {};
};
