import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCombined, analyseFile, type ReadFile } from './analyse';
import { generateCycloneDx } from './generate';
import { readSbom } from './parse';
import { analyseFiles, readSbomFile } from './pipeline';
import { sbomSummarySchema } from './summary';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = new Date('2026-12-01T12:00:00Z');

async function load(name: string): Promise<ReadFile> {
	const outcome = await readSbomFile(name, readFileSync(join(FIXTURES, name)));
	if (!outcome.ok) throw new Error(`${name}: ${outcome.error.kind}`);
	return outcome.file;
}

function fromValue(value: unknown, name = 'test.json'): ReadFile {
	const result = readSbom(value);
	if (!result.ok) throw new Error(result.error.kind);
	return { name, size: 1, sha256: '0'.repeat(64), document: result.document };
}

const HAND_CHECKED = {
	counts: {
		components: 9,
		edges: 11,
		withPurl: 8,
		invalidPurl: 0,
		withVersion: 8,
		withLicence: 7,
		withSupplier: 4,
		direct: 3,
		transitive: 4,
		unreachable: 1,
		maxDepth: 2,
		duplicatePackages: 1
	},
	graph: { status: 'partial', rootInferred: false, filesWithGraph: 1 },
	ecosystems: [
		{ ecosystem: 'npm', count: 6 },
		{ ecosystem: '', count: 1 },
		{ ecosystem: 'maven', count: 1 },
		{ ecosystem: 'pypi', count: 1 }
	],
	registries: [
		{ registry: 'registry.npmjs.org', ecosystem: 'npm', source: 'default', count: 6 },
		{ registry: 'maven.example.com/repo', ecosystem: 'maven', source: 'qualifier', count: 1 },
		{ registry: 'pypi.org', ecosystem: 'pypi', source: 'default', count: 1 }
	],
	duplicates: [{ name: 'd', ecosystem: 'npm', versions: ['1.0.0', '2.0.0'], versionCount: 2 }]
};

/** [name, version, fan-in, dependents, depth] of the hand-computed ranking (fixtures/README.md). */
const RANKING = [
	['org.example/f', '1.0', 4, 7, 2],
	['d', '1.0.0', 2, 3, 2],
	['d', '2.0.0', 1, 2, 2],
	['g', '0.1', 1, 2, 2],
	['a', '1.0.0', 1, 1, 1],
	['b', '2.0.0', 1, 1, 1],
	['c', '3.0.0', 1, 1, 1]
];

describe('analyseFile on the hand-checked fixtures', () => {
	for (const name of ['small-cyclonedx.json', 'small-spdx.json']) {
		it(`${name}: counts, ecosystems, registries, duplicates`, async () => {
			const { summary } = analyseFile(await load(name), NOW);
			expect(summary).toMatchObject(HAND_CHECKED);
			expect(summary.scope).toBe('file');
			expect(summary.analysedAt).toBe('2026-12-01T12:00:00.000Z');
		});

		it(`${name}: where to look first, by fan-in then depth`, async () => {
			const { summary } = analyseFile(await load(name), NOW);
			expect(
				summary.lookFirst.map((row) => [
					row.name,
					row.version,
					row.fanIn,
					row.dependents,
					row.depth
				])
			).toEqual(RANKING);
			expect(summary.lookFirst[0]).toMatchObject({
				ecosystem: 'maven',
				registry: 'maven.example.com/repo',
				products: 1
			});
		});

		it(`${name}: names what is missing`, async () => {
			const { missing } = analyseFile(await load(name), NOW);
			expect(missing).toEqual({
				purl: ['g'],
				version: ['h'],
				licence: ['g', 'h'],
				supplier: ['d', 'd', 'org.example/f', 'g', 'h']
			});
		});
	}

	it('describes the file and validates against the summary schema', async () => {
		const file = await load('small-cyclonedx.json');
		const { summary } = analyseFile(file, NOW);
		expect(summary.files).toEqual([
			{
				name: 'small-cyclonedx.json',
				size: file.size,
				sha256: file.sha256,
				format: 'cyclonedx',
				specVersion: '1.6',
				generatedAt: '2026-11-30T10:00:00Z',
				product: { name: 'app', version: '1.0.0' }
			}
		]);
		expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(sbomSummarySchema.safeParse(summary).success).toBe(true);
	});
});

describe('analyseFile on npm sbom output', () => {
	it('gives the same map from the CycloneDX and the SPDX file of one project', async () => {
		const cdx = analyseFile(await load('npm-cyclonedx.json'), NOW).summary;
		const spdx = analyseFile(await load('npm-spdx.json'), NOW).summary;
		for (const key of [
			'components',
			'edges',
			'withPurl',
			'direct',
			'transitive',
			'maxDepth'
		] as const) {
			expect(cdx.counts[key], key).toBe(spdx.counts[key]);
		}
		expect(cdx.ecosystems).toEqual(spdx.ecosystems);
		expect(cdx.lookFirst.slice(0, 10)).toEqual(spdx.lookFirst.slice(0, 10));
		expect(cdx.graph.status).toBe('complete');
		expect(cdx.ecosystems).toEqual([{ ecosystem: 'npm', count: cdx.counts.components }]);
		// Every component is reachable from the product, and the product is not counted.
		expect(cdx.counts.direct! + cdx.counts.transitive!).toBe(cdx.counts.components - 1);
		expect(sbomSummarySchema.safeParse(spdx).success).toBe(true);
	});
});

