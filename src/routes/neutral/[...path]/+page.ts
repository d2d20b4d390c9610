import { waitLocale } from 'svelte-i18n';
import { LOCALES } from '$lib/i18n/locales';
import type { PageLoad } from './$types';

// The language-neutral address of every page (src/hooks.ts): plain HTML with one inline script that
// sends the reader on to their language (hooks.server.ts adds it). None of the app's JavaScript.
export const csr = false;

export const load: PageLoad = async () => {
	// Each language's link is written in that language: every catalogue, at build time only.
	if (import.meta.env.SSR) await Promise.all(LOCALES.map((code) => waitLocale(code)));
	return {};
};
