import type { MappingCatalogue } from './types';

/**
 * Provisions of the Cyber Resilience Act, Regulation (EU) 2024/2847, that questions can relate to.
 * Only provisions whose text was read (docs/bank-1.1-sources.md quotes each one) are listed. Ids:
 * 'art-<n>-<paragraph>' for an article paragraph, 'art-<n>' for a whole article,
 * 'annex-i-ii-<point>' for Annex I Part II, 'annex-vii' for Annex VII, 'recital-<n>'. Every id has
 * a translated short label, the message `mapping.cra.<id>`.
 */
export const craCatalogue: MappingCatalogue = {
	framework: 'cra',
	version: 'OJ L, 2024/2847, 20.11.2024',
	url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng',
	readOn: '2026-12-07',
	titleLang: 'messages',
	items: [
		{ id: 'art-2-1' },
		{ id: 'art-3-13' },
		{ id: 'art-3-14' },
		{ id: 'art-13-4' },
		{ id: 'art-13-5' },
		{ id: 'art-13-6' },
		{ id: 'art-13-7' },
		{ id: 'art-13-8' },
		{ id: 'art-14-1' },
		{ id: 'art-14-2' },
		{ id: 'art-14-3' },
		{ id: 'art-14-4' },
		{ id: 'art-14-8' },
		{ id: 'art-24' },
		{ id: 'art-25' },
		{ id: 'art-64-2' },
		{ id: 'annex-i-ii-1' },
		{ id: 'annex-i-ii-2' },
		{ id: 'annex-i-ii-3' },
		{ id: 'annex-i-ii-4' },
		{ id: 'annex-i-ii-5' },
		{ id: 'annex-i-ii-6' },
		{ id: 'annex-vii' },
		{ id: 'recital-18' },
		{ id: 'recital-19' },
		{ id: 'recital-34' }
	]
};
