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
