import { describe, expect, it } from 'vitest';
import { LIMITS } from '$lib/assessment/model';
import { questions } from '$lib/framework';
import { createTranslator } from '$lib/testing/translator';
import {
	evidenceLines,
	notesWith,
	sbomFacts,
	suggestionText,
	suggestLevel,
	type SbomFacts
} from './evidence';
import { SBOM_TOPICS } from './evidence-topics';
import { combinedSummary, fileSummary, files } from './summaries.testing';

const t = createTranslator('en');

describe('the questions SBOMs inform', () => {
	it('are questions of the current bank', () => {
		const ids = new Set(questions.map((question) => question.id));
		for (const id of Object.keys(SBOM_TOPICS)) expect(ids.has(id), id).toBe(true);
	});
});

describe('sbomFacts', () => {
	it('is null without summaries', () => {
		expect(sbomFacts([], null)).toBeNull();
	});

	it('takes one file’s figures as they are (the small graph, computed by hand)', () => {
		const facts = sbomFacts([fileSummary(files.small())], null)!;
		expect(facts).toMatchObject({
			files: 1,
			merged: true,
			components: 9,
			withPurl: 8,
			withLicence: 7,
			withSupplier: 4,
			filesWithGraph: 1,
			transitive: 4,
			maxDepth: 2,
			ecosystems: [
				{ ecosystem: 'npm', count: 6 },
				{ ecosystem: 'maven', count: 1 },
				{ ecosystem: 'pypi', count: 1 }
			]
		});
		expect(facts.lookFirst.map((row) => [row.name, row.fanIn])).toEqual([
			['org.example/f', 4],
			['d', 2],
			['d', 1],
			['g', 1],
			['a', 1]
		]);
		expect(facts.quality.ntia).toBe('fails'); // supplier for 4 of 9 components
	});

	it('counts components once when the combined summary covers the stored files', () => {
		const small = files.small();
		const spdx = files.spdx();
		const summaries = [fileSummary(small), fileSummary(spdx)];
		const merged = sbomFacts(summaries, combinedSummary([small, spdx]))!;
		expect(merged).toMatchObject({ files: 2, merged: true, components: 9, filesWithGraph: 2 });
		// Without it (a file was imported on its own later), the files' figures add up.
		const added = sbomFacts(summaries, null)!;
		expect(added).toMatchObject({ files: 2, merged: false, components: 18, withPurl: 16 });
		expect(added.ecosystems[0]).toEqual({ ecosystem: 'npm', count: 12 });
		expect(added.quality.components).toBe(18);
		// The same component in both files is listed once, with its highest figures.
		expect(added.lookFirst.map((row) => row.name)).toEqual(['org.example/f', 'd', 'd', 'g', 'a']);
	});

	it('a combined summary of other files is not used', () => {
		const small = files.small();
		const big = files.big();
		const facts = sbomFacts(
			[fileSummary(small), fileSummary(files.spdx())],
			combinedSummary([small, big])
		)!;
		expect(facts.merged).toBe(false);
	});
});

/** Facts that meet every level 3 rule; each test spoils one. */
function level3(): SbomFacts {
	const summary = fileSummary(files.small());
	return {
		files: 3,
		merged: true,
		components: 1000,
		withPurl: 950,
		withLicence: 900,
		withSupplier: 800,
		filesWithGraph: 3,
		transitive: 700,
		maxDepth: 6,
		ecosystems: [{ ecosystem: 'npm', count: 950 }],
		registries: [],
		lookFirst: [],
		quality: { ...summary.quality, ntia: 'gaps', bsi: 'fails' },
		analysedAt: summary.analysedAt
	};
}

describe('suggestLevel', () => {
	it('suggests only for the inventory question', () => {
		for (const topic of ['channels', 'concentration', 'bedrock', 'diligence'] as const) {
			expect(suggestLevel(topic, level3())).toBeNull();
		}
	});

	it('level 3: relationships in every SBOM, transitive components, 95 % with a PURL, NTIA not failed', () => {
		expect(suggestLevel('inventory', level3())).toEqual({ level: 3, shortfalls: [] });
	});

	it.each([
		['a file without relationships', { filesWithGraph: 2 }, ['graph']],
		['no transitive components', { transitive: 0 }, ['transitive']],
		[
			'no graph at all',
			{ transitive: null, maxDepth: null, filesWithGraph: 0 },
			['graph', 'transitive']
		],
		['94.9 % with a PURL', { withPurl: 949 }, ['purl']]
	] as const)('level 2 with %s', (_label, change, shortfalls) => {
		expect(suggestLevel('inventory', { ...level3(), ...change })).toEqual({
			level: 2,
			shortfalls
		});
	});

	it('level 2 when the SBOMs fall short of the NTIA minimum elements', () => {
		const facts = level3();
		facts.quality = { ...facts.quality, ntia: 'fails' };
		expect(suggestLevel('inventory', facts)).toEqual({ level: 2, shortfalls: ['ntia'] });
	});

	it('gives its reason, and for level 2 what is missing for level 3', () => {
		const three = suggestionText({ level: 3, shortfalls: [] }, level3(), t, 'en');
		expect(three.reason).toContain('down to level 6');
		expect(three.reason).toContain('95%');
		expect(three.shortfalls).toEqual([]);
		const facts = { ...level3(), filesWithGraph: 1, withPurl: 710 };
		const two = suggestionText(suggestLevel('inventory', facts)!, facts, t, 'en');
		expect(two.reason).toBe(
			'because you have machine-readable SBOMs for 3 products. Level 2 also needs an SBOM for every product you ship and a named owner for their quality.'
		);
		expect(two.shortfalls).toEqual([
			'dependency relationships are missing in 2 of 3 SBOMs',
			'only 71% of the components have a PURL'
		]);
	});
});

