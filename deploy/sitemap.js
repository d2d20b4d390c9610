/**
 * sitemap.xml with each page's language versions, and robots.txt's `Sitemap:` line, written by the
 * build after adapter-static (svelte.config.js) from the prerendered pages themselves: every page
 * in a language has a `<link rel="canonical">` and a `<link rel="alternate" hreflang>` per
 * language plus `x-default` (src/routes/+layout.svelte), and the sitemap lists exactly those.
 *
 * A sitemap needs absolute URLs, which a static build only has with SITE_URL (deploy/site.js). Without
 * it the pages carry no such links and no sitemap is written. Format: sitemaps.org 0.9 with
 * xhtml:link alternates, as Google describes for localized versions
 * (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const SITEMAP_FILE = 'sitemap.xml';

/**
 * @typedef {{ loc: string; alternates: { hreflang: string; href: string }[] }} SitemapEntry
 */

/** @param {string} dir */
function htmlFiles(dir) {
	/** @type {string[]} */
	const files = [];
	for (const entry of readdirSync(dir)) {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) files.push(...htmlFiles(path));
		else if (entry === 'index.html') files.push(path);
	}
	return files;
}

/**
 * @param {string} tag
 * @param {string} name
 */
function attribute(tag, name) {
	const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
	return match?.[1]?.replace(/&amp;/g, '&');
}

/**
 * A page's canonical address and its language alternates, from its `<head>`; null for a page
 * without a canonical link (the language-neutral pages, the app shell).
 * @param {string} html
 * @returns {SitemapEntry | null}
 */
export function pageEntry(html) {
	const head = html.slice(0, html.indexOf('</head>'));
	let loc;
	/** @type {{ hreflang: string; href: string }[]} */
	const alternates = [];
	for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attribute(tag, 'rel');
		const href = attribute(tag, 'href');
		if (!href) continue;
		if (rel === 'canonical') loc = href;
		const hreflang = attribute(tag, 'hreflang');
		if (rel === 'alternate' && hreflang) alternates.push({ hreflang, href });
	}
	return loc ? { loc, alternates } : null;
}

/** @param {string} text */
const xml = (text) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The sitemap of some pages. Throws when an address is not absolute under `origin`: a sitemap with
 * relative or foreign URLs would be rejected or, worse, point elsewhere.
 * @param {SitemapEntry[]} entries
 * @param {string} origin
 */
export function sitemapXml(entries, origin) {
	const check = (/** @type {string} */ url) => {
		if (!url.startsWith(`${origin}/`)) throw new Error(`not an address of ${origin}: ${url}`);
		return xml(url);
	};
	const urls = [...entries]
		.sort((a, b) => a.loc.localeCompare(b.loc))
		.map((entry) =>
			[
				'\t<url>',
				`\t\t<loc>${check(entry.loc)}</loc>`,
				...entry.alternates.map(
					(alt) =>
						`\t\t<xhtml:link rel="alternate" hreflang="${xml(alt.hreflang)}" href="${check(alt.href)}"/>`
				),
				'\t</url>'
			].join('\n')
		);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}

/**
 * robots.txt with a `Sitemap:` line for this sitemap (replacing any earlier one).
 * @param {string} robots
 * @param {string} sitemapUrl
 */
export function robotsWithSitemap(robots, sitemapUrl) {
	const lines = robots.split('\n').filter((line) => !/^sitemap:/i.test(line.trim()));
	while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
	return `${lines.join('\n')}\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * Writes a file with the .gz and .br copies adapter-static's `precompress` makes for every other
 * text file (the same settings as SvelteKit's builder.compress).
 * @param {string} path
 * @param {string} text
 */
function writeCompressed(path, text) {
	const data = Buffer.from(text, 'utf8');
	writeFileSync(path, data);
	writeFileSync(`${path}.gz`, gzipSync(data, { level: constants.Z_BEST_COMPRESSION }));
	writeFileSync(
		`${path}.br`,
		brotliCompressSync(data, {
			params: {
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength
			}
		})
	);
}

/**
 * Writes sitemap.xml and adds its line to robots.txt; returns the number of addresses, or null
 * when the build has no origin (SITE_URL) and nothing was written.
 * @param {string} dir  the build directory
 * @param {string} origin  SITE_URL, or ''
 * @param {string} [base]  BASE_PATH
 * @returns {number | null}
 */
export function writeSitemap(dir, origin, base = '') {
	if (!origin) return null;
	const entries = htmlFiles(dir)
		.map((file) => pageEntry(readFileSync(file, 'utf8')))
		.filter((entry) => entry !== null);
	if (entries.length === 0) throw new Error(`no page in ${dir} has a canonical link`);
	writeCompressed(join(dir, SITEMAP_FILE), sitemapXml(entries, origin));
	const robots = join(dir, 'robots.txt');
	writeCompressed(
		robots,
		robotsWithSitemap(readFileSync(robots, 'utf8'), `${origin}${base}/${SITEMAP_FILE}`)
	);
	return entries.length;
}
