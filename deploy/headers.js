/**
 * The HTTP headers Commons Check should be served with: one source for every host configuration.
 *
 * - `deploy/nginx.conf` writes the same values by hand (readable in one file); the nginx
 *   end-to-end tests (tests/nginx/) compare what nginx sends with this module.
 * - The build (svelte.config.js) calls `writeHostFiles()` after adapter-static, which writes two
 *   files next to the site, generated from this module and the prerendered pages:
 *   - `nginx-csp.conf`: an nginx `map $uri $csp` with each page's Content-Security-Policy;
 *   - `_headers`: the same headers for Netlify and Cloudflare Pages.
 *
 * Why a policy per page: SvelteKit starts every prerendered page with an inline script, and writes
 * the page's first stylesheets into it (kit.inlineStyleThreshold), each allowed by its sha256 hash
 * in the page's CSP meta tag (kit.csp, mode 'hash'). A policy sent as a header is enforced
 * together with the meta tag, so a header without those hashes would block them. The header
 * repeats each page's own policy, hashes included, and adds what a meta tag cannot carry:
 * `frame-ancestors` (browsers ignore it in a meta tag).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Directives only a header can carry. No report-uri/report-to: the app sends nothing anywhere. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/**
 * What the browser may use. For this origin only: the camera (the workshop will scan participants'
 * QR codes on the combine page), full screen (the presenter view's toggle) and writing to the
 * clipboard (copy a share link). Every other powerful feature this Chromium knows is off.
 * Not listed: web-share (its default is already this origin only, and Chromium on Linux does not
 * know it and would log a warning) and bluetooth (unknown to Chromium: a warning too).
 */
export const PERMISSIONS_POLICY = [
	'accelerometer=()',
	'autoplay=()',
	'browsing-topics=()',
	'camera=(self)',
	'captured-surface-control=()',
	'clipboard-read=()',
	'clipboard-write=(self)',
	'compute-pressure=()',
	'display-capture=()',
	'encrypted-media=()',
	'fullscreen=(self)',
	'gamepad=()',
	'geolocation=()',
	'gyroscope=()',
	'hid=()',
	'identity-credentials-get=()',
	'idle-detection=()',
	'keyboard-map=()',
	'local-fonts=()',
	'magnetometer=()',
	'microphone=()',
	'midi=()',
	'otp-credentials=()',
	'payment=()',
	'picture-in-picture=()',
	'publickey-credentials-create=()',
	'publickey-credentials-get=()',
	'screen-wake-lock=()',
	'serial=()',
	'speaker-selection=()',
	'storage-access=()',
	'usb=()',
	'window-management=()',
	'xr-spatial-tracking=()'
].join(', ');

/** Sent with every response, whatever its type. */
export const SECURITY_HEADERS = /** @type {const} */ ([
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'no-referrer'],
	['Permissions-Policy', PERMISSIONS_POLICY],
	['Cross-Origin-Opener-Policy', 'same-origin'],
	['Cross-Origin-Resource-Policy', 'same-origin'],
	// For browsers that predate frame-ancestors.
	['X-Frame-Options', 'DENY']
]);

/** File names under `_app/immutable/` carry a content hash: they never change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/**
 * Everything else (pages, the service worker, the manifest, icons, open data) may be stored but is
 * revalidated on every use (ETag/Last-Modified make that a 304). `no-store` would also keep pages
 * out of the back/forward cache.
 */
export const REVALIDATE_CACHE = 'no-cache';

/**
 * The policy of a prerendered page's `<meta http-equiv="content-security-policy">`, if any.
 * @param {string} html
 * @returns {string | null}
 */
export function metaPolicy(html) {
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
		if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
		const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
		if (content)
			return (content[1] ?? content[2] ?? '')
				.replace(/&#39;/g, "'")
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&')
				.trim();
	}
	return null;
}

/**
 * A page's header policy: its meta policy plus the header-only directives.
 * @param {string} policy
 */
export function headerPolicy(policy) {
	return `${policy.replace(/;\s*$/, '')}; ${HEADER_ONLY_DIRECTIVES}`;
}

const isHash = (/** @type {string} */ source) => /^'sha(256|384|512)-/.test(source);

/**
 * The hashes a directive of the policy lists.
 * @param {string} policy
 * @param {string} name
 * @returns {string[]}
 */
export function hashesOf(policy, name) {
	for (const directive of policy.split(';')) {
		const [directiveName, ...sources] = directive.trim().split(/\s+/);
		if (directiveName === name) return sources.filter(isHash);
	}
	return [];
}

/**
 * The policy for responses that are not pages: without the inline-script hashes of `script-src`,
 * and with only those `style-src` hashes in `keepStyles` (the ones every page has, e.g. the route
 * announcer's style attribute), not a page's own inline stylesheet.
 * @param {string} policy
 * @param {ReadonlySet<string>} [keepStyles]  all of them when not given
 */
export function withoutPageHashes(policy, keepStyles) {
	return policy
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean)
		.map((directive) => {
			const [name, ...sources] = directive.split(/\s+/);
			if (name === 'script-src') return [name, ...sources.filter((s) => !isHash(s))].join(' ');
			if (name === 'style-src' && keepStyles) {
				return [name, ...sources.filter((s) => !isHash(s) || keepStyles.has(s))].join(' ');
			}
			return directive;
		})
		.join('; ');
}

