import { describe, expect, it } from 'vitest';
import { checkCatalogue, messageArguments, type Catalogue } from './check';
import { LOCALES } from './locales';
import { messagesFor } from './server-messages';
import broken from './fixtures/broken.json';

const english = messagesFor('en');

describe('locale catalogues', () => {
	it('English has messages and every English message is valid ICU', () => {
		expect(Object.keys(english).length).toBeGreaterThan(10);
		const invalid = checkCatalogue(english, english);
		expect(invalid).toEqual([]);
	});

	for (const code of LOCALES) {
		it(`${code} has exactly the English keys, valid ICU and the same arguments`, () => {
			expect(checkCatalogue(english, messagesFor(code))).toEqual([]);
		});
	}
});

describe('checkCatalogue', () => {
	it('reports every kind of problem in a broken locale', () => {
		const reference: Catalogue = {
			'app.name': 'Commons Check',
			'home.title': 'Commons Check',
			'nav.home': 'Home',
			'only.in.english': 'Here'
		};
		const problems = checkCatalogue(reference, broken);
		expect(problems).toContainEqual({ key: 'only.in.english', kind: 'missing' });
		expect(problems).toContainEqual({ key: 'surplus.key', kind: 'extra' });
		expect(problems).toContainEqual(
			expect.objectContaining({ key: 'home.title', kind: 'invalid' })
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ key: 'nav.home', kind: 'arguments' })
		);
		expect(problems).toHaveLength(4);
	});

	it('reads arguments inside plural branches and tags', () => {
		expect(
			messageArguments(
				'{count, plural, one {# item by {name}} other {# items}} <b>{when, date}</b>'
			)
		).toEqual(['<b>', 'count:plural', 'name:argument', 'when:date']);
	});
});

describe('translations', () => {
	// Every catalogue of every locale, the on-demand ones too.
	const files = import.meta.glob<Record<string, string>>(
		['./messages/*/*.json', './lazy/*/*.json'],
		{
			eager: true,
			import: 'default'
		}
	);
	const everything = (code: string) =>
		Object.assign(
			{},
			...Object.entries(files)
				.filter(([path]) => path.split('/')[2] === code)
				.map(([, messages]) => messages)
		) as Record<string, string>;
	/** Messages that are names in every language: titles of sources, terms, the Act's name. */
	const NAMES = [
		/^reference\./,
		/^glossary\.[\w-]+\.term$/,
		/^mapping\.framework\./,
		/^about\.source\.link$/,
		/^sbom\.quality\.bsi_title$/,
		/^recommendation\.cra$/
	];
	/** Literal text outside ICU arguments, 16 characters or more: a sentence, not a word. */
	const hasSentence = (message: string) =>
		message
			.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '')
			.replace(/<\/?\w+>/g, '')
			.trim().length >= 16;
	const english = everything('en');

	for (const code of LOCALES.filter((locale) => locale !== 'en')) {
		it(`${code} leaves no English sentence untranslated, only names`, () => {
			const own = everything(code);
			const copied = Object.keys(english).filter(
				(key) =>
					own[key] === english[key] &&
					hasSentence(english[key]!) &&
					!NAMES.some((name) => name.test(key))
			);
			expect(copied).toEqual([]);
		});
	}

	it('finds a copied English sentence', () => {
		expect(hasSentence(english['results.empty']!)).toBe(true);
		expect(hasSentence('{count, plural, one {# question} other {# questions}}')).toBe(false);
		expect(NAMES.some((name) => name.test('results.empty'))).toBe(false);
	});
});
