/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline support: every file of this build (pages, scripts, styles, message catalogues, icons)
 * is cached when the service worker installs, and served from the cache from then on, so the
 * whole app works without a network after the first visit.
 *
 * A new version installs in the background and then waits. It never takes over a page on its
 * own: the page shows "a new version is available" and, when the user chooses to reload, asks the
 * waiting worker to activate (the SKIP_WAITING message). Only then are old caches removed.
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `commons-check-${version}`;

// Paths are relative to the worker's own location, so the app works under any base path.
const scope = new URL(worker.registration.scope).pathname;
const ASSETS = [...build, ...files, ...prerendered].map((path) =>
	path.startsWith('/') ? path : new URL(path, worker.registration.scope).pathname
);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
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
	if (event.data === 'SKIP_WAITING') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Only this app's own files; the app makes no other requests, and others are not ours to cache.
	if (url.origin !== worker.location.origin || !url.pathname.startsWith(scope)) return;
	event.respondWith(respond(request));
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pages are cached by path; their query strings (/compare/?a=…) are read by the page itself.
	const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
	// Every page of the app is prerendered and cached, so anything else goes to the network.
	return cached ?? fetch(request);
}