/**
 * @typedef {object} PagePolicy
 * @property {string} file  the page's file, relative to the build directory (`results/index.html`)
 * @property {string} path  the URL path nginx sees after its index lookup (`/results/index.html`)
 * @property {string[]} urls  the URLs a visitor uses (`/results/`, `/results/index.html`)
 * @property {string} policy  the header policy
 */

/** @param {string} dir */
function htmlFiles(dir) {
	/** @type {string[]} */
	const files = [];
	for (const entry of readdirSync(dir)) {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) files.push(...htmlFiles(path));
		else if (entry.endsWith('.html')) files.push(path);
	}
	return files;
}

/**
 * Every page's header policy, and the policy for everything else. Throws when a page has no policy
 * or when the pages differ in anything but their inline-script and inline-style hashes: the policy
 * for other responses would then be a guess.
 *
 * @param {string} dir  the build directory
 * @param {string} [base]  BASE_PATH of the build ('' at the domain root)
 * @returns {SitePolicies}
 */
export function sitePolicies(dir, base = '') {
	/** @type {PagePolicy[]} */
	const pages = [];
	/** @type {string[]} */
	const policies = [];
	for (const full of htmlFiles(dir).sort()) {
		const file = relative(dir, full).split(sep).join('/');
		const policy = metaPolicy(readFileSync(full, 'utf8'));
		if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
		const path = `${base}/${file}`;
		const urls = file.endsWith('/index.html') || file === 'index.html' ? [path.slice(0, -10)] : [];
		pages.push({ file, path, urls: [...urls, path], policy: headerPolicy(policy) });
		policies.push(policy);
	}
	if (pages.length === 0) throw new Error(`no pages in ${dir}`);
	const common = new Set(hashesOf(policies[0] ?? '', 'style-src'));
	for (const policy of policies) {
		const own = new Set(hashesOf(policy, 'style-src'));
		for (const hash of common) if (!own.has(hash)) common.delete(hash);
	}
	const others = new Set(policies.map((policy) => headerPolicy(withoutPageHashes(policy, common))));
	if (others.size !== 1) {
		throw new Error(`pages differ in more than their inline hashes:\n${[...others].join('\n')}`);
	}
	// Exactly one, checked above.
	return { pages, other: /** @type {string} */ ([...others][0]) };
}

/** @param {string} value */
const quote = (value) => {
	if (/["\\\n]/.test(value)) throw new Error(`cannot quote for nginx: ${value}`);
	return `"${value}"`;
};

/**
 * @typedef {{ pages: PagePolicy[]; other: string }} SitePolicies
 */

/**
 * The nginx include: `map $uri $csp`, keyed by the path nginx serves after its index lookup.
 * @param {SitePolicies} policies
 */
export function nginxCspMap({ pages, other }) {
	const width = Math.max(...pages.map((page) => page.path.length));
	return [
		"# Written by the build (deploy/headers.js) from the pages' CSP meta tags; do not edit.",
		'# Included by deploy/nginx.conf. Each page gets its own policy, with the hashes of its inline',
		'# script and stylesheet; anything else gets the same policy without such hashes.',
		'map $uri $csp {',
		`\tdefault ${quote(other)};`,
		...pages.map((page) => `\t${page.path.padEnd(width)} ${quote(page.policy)};`),
		'}',
		''
	].join('\n');
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages. Cloudflare applies every matching rule (a
 * header set by two rules gets both values, which for a CSP means two policies); Netlify lets one
 * rule's value win. So the policy is only set per page (and on the service worker, whose own
 * policy only a header can set), never on `/*`.
 * @param {SitePolicies} policies
 * @param {string} [base]
 */
export function headersFile({ pages, other }, base = '') {
	/** @param {string} path @param {readonly (readonly [string, string])[]} headers */
	const rule = (path, headers) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)];
	return [
		'# Written by the build (deploy/headers.js) for Netlify and Cloudflare Pages; do not edit.',
		...rule(`${base}/*`, SECURITY_HEADERS),
		...rule(`${base}/_app/immutable/*`, [['Cache-Control', IMMUTABLE_CACHE]]),
		...rule(`${base}/service-worker.js`, [['Content-Security-Policy', other]]),
		...pages.flatMap((page) =>
			page.urls.flatMap((url) => rule(url, [['Content-Security-Policy', page.policy]]))
		),
		''
	].join('\n');
}

export const NGINX_CSP_FILE = 'nginx-csp.conf';
export const HEADERS_FILE = '_headers';

/**
 * Writes `nginx-csp.conf` and `_headers` into the build directory; returns the page count.
 * @param {string} dir
 * @param {string} [base]
 */
export function writeHostFiles(dir, base = '') {
	const policies = sitePolicies(dir, base);
	writeFileSync(join(dir, NGINX_CSP_FILE), nginxCspMap(policies));
	writeFileSync(join(dir, HEADERS_FILE), headersFile(policies, base));
	return policies.pages.length;
}
