/**
 * Message catalogues for code that runs at build time (prerendering, `/framework.json`).
 * The browser never imports this module: it fetches the catalogues as JSON files instead,
 * so they stay out of the JavaScript bundles.
 */
import type { Locale } from './locales';

const files = import.meta.glob<Record<string, string>>('./messages/*/*.json', {
	eager: true,
	import: 'default'
});

export function messagesFor(locale: Locale): Record<string, string> {
	const prefix = `./messages/${locale}/`;
	const parts = Object.entries(files)
		.filter(([path]) => path.startsWith(prefix))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([, messages]) => messages);
	return Object.assign({}, ...parts);
}
