import { IntlMessageFormat } from 'intl-messageformat';
import { init, locale, register, waitLocale } from 'svelte-i18n';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

export * from './locales';

/*
 * Each locale's messages are split in files under messages/<locale>/ (ui.json for the interface,
 * framework.json for the question bank). In the browser they are fetched as hashed JSON assets,
 * so only the active locale is downloaded and none of it counts as JavaScript. When prerendering,
 * they are read from the module graph instead (server-messages.ts).
 *
 * Catalogues that only some pages or features need live in lazy/<locale>/ (features.ts), so not
 * even their addresses are in every page's code.
 */
const urls = import.meta.glob<string>('./messages/*/*.json', {
	eager: true,
	query: '?url',
	import: 'default'
});

async function fetchJson(url: string): Promise<Record<string, string>> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
	return response.json();
}

async function loadMessages(target: Locale): Promise<Record<string, string>> {
	if (import.meta.env.SSR) {
		const { messagesFor } = await import('./server-messages');
		return messagesFor(target);
	}
	const prefix = `./messages/${target}/`;
	const parts = await Promise.all(
		Object.entries(urls)
			.filter(([path]) => path.startsWith(prefix))
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([, url]) => fetchJson(url))
	);
	return Object.assign({}, ...parts);
}

for (const code of LOCALES) register(code, () => loadMessages(code));

let initialised = false;

/**
 * intl-messageformat resolves the locale again for every message it compiles
 * (Intl.NumberFormat.supportedLocalesOf and a new Intl.Locale): a quarter of the time the results
 * page spends formatting its first render. The answer depends only on the locale.
 */
function memoizeResolveLocale() {
	const resolve = IntlMessageFormat.resolveLocale;
	const resolved = new Map<string, ReturnType<typeof resolve>>();
	IntlMessageFormat.resolveLocale = (locales) => {
		const key = String(locales);
		if (!resolved.has(key)) resolved.set(key, resolve(locales));
		return resolved.get(key);
	};
}

/**
 * Initialises svelte-i18n once; later calls only switch the locale.
 *
 * The fallback is the initial locale itself, not English: every locale is complete (the
 * locale-completeness test guarantees it), and svelte-i18n downloads the fallback's messages
 * too, so a German reader would otherwise load the English catalogue for nothing.
 */
export function setupI18n(initialLocale: Locale = DEFAULT_LOCALE): void {
	if (initialised) {
		void locale.set(initialLocale);
		return;
	}
	initialised = true;
	memoizeResolveLocale();
	void init({ fallbackLocale: initialLocale, initialLocale });
}

/** The pages that need a feature's catalogue (features.ts), by SvelteKit route id. */
const ROUTE_FEATURES: Record<string, readonly import('./features').Feature[]> = {
	'/sbom': ['sbom'],
	// Each question's levels, "why it matters" and next steps (guidance.json): wherever questions
	// are answered or recommendations shown. Terms are explained where a question first uses them.
	'/assess/[principle]': ['glossary', 'guidance'],
	'/present': ['present', 'guidance'],
	'/combine': ['combine'],
	'/join': ['join', 'guidance'],
	'/results': ['guidance'],
	'/plan': ['guidance'],
	'/glossary': ['glossary'],
	'/changelog': ['changelog', 'legacy'],
	// Results made with an older question bank name their retired questions.
	'/r': ['legacy', 'guidance'],
	'/snapshot': ['legacy', 'guidance'],
	'/compare': ['legacy']
};

/**
 * Makes a page's own catalogues available (e.g. the SBOM page's). The root layout's load awaits
 * it with the route id, so the page renders translated; other pages return at once.
 */
export async function loadRouteMessages(routeId: string | null): Promise<void> {
	const features = routeId ? ROUTE_FEATURES[routeId] : undefined;
	if (import.meta.env.SSR || !features) return;
	const { loadFeatureMessages } = await import('./features');
	await loadFeatureMessages(features);
}

/** Switches the locale and resolves when its messages are loaded. */
export async function switchLocale(target: Locale): Promise<void> {
	await locale.set(target);
	await waitLocale(target);
}
