/**
 * Message catalogues for code that runs at build time (prerendering, `/framework.json`) and for
 * the tests, including the catalogues that the browser loads only with a feature (`lazy/`, see
 * lazy.ts). The browser never imports this module: it fetches the catalogues as JSON files
 * instead, so they stay out of the JavaScript bundles.
 */
import type { Locale } from './locales';

const files = import.meta.glob<Record<string, string>>(['./messages/*/*.json', './lazy/*/*.json'], {
	eager: true,
	import: 'default'
});

export function messagesFor(locale: Locale): Record<string, string> {
	const parts = Object.entries(files)
		.filter(([path]) => path.split('/')[2] === locale)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([, messages]) => messages);
	return Object.assign({}, ...parts);
}
