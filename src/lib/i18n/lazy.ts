/**
 * Catalogues that only a feature behind a button needs (`lazy/<locale>/*.json`: the texts of the
 * issue links, the tracker dialog and the workbook). Every page fetches `messages/<locale>/` at
 * start; these are fetched, like the feature's code, when the feature is first used, and added
 * to svelte-i18n's dictionary. Prerendering and the tests read them with the others
 * (server-messages.ts), and the locale-completeness test checks them the same way.
 */
import { get } from 'svelte/store';
import { addMessages, dictionary } from 'svelte-i18n';

const urls = import.meta.glob<string>('./lazy/*/*.json', {
	eager: true,
	query: '?url',
	import: 'default'
});

const loading = new Map<string, Promise<void>>();

/** Resolves once every lazy catalogue of the locale is in the dictionary. */
export function loadLazyMessages(locale: string): Promise<void> {
	const files = Object.entries(urls).filter(([path]) => path.split('/')[2] === locale);
	const present = get(dictionary)[locale] ?? {};
	// Already there: added before (or by a test that added the whole catalogue).
	if (files.length === 0 || 'tracker.body.question' in flatten(present)) return Promise.resolve();
	let pending = loading.get(locale);
	if (!pending) {
		pending = Promise.all(
			files.map(async ([, url]) => {
				const response = await fetch(url);
				if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
				return (await response.json()) as Record<string, string>;
			})
		).then((parts) => {
			for (const part of parts) addMessages(locale, part);
		});
		// A failed load can be tried again on the next press.
		pending.catch(() => loading.delete(locale));
		loading.set(locale, pending);
	}
	return pending;
}

/** svelte-i18n stores flat keys with dots as nested objects; this reads both forms. */
function flatten(tree: object, prefix = '', into: Record<string, unknown> = {}) {
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value && typeof value === 'object') flatten(value, path, into);
		else into[path] = value;
	}
	return into;
}
