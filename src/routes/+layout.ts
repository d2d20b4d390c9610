import { waitLocale } from 'svelte-i18n';
import { setupI18n } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML: the app has no server, and answers never leave the browser.
export const prerender = true;
// Each page is written as <path>/index.html, which every static host serves without configuration.
export const trailingSlash = 'always';

// At module level so it runs both in the prerender worker and in the browser, before any render.
setupI18n();

export const load: LayoutLoad = async () => {
	await waitLocale();
	return {};
};
