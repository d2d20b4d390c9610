import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';
import { bank } from './bank';
import { bank_1_0_0 } from './bank-1.0.0';
import { craLabelKey, mappingCatalogues, mappingFrameworkKey, mappingItem } from './mappings';
import { questionRelations, relationsOf, RELATIONS_VERSION } from './relations';
import { MAPPING_FRAMEWORKS } from './types';

const questions = bank.principles
	.flatMap((principle) => principle.questions)
	.map((question) => ({ id: question.id, ...relationsOf(bank, question.id) }));

describe('the valid-id lists', () => {
	for (const framework of MAPPING_FRAMEWORKS) {
		it(`${framework}: unique ids, a source URL, an edition and the date it was read`, () => {
			const list = mappingCatalogues[framework];
			expect(list.framework).toBe(framework);
			const ids = list.items.map((item) => item.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids.length).toBeGreaterThan(0);
			expect(list.url).toMatch(/^https:\/\//);
			expect(list.version.length).toBeGreaterThan(0);
			expect(list.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			if (list.titleLang === 'en') {
				for (const item of list.items) expect(item.title?.trim().length).toBeGreaterThan(0);
			}
		});
	}

	it('match the published shapes of the frameworks they list', () => {
		expect(mappingCatalogues.s2c2f.items).toHaveLength(25);
		expect(mappingCatalogues.scorecard.items).toHaveLength(20);
		expect(mappingCatalogues.osps.items).toHaveLength(41);
		for (const item of mappingCatalogues.s2c2f.items) {
			expect(item.id).toMatch(/^(ING|SCA|INV|UPD|AUD|ENF|REB|FIX)-\d$/);
		}
		for (const item of mappingCatalogues.osps.items) {
			expect(item.id).toMatch(/^OSPS-(AC|BR|DO|GV|LE|QA|SA|VM)-\d{2}$/);
		}
		for (const item of mappingCatalogues.cra.items) {
			expect(item.id).toMatch(/^(art-\d+(-\d+)?|annex-[ivx]+(-[ivx]+-\d+)?|recital-\d+)$/);
		}
	});

	it('give every CRA provision and every framework a name in every locale', () => {
		for (const locale of LOCALES) {
			const messages = messagesFor(locale);
			for (const item of mappingCatalogues.cra.items) {
				expect(messages[craLabelKey(item.id)]?.trim(), `${locale} ${item.id}`).toBeTruthy();
			}
			for (const framework of MAPPING_FRAMEWORKS) {
				expect(messages[mappingFrameworkKey(framework)]?.trim()).toBeTruthy();
			}
		}
	});
});

describe('the mappings of the question bank', () => {
	it('are given for every question of the current bank and no other (possibly empty: no link is made up)', () => {
		expect(RELATIONS_VERSION).toBe(bank.version);
		expect(Object.keys(questionRelations).sort()).toEqual(questions.map((q) => q.id).sort());
	});

	it('use only ids from the valid-id lists, each once per question', () => {
		const invalid: string[] = [];
		for (const question of questions) {
			for (const framework of MAPPING_FRAMEWORKS) {
				const ids = question.mappings[framework] ?? [];
				expect(new Set(ids).size, `${question.id} ${framework}`).toBe(ids.length);
				for (const id of ids) {
					if (!mappingItem(framework, id)) invalid.push(`${question.id}: ${framework} ${id}`);
				}
			}
		}
		expect(invalid).toEqual([]);
	});

	it('do not list an empty framework', () => {
		for (const question of questions) {
			for (const ids of Object.values(question.mappings)) expect(ids.length).toBeGreaterThan(0);
		}
	});

	it('relate every CRA provision in the list to at least one question, except Art. 64(2)', () => {
		// Art. 64(2) (fines) is cited in a "why", but no practice "helps with" a fine.
		const used = new Set(questions.flatMap((question) => question.mappings.cra ?? []));
		const unused = mappingCatalogues.cra.items.map((item) => item.id).filter((id) => !used.has(id));
		expect(unused).toEqual(['art-64-2']);
	});

	it('did not exist in 1.0.0', () => {
		const old = bank_1_0_0.principles.flatMap((principle) => principle.questions);
		const mapped = old.filter(
			(question) => Object.keys(relationsOf(bank_1_0_0, question.id).mappings).length > 0
		);
		expect(mapped).toEqual([]);
	});
});
