import { describe, expect, it } from 'vitest';
import { isPagePath, splitLanguagePath, withLocale } from './paths';

describe('splitLanguagePath', () => {
	it('takes the locale from the first segment and keeps the rest', () => {
		expect(splitLanguagePath('/de/results/')).toEqual({ locale: 'de', path: '/results/' });
		expect(splitLanguagePath('/nb/assess/commons/')).toEqual({
			locale: 'nb',
			path: '/assess/commons/'
		});
		expect(splitLanguagePath('/fr/')).toEqual({ locale: 'fr', path: '/' });
		expect(splitLanguagePath('/en')).toEqual({ locale: 'en', path: '/' });
	});

	it('gives no locale at a language-neutral address or for an unknown code', () => {
		expect(splitLanguagePath('/')).toEqual({ locale: null, path: '/' });
		expect(splitLanguagePath('/results/')).toEqual({ locale: null, path: '/results/' });
		expect(splitLanguagePath('/ja/results/')).toEqual({ locale: null, path: '/ja/results/' });
		expect(splitLanguagePath('/deutsch/')).toEqual({ locale: null, path: '/deutsch/' });
		expect(splitLanguagePath('/framework.de.json')).toEqual({
			locale: null,
			path: '/framework.de.json'
		});
	});

	it('looks after the base path only', () => {
		expect(splitLanguagePath('/commons-check/de/r/', '/commons-check')).toEqual({
			locale: 'de',
			path: '/r/'
		});
		expect(splitLanguagePath('/commons-check/', '/commons-check')).toEqual({
			locale: null,
			path: '/'
		});
		expect(splitLanguagePath('/commons-check', '/commons-check')).toEqual({
			locale: null,
			path: '/'
		});
		// A base that happens to be a locale code is still the base.
		expect(splitLanguagePath('/de/fr/plan/', '/de')).toEqual({ locale: 'fr', path: '/plan/' });
		expect(splitLanguagePath('/de/plan/', '/de')).toEqual({ locale: null, path: '/plan/' });
	});
});

describe('withLocale', () => {
	it('puts the locale in front and keeps query and fragment', () => {
		expect(withLocale('/results/', 'de')).toBe('/de/results/');
		expect(withLocale('/', 'nb')).toBe('/nb/');
		expect(withLocale('/compare/?a=x&b=y', 'fr')).toBe('/fr/compare/?a=x&b=y');
		expect(withLocale('/r/#AbC_1', 'en')).toBe('/en/r/#AbC_1');
	});

	it('round-trips with splitLanguagePath', () => {
		for (const path of ['/', '/results/', '/assess/commons/']) {
			expect(splitLanguagePath(`/base${withLocale(path, 'de')}`, '/base')).toEqual({
				locale: 'de',
				path
			});
		}
	});
});

describe('isPagePath', () => {
	it('tells pages from files', () => {
		expect(isPagePath('/')).toBe(true);
		expect(isPagePath('/results/')).toBe(true);
		expect(isPagePath('/results')).toBe(true);
		expect(isPagePath('/framework.json')).toBe(false);
		expect(isPagePath('/framework.de.json')).toBe(false);
		expect(isPagePath('/robots.txt')).toBe(false);
	});
});
