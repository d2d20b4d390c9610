import { describe, expect, it } from 'vitest';
import { languageTag, LOCALES } from './locales';
import { languageLinks } from './page-head';

/** The links as [rel, hreflang, href], in order. */
function links(html: string): string[][] {
	return [...html.matchAll(/<link rel="(\w+)"(?: hreflang="([\w-]+)")? href="([^"]*)">/g)].map(
		([, rel, hreflang, href]) => [rel!, hreflang ?? '', href!]
	);
}

describe('languageLinks', () => {
	const site = 'https://check.example.org';

	it('lists the page in every language and its neutral address, with absolute addresses', () => {
		expect(links(languageLinks('/de/assess/commons/', '', site))).toEqual([
			['canonical', '', `${site}/de/assess/commons/`],
			...LOCALES.map((code) => ['alternate', languageTag(code), `${site}/${code}/assess/commons/`]),
			['alternate', 'x-default', `${site}/assess/commons/`]
		]);
	});

	it('gives a language-neutral page the alternates but no canonical link', () => {
		expect(links(languageLinks('/', '', site))).toEqual([
			...LOCALES.map((code) => ['alternate', languageTag(code), `${site}/${code}/`]),
			['alternate', 'x-default', `${site}/`]
		]);
	});

	it('keeps the base path', () => {
		const html = languageLinks('/commons-check/nb/results/', '/commons-check', 'https://x.org');
		expect(links(html)[0]).toEqual(['canonical', '', 'https://x.org/commons-check/nb/results/']);
		expect(links(html).at(-1)).toEqual([
			'alternate',
			'x-default',
			'https://x.org/commons-check/results/'
		]);
	});

	it('writes nothing without the origin: relative links are invalid for search engines', () => {
		expect(languageLinks('/de/results/', '', '')).toBe('');
		expect(languageLinks('/', '', '')).toBe('');
	});

	it('escapes the address for the attribute', () => {
		expect(languageLinks('/en/', '', 'https://x.org')).not.toMatch(/href="[^"]*[<>]/);
	});
});
