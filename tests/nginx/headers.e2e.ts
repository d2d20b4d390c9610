/**
 * deploy/nginx.conf sends what deploy/headers.js says, on every kind of response: each page its
 * own Content-Security-Policy, the security headers, the caching rules, the build's precompressed
 * files, a 404 with the app shell for unknown paths. Plain HTTP, no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
	headerPolicy,
	IMMUTABLE_CACHE,
	metaPolicy,
	REVALIDATE_CACHE,
	SECURITY_HEADERS,
	sitePolicies
} from '../../deploy/headers.js';
import { brotli, BUILD, get, pageFiles, requireNginx, type RawResponse } from './server';

requireNginx();

const built = (file: string) => readFileSync(join(BUILD, file));
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
/**
 * The policy of everything that is not a page: the pages' policy without their inline-script and
 * inline-stylesheet hashes.
 */
const otherPolicy = () => sitePolicies(BUILD).other;

/**
 * An immutable script and stylesheet of the English home page (the language-neutral `/` only sends
 * the reader on, without the app's files).
 */
function immutableAssets(): { js: string; css: string } {
	const html = built('en/index.html').toString('utf8');
	const js = /href="(?:\.\.\/|\.\/)*(_app\/immutable\/[^"]+\.js)"/.exec(html)?.[1];
	const css = /href="(?:\.\.\/|\.\/)*(_app\/immutable\/[^"]+\.css)"/.exec(html)?.[1];
	if (!js || !css) throw new Error('no immutable script or stylesheet in build/en/index.html');
	return { js, css };
}

