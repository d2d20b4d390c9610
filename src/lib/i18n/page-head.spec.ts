import { describe, expect, it } from 'vitest';
import { languageLinks } from './page-head';

/** The links as [rel, hreflang, href], in order. */
function links(html: string): string[][] {
	return [...html.matchAll(/<link rel="(\w+)"(?: hreflang="([\w-]+)")? href="([^"]*)">/g)].map(
		([, rel, hreflang, href]) => [rel!, hreflang ?? '', href!]
	);
}

describe('languageLinks', () => {
	it('lists the page in every language and its neutral address, relative to the page', () => {
		expect(links(languageLinks('/de/assess/commons/', '', ''))).toEqual([
			['canonical', '', '../../../de/assess/commons/'],
			['alternate', 'en', '../../../en/assess/commons/'],
			['alternate', 'de', '../../../de/assess/commons/'],
			['alternate', 'fr', '../../../fr/assess/commons/'],
			['alternate', 'nb', '../../../nb/assess/commons/'],
			['alternate', 'x-default', '../../../assess/commons/']
		]);
	});

	it('gives a language-neutral page the alternates but no canonical link', () => {
		expect(links(languageLinks('/', '', ''))).toEqual([
			['alternate', 'en', './en/'],
			['alternate', 'de', './de/'],
			['alternate', 'fr', './fr/'],
			['alternate', 'nb', './nb/'],
			['alternate', 'x-default', './']
		]);
	});

	it('writes absolute addresses when the build knows its origin, with the base path', () => {
		const html = languageLinks('/commons-check/nb/results/', '/commons-check', 'https://x.org');
		expect(links(html)[0]).toEqual(['canonical', '', 'https://x.org/commons-check/nb/results/']);
		expect(links(html).at(-1)).toEqual([
			'alternate',
			'x-default',
			'https://x.org/commons-check/results/'
		]);
		// Relative without an origin: from /commons-check/nb/results/ two levels up is the base.
		expect(links(languageLinks('/commons-check/nb/results/', '/commons-check', ''))[1]).toEqual([
			'alternate',
			'en',
			'../../en/results/'
		]);
	});
});
