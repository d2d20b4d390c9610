import { describe, expect, it } from 'vitest';
import { bank } from './bank';
import { craProvisions, pageExtras, relatedLabels } from './page-relations';
import { relationsOf } from './relations';

const principle = bank.principles[0]!;
const ids = principle.questions.map((question) => question.id);

describe('pageExtras', () => {
	it('explains each term with the first question of the page that uses it, once', () => {
		const extras = pageExtras(ids);
		const explained = ids.flatMap((id) => extras[id]!.terms);
		expect(new Set(explained).size).toBe(explained.length);
		const used = new Set(ids.flatMap((id) => relationsOf(bank, id).glossary));
		expect(new Set(explained)).toEqual(used);
		// The first question's terms are all of its own.
		expect(extras[ids[0]!]!.terms).toEqual(relationsOf(bank, ids[0]!).glossary);
	});

	it('lists what a question relates to, with titles where the framework has them', () => {
		const extras = pageExtras(['commons.dependency-inventory'])['commons.dependency-inventory']!;
		expect(extras.related).toContainEqual({ framework: 'cra', id: 'annex-i-ii-1' });
		const s2c2f = extras.related.find((item) => item.framework === 's2c2f');
		expect(s2c2f?.id).toBe('INV-1');
		expect(s2c2f?.title).toBeTruthy();
	});
});

describe('craProvisions', () => {
	it('lists only questions with CRA mappings, with their provisions', () => {
		const provisions = craProvisions();
		expect(Object.keys(provisions).length).toBeGreaterThan(0);
		for (const [id, list] of Object.entries(provisions)) {
			expect(list).toEqual(relationsOf(bank, id).mappings.cra);
		}
		const mapped = bank.principles
			.flatMap((p) => p.questions)
			.filter((q) => (relationsOf(bank, q.id).mappings.cra ?? []).length > 0);
		expect(Object.keys(provisions).sort()).toEqual(mapped.map((q) => q.id).sort());
	});
});

describe('relatedLabels', () => {
	it('names the framework and the item, with the CRA label from the messages', () => {
		const t = (key: string) => `<${key}>`;
		const labels = relatedLabels('commons.dependency-inventory', t);
		expect(labels[0]).toBe('<mapping.framework.cra>: <mapping.cra.annex-i-ii-1>');
		expect(labels.some((label) => label.startsWith('<mapping.framework.s2c2f>: INV-1 '))).toBe(
			true
		);
	});
});
