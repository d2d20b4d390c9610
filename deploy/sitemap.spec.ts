import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { pageEntry, robotsWithSitemap, sitemapXml, writeSitemap } from './sitemap.js';

const O = 'https://check.example.org';
const LOCALES = ['en', 'de', 'fr', 'nb'];
/** A prerendered page's head as hooks.server.ts writes it (absolute: built with SITE_URL). */
const page = (locale: string | null, path: string) =>
	`<!doctype html><html><head><title>x</title>${
		locale ? `<link rel="canonical" href="${O}/${locale}${path}">` : ''
	}${LOCALES.map((code) => `<link rel="alternate" hreflang="${code}" href="${O}/${code}${path}">`).join('')}<link rel="alternate" hreflang="x-default" href="${O}${path}"></head><body><a href="/x/">x</a></body></html>`;

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

function site(): string {
	const dir = mkdtempSync(join(tmpdir(), 'sitemap-spec-'));
	dirs.push(dir);
	const write = (file: string, text: string) => {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), text);
	};
	for (const path of ['/', '/results/']) {
		write(`${path.slice(1)}index.html`, page(null, path));
		for (const code of LOCALES) write(`${code}${path}index.html`, page(code, path));
	}
	write('200.html', '<html><head></head></html>');
	write('robots.txt', 'User-agent: *\nAllow: /\n');
	return dir;
}

describe('pageEntry', () => {
	it('reads the canonical address and the alternates of a page in a language', () => {
		expect(pageEntry(page('de', '/results/'))).toEqual({
			loc: `${O}/de/results/`,
			alternates: [
				...LOCALES.map((code) => ({ hreflang: code, href: `${O}/${code}/results/` })),
				{ hreflang: 'x-default', href: `${O}/results/` }
			]
		});
	});

	it('skips pages without a canonical link (the language-neutral pages, the app shell)', () => {
		expect(pageEntry(page(null, '/'))).toBeNull();
		expect(pageEntry('<html><head></head><body></body></html>')).toBeNull();
	});
});

describe('sitemapXml', () => {
	it('writes one url per page with every alternate, escaped', () => {
		const xml = sitemapXml(
			[{ loc: `${O}/de/a/?x=1&y=2`, alternates: [{ hreflang: 'de', href: `${O}/de/a/` }] }],
			O
		);
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
		expect(xml).toContain(`<loc>${O}/de/a/?x=1&amp;y=2</loc>`);
		expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="de" href="${O}/de/a/"/>`);
	});

	it('refuses relative and foreign addresses', () => {
		expect(() => sitemapXml([{ loc: '../de/', alternates: [] }], O)).toThrow(/not an address/);
		expect(() =>
			sitemapXml([{ loc: `${O}/de/`, alternates: [{ hreflang: 'en', href: 'https://evil/' }] }], O)
		).toThrow(/not an address/);
	});
});

describe('robotsWithSitemap', () => {
	it('adds the Sitemap line once, replacing an old one', () => {
		expect(robotsWithSitemap('User-agent: *\nAllow: /\n', `${O}/sitemap.xml`)).toBe(
			`User-agent: *\nAllow: /\n\nSitemap: ${O}/sitemap.xml\n`
		);
		expect(
			robotsWithSitemap(`User-agent: *\n\nSitemap: https://old/sitemap.xml\n`, `${O}/s.xml`)
		).toBe(`User-agent: *\n\nSitemap: ${O}/s.xml\n`);
	});
});

describe('writeSitemap', () => {
	it('writes nothing without an origin', () => {
		const dir = site();
		expect(writeSitemap(dir, '')).toBeNull();
		expect(existsSync(join(dir, 'sitemap.xml'))).toBe(false);
		expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/);
	});

	it('lists every page in every language, and robots.txt points at it (compressed copies too)', () => {
		const dir = site();
		expect(writeSitemap(dir, O, '/base')).toBe(8);
		const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
		expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(
			['de', 'en', 'fr', 'nb'].flatMap((code) => [`${O}/${code}/`, `${O}/${code}/results/`])
		);
		expect(xml.match(/<xhtml:link /g)).toHaveLength(8 * 5);
		const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
		expect(robots).toMatch(new RegExp(`^Sitemap: ${O}/base/sitemap.xml$`, 'm'));
		expect(gunzipSync(readFileSync(join(dir, 'robots.txt.gz'))).toString('utf8')).toBe(robots);
		expect(gunzipSync(readFileSync(join(dir, 'sitemap.xml.gz'))).toString('utf8')).toBe(xml);
		expect(existsSync(join(dir, 'sitemap.xml.br'))).toBe(true);
	});
});
