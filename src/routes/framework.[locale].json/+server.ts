import { error } from '@sveltejs/kit';
import { bank } from '$lib/framework/bank';
import { references } from '$lib/framework/references';
import { publishedFrameworkSchema, resolveFramework } from '$lib/framework/schema';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';
import type { EntryGenerator, RequestHandler } from './$types';

// The question bank in each shipped language, written at build time (same shape as /framework.json).
export const prerender = true;

export const entries: EntryGenerator = () => LOCALES.map((locale) => ({ locale }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLocale(params.locale)) error(404, 'Unknown locale');
	const framework = publishedFrameworkSchema.parse(
		resolveFramework(bank, references, messagesFor(params.locale), params.locale)
	);
	return new Response(`${JSON.stringify(framework, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
