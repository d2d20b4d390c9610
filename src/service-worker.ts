/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline support: the files of this build (scripts, styles, every language's message catalogues,
 * icons, open data, the language-neutral pages) and the pages of the reader's languages are cached
 * when the service worker installs, and served from the cache from then on, so the whole app works
 * without a network after the first visit.
 *
 * Pages exist once per language (/de/results/ …); only the languages in use are cached: those of
 * the open windows at install, those the previous version had cached, a language whose page is
 * opened later, and one the reader switches to (LanguageSwitcher.svelte posts CACHE_LANGUAGE). A
 * switch itself works offline in any case: it renders in the browser, and every catalogue is cached.
 *
 * A new version installs in the background and then waits. It never takes over a page on its
 * own: the page shows "a new version is available" and, when the user chooses to reload, asks the
 * waiting worker to activate (the SKIP_WAITING message). Only then are old caches removed.
 */
import { build, files, prerendered, version } from '$service-worker';
import { isLocale, LOCALES, type Locale } from '$lib/i18n/locales';
import { splitLanguagePath } from '$lib/i18n/paths';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `commons-check-${version}`;

// Paths are relative to the worker's own location, so the app works under any base path.
const scope = new URL(worker.registration.scope).pathname;
const base = scope.replace(/\/$/, '');
const absolute = (path: string) =>
	path.startsWith('/') ? path : new URL(path, worker.registration.scope).pathname;

/** The language of a cached path, or null for files and language-neutral pages. */
const languageOf = (path: string): Locale | null => splitLanguagePath(path, base).locale;

const all = [...build, ...files, ...prerendered].map(absolute);
/** Everything but the language pages. */
const SHARED = all.filter((path) => languageOf(path) === null);
const PAGES = new Map<Locale, string[]>(
	LOCALES.map((code) => [code, all.filter((path) => languageOf(path) === code)])
);

/** The languages of the app's open windows, e.g. the first page that registered this worker. */
async function windowLanguages(): Promise<Locale[]> {
	const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return windows.map((client) => languageOf(new URL(client.url).pathname)).filter(isLocale);
}

/** The languages whose pages an earlier version had cached, so an update keeps them offline. */
async function earlierLanguages(): Promise<Locale[]> {
	const found = new Set<Locale>();
	for (const key of await caches.keys()) {
		if (key === CACHE || !key.startsWith('commons-check-')) continue;
		const cache = await caches.open(key);
		for (const code of LOCALES) {
			if (await cache.match(`${base}/${code}/`)) found.add(code);
		}
	}
	return [...found];
}

async function cacheLanguage(cache: Cache, code: Locale): Promise<void> {
	if (await cache.match(`${base}/${code}/`)) return;
	await cache.addAll(PAGES.get(code) ?? []);
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const languages = new Set([...(await windowLanguages()), ...(await earlierLanguages())]);
			// No window and no earlier cache to go by (an update checked with no page open): all.
			const codes = languages.size > 0 ? [...languages] : [...LOCALES];
			await cache.addAll(SHARED);
			for (const code of codes) await cacheLanguage(cache, code);
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
	);
});

worker.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (data === 'SKIP_WAITING') void worker.skipWaiting();
	// { type: 'CACHE_LANGUAGE', locale }: the reader switched to that language.
	if (typeof data === 'object' && data !== null && 'type' in data && 'locale' in data) {
		const { type, locale } = data as { type: unknown; locale: unknown };
		if (type === 'CACHE_LANGUAGE' && isLocale(locale)) {
			event.waitUntil(caches.open(CACHE).then((cache) => cacheLanguage(cache, locale)));
		}
	}
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Only this app's own files; the app makes no other requests, and others are not ours to cache.
	if (url.origin !== worker.location.origin || !url.pathname.startsWith(scope)) return;
	event.respondWith(respond(request));
	// A page in a language not kept yet (a link from a colleague): keep that language too.
	const code = request.mode === 'navigate' ? languageOf(url.pathname) : null;
	if (code) event.waitUntil(caches.open(CACHE).then((cache) => cacheLanguage(cache, code)));
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pages are cached by path; their query strings (/compare/?a=…) are read by the page itself.
	const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
	// Every page of the app is prerendered and cached, so anything else goes to the network.
	return cached ?? fetch(request);
}