function expectSecurityHeaders(response: RawResponse, what: string) {
	for (const [name, value] of SECURITY_HEADERS) {
		expect(response.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
	}
	expect(response.headers['content-security-policy'], `CSP on ${what}`).toContain(
		"frame-ancestors 'none'"
	);
	// server_tokens off: no version number.
	expect(response.headers.server, `Server on ${what}`).toBe('nginx');
}

test('every page sends its own policy as a header: its meta tag’s, plus frame-ancestors', async ({
	baseURL
}) => {
	const files = pageFiles();
	expect(files.length).toBeGreaterThanOrEqual(15);
	for (const file of files) {
		const response = await get(baseURL, urlOf(file));
		expect(response.status, urlOf(file)).toBe(200);
		const meta = metaPolicy(response.body.toString('utf8'));
		expect(meta, `meta policy of ${file}`).toMatch(/script-src 'self' 'sha256-/);
		expect(response.headers['content-security-policy'], urlOf(file)).toBe(headerPolicy(meta!));
		expectSecurityHeaders(response, urlOf(file));
	}
});

test('security headers, caching and types of a page, assets, the service worker and open data', async ({
	baseURL
}) => {
	const { js, css } = immutableAssets();
	const cases: [path: string, type: string, cache: string][] = [
		['/', 'text/html; charset=utf-8', REVALIDATE_CACHE],
		[`/${js}`, 'text/javascript; charset=utf-8', IMMUTABLE_CACHE],
		[`/${css}`, 'text/css; charset=utf-8', IMMUTABLE_CACHE],
		['/service-worker.js', 'text/javascript; charset=utf-8', REVALIDATE_CACHE],
		['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', REVALIDATE_CACHE],
		['/framework.json', 'application/json; charset=utf-8', REVALIDATE_CACHE],
		['/robots.txt', 'text/plain; charset=utf-8', REVALIDATE_CACHE],
		['/favicon.svg', 'image/svg+xml; charset=utf-8', REVALIDATE_CACHE],
		['/icons/icon-192.png', 'image/png', REVALIDATE_CACHE]
	];
	for (const [path, type, cache] of cases) {
		const response = await get(baseURL, path);
		expect(response.status, path).toBe(200);
		expect(response.headers['content-type'], path).toBe(type);
		expect(response.headers['cache-control'], path).toBe(cache);
		expectSecurityHeaders(response, path);
		if (path !== '/') {
			// Not a page: the site's policy without inline scripts. For the service worker this
			// header is its only policy (a meta tag cannot reach a worker).
			expect(response.headers['content-security-policy'], path).toBe(otherPolicy());
		}
	}
	expect(otherPolicy()).not.toMatch(/script-src[^;]*sha256/);
});

test('robots.txt is a real file, not the app shell', async ({ baseURL }) => {
	const response = await get(baseURL, '/robots.txt');
	expect(response.body.toString('utf8')).toBe(built('robots.txt').toString('utf8'));
	expect(response.body.toString('utf8')).toMatch(/^User-agent: \*$/m);
});

test('gzip: the build’s own .gz files, only for browsers that accept them', async ({ baseURL }) => {
	const { js } = immutableAssets();
	for (const [path, file] of [
		['/', 'index.html'],
		[`/${js}`, js],
		['/framework.json', 'framework.json'],
		['/service-worker.js', 'service-worker.js']
	] as const) {
		const plain = await get(baseURL, path);
		expect(plain.headers['content-encoding'], path).toBeUndefined();
		expect(plain.body.equals(built(file)), `${path} uncompressed`).toBe(true);
		expect(plain.headers.vary, path).toBe('Accept-Encoding');

		const gzip = await get(baseURL, path, { 'accept-encoding': 'gzip' });
		expect(gzip.headers['content-encoding'], path).toBe('gzip');
		expect(gzip.body.equals(built(`${file}.gz`)), `${path} gzip`).toBe(true);
		expect(gzip.headers.vary, path).toBe('Accept-Encoding');
		expect(gzip.body.length).toBeLessThan(plain.body.length * (path === `/${js}` ? 2 : 0.6));
	}
});

test('brotli: the build’s own .br files, preferred when the browser accepts both', async ({
	baseURL
}) => {
	test.skip(
		!brotli,
		'the brotli module is not installed, so nginx serves gzip only (Debian: apt-get install libnginx-mod-http-brotli-static)'
	);
	for (const [path, file] of [
		['/', 'index.html'],
		['/framework.json', 'framework.json']
	] as const) {
		const br = await get(baseURL, path, { 'accept-encoding': 'br' });
		expect(br.headers['content-encoding'], path).toBe('br');
		expect(br.body.equals(built(`${file}.br`)), `${path} br`).toBe(true);
		const both = await get(baseURL, path, { 'accept-encoding': 'gzip, deflate, br' });
		expect(both.headers['content-encoding'], path).toBe('br');
		expect(both.headers.vary, path).toBe('Accept-Encoding');
	}
});

test('unknown paths get a 404 with the app shell; folders redirect to their address with a slash', async ({
	baseURL
}) => {
	const shell = built('200.html');
	for (const path of [
		'/no-such-page/',
		'/assess/no-such-principle/',
		'/_app/immutable/chunks/no-such-chunk.js',
		// Written by the build for the server, not part of the site.
		'/nginx-csp.conf',
		'/_headers'
	]) {
		const response = await get(baseURL, path);
		expect(response.status, path).toBe(404);
		expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
		expect(response.body.equals(shell), `${path} is the app shell`).toBe(true);
		// The shell's own policy, and never cached as immutable.
		expect(response.headers['content-security-policy'], path).toBe(
			headerPolicy(metaPolicy(shell.toString('utf8'))!)
		);
		expect(response.headers['cache-control'], path).toBe(REVALIDATE_CACHE);
		expectSecurityHeaders(response, path);
	}
	for (const [path, location] of [
		['/results', '/results/'],
		['/assess/commons', '/assess/commons/']
	] as const) {
		const response = await get(baseURL, path);
		expect(response.status, path).toBe(301);
		expect(response.headers.location, path).toBe(location);
		expectSecurityHeaders(response, path);
	}
});
