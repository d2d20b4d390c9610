import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n/server-messages';
import { LOCALES } from '$lib/i18n/locales';
import { bank } from './bank';
import { references } from './references';
import {
	publishedFrameworkSchema,
	requiredFrameworkKeys,
	resolveFramework,
	type PublishedFramework
} from './schema';
import { PRINCIPLE_IDS } from './types';

const english = () => resolveFramework(bank, references, messagesFor('en'), 'en');

/** A deep copy to break in one place. */
function variant(change: (framework: PublishedFramework) => void): PublishedFramework {
	const copy = structuredClone(english());
	change(copy);
	return copy;
}

function issues(framework: unknown): string[] {
	const result = publishedFrameworkSchema.safeParse(framework);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the question bank', () => {
	it('is valid in English', () => {
		expect(issues(english())).toEqual([]);
	});

	for (const locale of LOCALES) {
		it(`resolves completely in ${locale}`, () => {
			expect(issues(resolveFramework(bank, references, messagesFor(locale), locale))).toEqual([]);
		});
	}

	it('has the eight principles in the seed’s order, 4–6 questions each and 32–44 in all', () => {
		expect(bank.principles.map((principle) => principle.id)).toEqual([...PRINCIPLE_IDS]);
		const counts = bank.principles.map((principle) => principle.questions.length);
		for (const count of counts) {
			expect(count).toBeGreaterThanOrEqual(4);
			expect(count).toBeLessThanOrEqual(6);
		}
		const total = counts.reduce((sum, count) => sum + count, 0);
		expect(total).toBeGreaterThanOrEqual(32);
		expect(total).toBeLessThanOrEqual(44);
	});

	it('uses every reference in the catalogue, and only catalogued ones', () => {
		const used = new Set(
			bank.principles.flatMap((p) =>
				p.questions.flatMap((q) => q.nextSteps.flatMap((s) => s.references))
			)
		);
		expect([...used].filter((id) => !references.some((r) => r.id === id))).toEqual([]);
		expect(references.filter((r) => !used.has(r.id)).map((r) => r.id)).toEqual([]);
		expect(new Set(references.map((r) => r.id)).size).toBe(references.length);
	});

	it('has a message for every piece of framework text and no stray framework messages', () => {
		const required = new Set(requiredFrameworkKeys(bank, references));
		const messages = messagesFor('en');
		expect([...required].filter((key) => !(key in messages))).toEqual([]);
		const frameworkPrefixes = /^(principle|question|reference|scale|role|effort)\./;
		const stray = Object.keys(messages).filter(
			(key) => frameworkPrefixes.test(key) && !required.has(key)
		);
		expect(stray).toEqual([]);
	});

	it('keeps short principle titles short enough for a chart axis', () => {
		for (const principle of english().principles)
			expect(principle.shortTitle.length).toBeLessThanOrEqual(20);
	});
});

describe('the framework schema rejects broken variants', () => {
	it('a question with a missing level', () => {
		const broken = variant((f) => f.principles[0]!.questions[0]!.levels.pop());
		expect(issues(broken)).toContainEqual(expect.stringContaining('five levels'));
	});

	it('a duplicate question id', () => {
		const broken = variant((f) => {
			f.principles[0]!.questions[1]!.id = f.principles[0]!.questions[0]!.id;
		});
		expect(issues(broken)).toContainEqual(expect.stringContaining('duplicate question id'));
	});

	it('a reference that is not https', () => {
		const broken = variant((f) => {
			f.principles[1]!.questions[0]!.nextSteps[0]!.references[0]!.url = 'http://example.org/guide';
		});
		expect(issues(broken)).toContainEqual(
			expect.stringMatching(/^principles\.1\.questions\.0\.nextSteps\.0\.references\.0\.url/)
		);
	});

	it('a weight of 5', () => {
		const broken = variant((f) => {
			f.principles[2]!.questions[0]!.weight = 5;
		});
		expect(issues(broken)).toContainEqual(
			expect.stringMatching(/^principles\.2\.questions\.0\.weight/)
		);
	});

	it('an unknown owner role', () => {
		const broken = variant((f) => {
			(f.principles[3]!.questions[0]! as { owner: string }).owner = 'marketing';
		});
		expect(issues(broken)).toContainEqual(
			expect.stringMatching(/^principles\.3\.questions\.0\.owner/)
		);
	});

	it('a missing next step, a principle with three questions, and principles out of order', () => {
		expect(
			issues(variant((f) => f.principles[4]!.questions[0]!.nextSteps.splice(1, 1)))
		).toContainEqual(expect.stringContaining('one next step for each level'));
		expect(
			issues(
				variant((f) => f.principles[5]!.questions.splice(0, f.principles[5]!.questions.length - 3))
			)
		).toContainEqual(expect.stringMatching(/^principles\.5\.questions/));
		expect(issues(variant((f) => f.principles.reverse()))).toContainEqual(
			expect.stringContaining('in that order')
		);
	});

	it('missing text (an incomplete translation)', () => {
		const messages = { ...messagesFor('en') };
		delete messages[`question.${bank.principles[0]!.questions[0]!.id}.why`];
		expect(issues(resolveFramework(bank, references, messages, 'en'))).toContainEqual(
			expect.stringMatching(/^principles\.0\.questions\.0\.why/)
		);
	});
});
