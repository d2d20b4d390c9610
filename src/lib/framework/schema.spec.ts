import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n/server-messages';
import { LOCALES } from '$lib/i18n/locales';
import { bank } from './bank';
import { bank_1_0_0 } from './bank-1.0.0';
import { glossary } from './glossary';
import { references } from './references';
import {
	publishedFrameworkSchema,
	requiredFrameworkKeys,
	resolveFramework,
	type PublishedFramework
} from './schema';
import { PRINCIPLE_IDS } from './types';
import { nextStepsOf } from './next-steps';

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
		// The catalogue serves the current bank, the glossary and the frozen 1.0.0 bank.
		const used = new Set(
			[bank, bank_1_0_0]
				.flatMap((source) => source.principles)
				.flatMap((p) => p.questions.flatMap((q) => nextStepsOf(q).flatMap((s) => s.references)))
				.concat(glossary.flatMap((entry) => entry.sources))
		);
		expect([...used].filter((id) => !references.some((r) => r.id === id))).toEqual([]);
		expect(references.filter((r) => !used.has(r.id)).map((r) => r.id)).toEqual([]);
		expect(new Set(references.map((r) => r.id)).size).toBe(references.length);
	});

	it('has a message for every piece of framework text and no stray framework messages', () => {
		const required = new Set(requiredFrameworkKeys(bank, references));
		const messages = messagesFor('en');
		expect([...required].filter((key) => !(key in messages))).toEqual([]);
		const frameworkPrefixes =
			/^(principle|question|reference|scale|role|effort|mapping|glossary)\./;
		const stray = Object.keys(messages).filter(
			(key) => frameworkPrefixes.test(key) && !required.has(key)
		);
		expect(stray).toEqual([]);
	});

	it('publishes mappings labelled per framework, with translated CRA labels', () => {
		const framework = english();
		expect(framework.version).toBe('1.1.0');
		expect(framework.scaleNote).toMatch(/levels below/);
		expect(framework.mappingFrameworks.map((m) => m.id)).toEqual([
			'cra',
			's2c2f',
			'scorecard',
			'osps',
			'chaoss',
			'iso5230',
			'iso18974'
		]);
		const question = framework.principles
			.flatMap((p) => p.questions)
			.find((q) => q.id === 'due-diligence.incident-readiness')!;
		const cra = question.relatesTo.find((r) => r.framework === 'cra')!;
		expect(cra.items).toContainEqual({
			id: 'art-14-2',
			title:
				'Art. 14(2): early warning, notification and final report on actively exploited vulnerabilities'
		});
		const s2c2f = question.relatesTo.find((r) => r.framework === 's2c2f')!;
		expect(s2c2f.items.map((item) => item.id)).toEqual(['INV-2', 'ING-3', 'UPD-2', 'FIX-1']);
		expect(question.glossary).toContain('due-care');
		expect(framework.glossary.find((g) => g.id === 'due-care')!.sources[0]!.url).toMatch(
			/^https:\/\//
		);
	});

	it('links a source in the reader’s language where the publisher has one', () => {
		const url = (locale: 'en' | 'de' | 'fr') =>
			resolveFramework(bank, references, messagesFor(locale), locale)
				.principles.flatMap((p) => p.questions)
				.flatMap((q) => q.nextSteps.flatMap((step) => step.references))
				.find((reference) => reference.url.includes('TR-03183'))!.url;
		expect(url('en')).toBe('https://www.bsi.bund.de/dok/TR-03183-en');
		expect(url('de')).toBe('https://www.bsi.bund.de/dok/TR-03183');
		expect(url('fr')).toBe('https://www.bsi.bund.de/dok/TR-03183-en');
	});

	it('still resolves the frozen 1.0.0 structure, without mappings or glossary', () => {
		const old = resolveFramework(bank_1_0_0, references, messagesFor('en'), 'en');
		expect(old.glossary).toEqual([]);
		expect(old.principles.flatMap((p) => p.questions.flatMap((q) => q.relatesTo))).toEqual([]);
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

	it('a mapping to an id its framework does not have', () => {
		const broken = variant((f) => {
			const question = f.principles[5]!.questions.find((q) => q.relatesTo.length > 0)!;
			question.relatesTo[0]!.items[0]!.id = 'art-99-1';
		});
		expect(issues(broken)).toContainEqual(expect.stringContaining('art-99-1 is not a valid'));
	});

	it('a question that names a glossary term the glossary does not have', () => {
		const broken = variant((f) => {
			f.principles[0]!.questions[0]!.glossary.push('no-such-term');
		});
		expect(issues(broken)).toContainEqual(expect.stringContaining('unknown glossary term'));
	});

	it('missing text (an incomplete translation)', () => {
		const messages = { ...messagesFor('en') };
		delete messages[`guidance.${bank.principles[0]!.questions[0]!.id}.why`];
		expect(issues(resolveFramework(bank, references, messages, 'en'))).toContainEqual(
			expect.stringMatching(/^principles\.0\.questions\.0\.why/)
		);
	});
});
