/**
 * Message catalogues that only some pages or features need (`lazy/<locale>/<feature>.json`: the
 * SBOM page, the issue links and workbook behind the plan's buttons, the workshop's pages, …). Every page fetches
 * `messages/<locale>/*.json` at start; a feature's catalogue is fetched when a page that needs it
 * opens (ROUTE_FEATURES, through `loadRouteMessages` in index.ts) or when a component first uses
 * it (`loadFeatureMessages`). Each becomes a svelte-i18n loader for every locale, so switching
 * the language later waits for the feature's messages in the new language too.
 *
 * Prerendering and the tests read these catalogues with the others (server-messages.ts), and the
 * locale-completeness test checks them the same way.
 */
import { get } from 'svelte/store';
import { dictionary, locale, register, waitLocale } from 'svelte-i18n';

const urls = import.meta.glob<string>('./lazy/*/*.json', {
	eager: true,
	query: '?url',
	import: 'default'
});

/**
 * The features with a catalogue of their own: the file names under lazy/<locale>/. The workshop
 * has three: the presenter view, the facilitator's combine page (and what it shares with the
 * presenter and the shared-result page: the invitation, adding a result to the session) and the
 * participants' page. `guidance` holds each question's levels, "why it matters" and next steps.
 */
export type Feature =
	| 'sbom'
	| 'tracker'
	| 'glossary'
	| 'changelog'
	| 'legacy'
	| 'guidance'
	| 'present'
	| 'combine'
	| 'join';

/** `<feature>:<locale>` of every loader handed to svelte-i18n and not yet run and failed. */
const registered = new Set<string>();

async function fetchJson(url: string): Promise<Record<string, string>> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
	return response.json();
}

/** Resolves once the features' messages are there in the current locale; rejects when offline. */
export async function loadFeatureMessages(features: readonly Feature[]): Promise<void> {
	for (const [path, url] of Object.entries(urls)) {
		// ./lazy/<locale>/<feature>.json
		const [, , code, file] = path.split('/');
		const feature = file?.replace(/\.json$/, '') as Feature;
		const key = `${feature}:${code}`;
		if (!code || !features.includes(feature) || registered.has(key)) continue;
		// Already in the dictionary (the tests add every catalogue at once): nothing to fetch.
		const known = get(dictionary)[code] ?? {};
		if (Object.keys(known).some((id) => id.startsWith(`${feature}.`))) continue;
		registered.add(key);
		register(code, () => fetchJson(url));
	}
	try {
		await waitLocale();
	} catch (error) {
		// svelte-i18n drops a loader once it has run: let a retry register the failed ones again.
		const current = get(locale);
		for (const feature of features) registered.delete(`${feature}:${current}`);
		throw error;
	}
}
