import { bank } from '$lib/framework/bank';
import { references } from '$lib/framework/references';
import { publishedFrameworkSchema, resolveFramework } from '$lib/framework/schema';
import { messagesFor } from '$lib/i18n/server-messages';

// Written once at build time: the English question bank as open data for other tools and translators.
export const prerender = true;

export function GET(): Response {
	// parse() fails the build if the bank or its English text is incomplete.
	const framework = publishedFrameworkSchema.parse(
		resolveFramework(bank, references, messagesFor('en'), 'en')
	);
	return new Response(`${JSON.stringify(framework, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