describe('evidenceLines', () => {
	const facts = () => sbomFacts([fileSummary(files.small())], null)!;

	it('sums the SBOMs up in a sentence, then the topic’s own facts', () => {
		expect(evidenceLines(facts(), 'inventory', t, 'en')).toEqual([
			'1 SBOM, 9 components from npm, maven, and pypi; 89% with a PURL; dependency relationships present for 1 of 1.',
			'4 transitive components, down to level 2 of the dependency tree.'
		]);
		expect(evidenceLines(facts(), 'channels', t, 'en').slice(1)).toEqual([
			'Components by ecosystem: npm (6), maven (1), and pypi (1).',
			'Registries they come from: registry.npmjs.org (6), maven.example.com/repo (1), and pypi.org (1).'
		]);
		expect(evidenceLines(facts(), 'concentration', t, 'en')[1]).toBe(
			'Most used directly (count their active maintainers first; SBOMs do not name them): org.example/f 1.0, used by 4 components; d 1.0.0, used by 2 components; d 2.0.0, used by 1 component; g 0.1, used by 1 component; a 1.0.0, used by 1 component.'
		);
		expect(evidenceLines(facts(), 'diligence', t, 'en').slice(1)).toEqual([
			'SBOM quality: NTIA minimum elements (2021): Falls short; BSI TR-03183-2 v2.1.0: Falls short.',
			'78% of the components name a licence, 44% a supplier.',
			'To fix first in the SBOMs: Version, SHA-512 hash, Supplier with e-mail or URL, Supplier, and Licence.'
		]);
	});

	it('says when the files are added up, and names at most three ecosystems', () => {
		const base = facts();
		const many = {
			...base,
			merged: false,
			files: 2,
			components: 1284,
			ecosystems: ['npm', 'pypi', 'deb', 'maven', 'golang'].map((ecosystem, i) => ({
				ecosystem,
				count: 10 - i
			}))
		};
		expect(evidenceLines(many, 'inventory', t, 'en')[0]).toBe(
			'2 SBOMs, 1,284 component entries (counted per SBOM) from npm, pypi, deb, and 2 more; 1% with a PURL; dependency relationships present for 1 of 2.'
		);
		expect(evidenceLines(many, 'inventory', createTranslator('de'), 'de')[0]).toBe(
			'2 SBOMs, 1.284 Komponenteneinträge (je SBOM gezählt) aus npm, pypi, deb und 2 weiteren; 1\u00a0% mit PURL; Abhängigkeitsbeziehungen in 1 von 2 angegeben.'
		);
	});

	it('without a dependency graph, says so instead of depths', () => {
		const none = { ...facts(), transitive: null, maxDepth: null, filesWithGraph: 0, lookFirst: [] };
		expect(evidenceLines(none, 'bedrock', t, 'en')[1]).toBe(
			'No SBOM states its dependency relationships, so direct and transitive components cannot be told apart.'
		);
	});
});

describe('notesWith', () => {
	const lines = ['One.', 'Two.'];

	it('appends below the notes there are, never replacing them', () => {
		expect(notesWith('', lines, 'From our SBOMs:', 100)).toBe('From our SBOMs:\n- One.\n- Two.');
		expect(notesWith('Mine.\n\n', lines, 'From our SBOMs:', 100)).toBe(
			'Mine.\n\nFrom our SBOMs:\n- One.\n- Two.'
		);
	});

	it('refuses what would pass the notes limit, so the notes are never cut', () => {
		const full = 'x'.repeat(LIMITS.note - 20);
		expect(notesWith(full, lines, 'From our SBOMs:', LIMITS.note)).toBeNull();
		expect(
			notesWith('x'.repeat(LIMITS.note - 31), lines, 'From our SBOMs:', LIMITS.note)
		).toHaveLength(LIMITS.note);
	});
});
