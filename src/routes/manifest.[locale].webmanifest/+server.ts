import { error } from '@sveltejs/kit';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';
import { manifestResponse, webManifest } from '$lib/i18n/web-manifest';
import type { EntryGenerator, RequestHandler } from './$types';

// Each language's manifest (its name and description, its start page), written at build time.
export const prerender = true;

export const entries: EntryGenerator = () => LOCALES.map((locale) => ({ locale }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLocale(params.locale)) error(404, 'Unknown locale');
	return manifestResponse(webManifest(params.locale, messagesFor(params.locale)));
};
