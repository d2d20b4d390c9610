import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';
import { bank } from './bank';
import { glossary, glossaryDefinitionKey, glossaryTermKey } from './glossary';
import { levelKey, questionTextKey, questionWhyKey, stepKey } from './keys';
import { referenceById } from './references';
import { relationsOf } from './relations';
import { LEVELS } from './types';

/**
 * How each term shows in the English text. The bank lists the terms each question uses; this map
 * checks that list against the text, so a term added to or removed from a question cannot be
 * forgotten. (Other locales translate the same text; the list of terms is language-neutral.)
 */
const ENGLISH_FORMS: readonly (readonly [string, RegExp])[] = [
	['cra', /\bCRA\b|Cyber Resilience Act/],
	['manufacturer', /\bmanufacturers?\b/],
	['open-source-steward', /\bstewards?\b/],
	['due-diligence', /[Dd]ue[ -]diligence/],
	['due-care', /[Dd]ue care/],
	['support-period', /support periods?/],
	['technical-documentation', /technical documentation/],
	['actively-exploited-vulnerability', /actively exploited/],
	['sbom', /\bSBOMs?\b/],
	['cyclonedx', /CycloneDX/],
	['spdx', /\bSPDX\b/],
	['purl', /\bPURLs?\b/],
	['sca', /composition (analysis|scans?)|\bSCA\b/],
	['vex', /\bVEX\b/],
	['transitive-dependency', /\btransitive\b/],
	['long-tail', /long tail/],
	['upstream', /\bupstream/],
	['fork', /\bforks?\b|\bforking\b/],
	['ci', /\bCI\b/],
	['fuzzing', /\bfuzz/],
	['cvd', /coordinated (vulnerability )?disclosure/],
	['psirt', /\bPSIRT/],
	['cve', /\bCVEs?\b/],
	['cna', /\bCNAs?\b/],
	['security-txt', /security\.txt/],
	['dco', /\bDCO\b/],
	['cla', /\bCLAs?\b/],
	['ospo', /\bOSPOs?\b/],
	['tco', /total cost of ownership|\bTCO\b/],
	['fiscal-host', /fiscal hosts?/],
	['libyear', /libyears?/],
	['s2c2f', /S2C2F/],
	['osps-baseline', /OSPS Baseline/],
	['scorecard', /Scorecard/],
	['contributor-absence-factor', /Contributor Absence Factor/],
	['elephant-factor', /Elephant Factor/]
];

const english = messagesFor('en');
const questions = bank.principles.flatMap((principle) => principle.questions);

function englishText(id: string): string {
	return [
		english[questionTextKey(id)],
		english[questionWhyKey(id)],
		...LEVELS.map((level) => english[levelKey(id, level)]),
		...[0, 1, 2, 3].map((step) => english[stepKey(id, step as 0 | 1 | 2 | 3)])
	].join('\n');
}

describe('the glossary', () => {
	it('has unique ids, each with an English form to find it by', () => {
		const ids = glossary.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ENGLISH_FORMS.map(([id]) => id).sort()).toEqual([...ids].sort());
	});

	it('cites at least one catalogued source for every definition', () => {
		for (const entry of glossary) {
			expect(entry.sources.length, entry.id).toBeGreaterThan(0);
			for (const source of entry.sources) expect(referenceById(source), source).toBeDefined();
		}
	});

	it('has a term and a definition in every locale', () => {
		for (const locale of LOCALES) {
			const messages = messagesFor(locale);
			for (const entry of glossary) {
				expect(messages[glossaryTermKey(entry.id)]?.trim(), `${locale} ${entry.id}`).toBeTruthy();
				expect(
					messages[glossaryDefinitionKey(entry.id)]?.trim(),
					`${locale} ${entry.id}`
				).toBeTruthy();
			}
		}
	});

	it('lists for every question exactly the terms its text uses, in order of first use', () => {
		for (const question of questions) {
			const text = englishText(question.id);
			const used = ENGLISH_FORMS.map(([id, form]) => [id, text.search(form)] as const)
				.filter(([, at]) => at >= 0)
				.sort((a, b) => a[1] - b[1])
				.map(([id]) => id);
			expect(relationsOf(bank, question.id).glossary, question.id).toEqual(used);
		}
	});

	it('explains only terms the bank uses', () => {
		const used = new Set(questions.flatMap((question) => relationsOf(bank, question.id).glossary));
		expect(glossary.map((entry) => entry.id).filter((id) => !used.has(id))).toEqual([]);
	});
});
