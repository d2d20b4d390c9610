/**
 * Loads the message files that only one page needs (lazy-messages.ts), imported by that page's
 * navigation only. Each file becomes one more svelte-i18n loader per locale: the current locale's
 * is fetched at once, the others' when the user switches to them, and a switch waits for them
 * like for every other file.
 */
import { register } from 'svelte-i18n';
import type { LazyMessageFile } from './lazy-messages';

// The same files as LAZY_MESSAGE_FILES, for every locale (a glob pattern must be a literal).
const urls = import.meta.glob<string>('./messages/*/sbom.json', {
	eager: true,
	query: '?url',
	import: 'default'
});

const registered = new Set<LazyMessageFile>();

// As in index.ts; not imported from there, so this module stays out of the layout's chunk.
async function fetchJson(url: string): Promise<Record<string, string>> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
	return response.json();
}

/** `locales` comes from the caller: importing locales.ts here would split it into a chunk of its own. */
export function registerRouteMessages(
	files: readonly LazyMessageFile[],
	locales: readonly string[]
): void {
	for (const file of files) {
		if (registered.has(file)) continue;
		registered.add(file);
		for (const code of locales) {
			const url = urls[`./messages/${code}/${file}`];
			if (url) register(code, () => fetchJson(url));
		}
	}
}