describe('the product and its direct dependencies', () => {
	const bom = (withProduct: boolean, productEdges: boolean) => ({
		bomFormat: 'CycloneDX',
		specVersion: '1.5',
		metadata: withProduct ? { component: { type: 'application', name: 'p', 'bom-ref': 'p' } } : {},
		components: ['x', 'y', 'z'].map((name) => ({ type: 'library', name, 'bom-ref': name })),
		dependencies: [
			{ ref: 'x', dependsOn: ['y'] },
			{ ref: 'y', dependsOn: ['z'] },
			...(productEdges ? [{ ref: 'p', dependsOn: ['x'] }] : [])
		]
	});

	it('uses the declared product when it has dependencies', () => {
		const { summary } = analyseFile(fromValue(bom(true, true)), NOW);
		expect(summary.counts).toMatchObject({ direct: 1, transitive: 2, maxDepth: 3 });
		expect(summary.graph.rootInferred).toBe(false);
		expect(summary.quality.document.topLevelDependencies).toBe(1);
	});

	it('infers the direct dependencies (nothing depends on them) when the product has none', () => {
		for (const withProduct of [true, false]) {
			const { summary } = analyseFile(fromValue(bom(withProduct, false)), NOW);
			expect(summary.counts).toMatchObject({ direct: 1, transitive: 2, maxDepth: 3 });
			expect(summary.graph.rootInferred).toBe(true);
			expect(summary.quality.document.topLevelDependencies).toBe(0);
		}
	});

	it('has no depth, direct or ranking without a dependency graph', () => {
		const value = { ...bom(true, false), dependencies: [] };
		const { summary } = analyseFile(fromValue(value), NOW);
		expect(summary.counts).toMatchObject({
			edges: 0,
			direct: null,
			transitive: null,
			unreachable: null,
			maxDepth: null
		});
		expect(summary.graph).toEqual({ status: 'absent', rootInferred: false, filesWithGraph: 0 });
		expect(summary.lookFirst).toEqual([]);
	});
});

describe('analyseCombined', () => {
	it('merges the same components across files by PURL, else name and version', async () => {
		const files = [await load('small-cyclonedx.json'), await load('small-spdx.json')];
		const { summary } = analyseCombined(files, NOW);
		expect(summary.scope).toBe('combined');
		expect(summary.files.map((f) => f.format)).toEqual(['cyclonedx', 'spdx']);
		expect(summary.counts).toMatchObject({ components: 9, edges: 11, direct: 3, transitive: 4 });
		expect(summary.lookFirst.map((row) => row.products)).toEqual([2, 2, 2, 2, 2, 2, 2]);
		// Quality adds up the two documents: 18 components, 2 files, one of them SPDX 2.3.
		expect(summary.quality).toMatchObject({
			components: 18,
			files: 2,
			fields: { supplier: 8, sha512: 4 },
			document: { formatVersion: 1, timestamp: 2 }
		});
	});

	it('keeps different products apart and counts how many list a component', async () => {
		const npm = await load('npm-cyclonedx.json');
		const small = await load('small-cyclonedx.json');
		const { summary } = analyseCombined([npm, small], NOW);
		const npmCount = analyseFile(npm, NOW).summary.counts.components;
		expect(summary.counts.components).toBe(npmCount + 9);
		expect(summary.graph.filesWithGraph).toBe(2);
		expect(summary.lookFirst.every((row) => row.products === 1)).toBe(true);
	});
});

describe('analyseFiles', () => {
	it('reports each file, errors included, and a combined report for two or more', async () => {
		const good = await readSbomFile('a.json', readFileSync(join(FIXTURES, 'small-cyclonedx.json')));
		const other = await readSbomFile('b.json', readFileSync(join(FIXTURES, 'small-spdx.json')));
		const bad = await readSbomFile('c.json', new TextEncoder().encode('{"bomFormat":"CycloneDX"'));
		const fractions: number[] = [];
		const analysis = analyseFiles([good, bad, other], (f) => fractions.push(f), NOW);
		expect(analysis.files.map((f) => [f.name, f.error?.kind ?? 'ok'])).toEqual([
			['a.json', 'ok'],
			['c.json', 'damaged'],
			['b.json', 'ok']
		]);
		expect(analysis.combined?.summary.files).toHaveLength(2);
		expect(fractions.at(-1)).toBe(1);
		expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
		expect(analyseFiles([good]).combined).toBeNull();
	});
});

describe('generated SBOMs', () => {
	it('are read and analysed whole, with the shape the bench relies on', () => {
		const { summary } = analyseFile(
			fromValue(generateCycloneDx({ components: 2000, seed: 7 })),
			NOW
		);
		expect(summary.counts.components).toBe(2001);
		expect(summary.counts.duplicatePackages).toBe(40);
		expect(summary.graph.status).toBe('complete');
		expect(summary.counts.unreachable).toBeLessThan(summary.counts.components);
		expect(summary.ecosystems.map((e) => e.ecosystem)).toEqual(
			expect.arrayContaining(['npm', 'pypi', 'maven', 'deb', ''])
		);
		expect(summary.lookFirst).toHaveLength(100);
		expect(summary.lookFirst[0]!.fanIn).toBeGreaterThan(20);
	});
});
