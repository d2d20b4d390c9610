import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import type { SbomDocument } from './model';
import { parseSbomText } from './parse';
import {
	addQuality,
	countQuality,
	fixFirst,
	isCurrentFormat,
	requiredBy,
	share,
	summarizeQuality,
	verdict,
	type QualityCounts
} from './quality';
import { DOCUMENT_CHECKS, QUALITY_FIELDS } from './summary';

function load(name: string): SbomDocument {
	const result = parseSbomText(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
	if (!result.ok) throw new Error(result.error.kind);
	return result.document;
}

function quality(document: SbomDocument): QualityCounts {
	return countQuality(document, buildGraph(document.components.length, document.edges));
}

/** Figures where every field and check is complete; tests take things away from it. */
function complete(components = 10): QualityCounts {
	return {
		components,
		files: 1,
		fields: Object.fromEntries(
			QUALITY_FIELDS.map((f) => [f, components])
		) as QualityCounts['fields'],
		document: Object.fromEntries(DOCUMENT_CHECKS.map((c) => [c, 1])) as QualityCounts['document']
	};
}

describe('countQuality', () => {
	it('counts the hand-checked CycloneDX fixture (fixtures/README.md)', () => {
		expect(quality(load('small-cyclonedx.json'))).toEqual({
			components: 9,
			files: 1,
			fields: {
				supplier: 4,
				supplierContact: 3,
				name: 9,
				version: 8,
				uniqueId: 9,
				dependencies: 8,
				hash: 3,
				sha512: 2,
				licence: 7
			},
			document: {
				author: 1,
				authorContact: 1,
				timestamp: 1,
				sbomUri: 1,
				formatVersion: 1,
				topLevelDependencies: 1
			}
		});
	});

	it('counts the SPDX twin alike, except the format version BSI asks for', () => {
		const cdx = quality(load('small-cyclonedx.json'));
		const spdx = quality(load('small-spdx.json'));
		expect(spdx.fields).toEqual(cdx.fields);
		expect(spdx.document).toEqual({ ...cdx.document, formatVersion: 0 });
	});

	it('finds what npm sbom leaves out', () => {
		const cdx = quality(load('npm-cyclonedx.json'));
		expect(cdx.document).toMatchObject({
			author: 1, // the npm CLI, as a tool
			authorContact: 0,
			timestamp: 1,
			formatVersion: 0 // CycloneDX 1.5
		});
		expect(cdx.fields.name).toBe(cdx.components);
		expect(cdx.fields.sha512).toBeGreaterThan(cdx.components * 0.9);
		const spdx = quality(load('npm-spdx.json'));
		expect(spdx.fields.supplier).toBe(0);
	});

	it('requires a real date-time for the timestamp', () => {
		const document = load('small-cyclonedx.json');
		for (const timestamp of ['yesterday', '2026-13-45T99:00:00Z', '2026-11-30', undefined]) {
			expect(quality({ ...document, timestamp }).document.timestamp, String(timestamp)).toBe(0);
		}
	});
});

describe('isCurrentFormat (BSI TR-03183-2 §4)', () => {
	it('accepts CycloneDX 1.6 and later, and no SPDX 2', () => {
		expect(isCurrentFormat({ format: 'cyclonedx', specVersion: '1.5' })).toBe(false);
		expect(isCurrentFormat({ format: 'cyclonedx', specVersion: '1.6' })).toBe(true);
		expect(isCurrentFormat({ format: 'cyclonedx', specVersion: '1.7' })).toBe(true);
		expect(isCurrentFormat({ format: 'spdx', specVersion: '2.3' })).toBe(false);
	});
});

describe('verdict', () => {
	it('meets when everything required is complete', () => {
		expect(verdict(complete(), 'ntia')).toBe('meets');
		expect(verdict(complete(), 'bsi')).toBe('meets');
	});

	it('is unaffected by what the guideline does not require', () => {
		const counts = complete();
		counts.fields.hash = 0; // informative only
		counts.fields.sha512 = 0; // BSI only
		counts.document.formatVersion = 0; // BSI only
		expect(verdict(counts, 'ntia')).toBe('meets');
		expect(verdict(counts, 'bsi')).toBe('fails');
	});

	it('has gaps when a required field is there for at least half the components', () => {
		const counts = complete();
		counts.fields.supplier = 5;
		expect(verdict(counts, 'ntia')).toBe('gaps');
		counts.fields.supplier = 4;
		expect(verdict(counts, 'ntia')).toBe('fails');
	});

	it('fails when a required document field is missing in any file', () => {
		const counts = addQuality([
			complete(),
			{ ...complete(), document: { ...complete().document, timestamp: 0 } }
		]);
		expect(share(counts, 'timestamp')).toBe(0.5);
		expect(verdict(counts, 'ntia')).toBe('fails');
		expect(verdict(counts, 'bsi')).toBe('fails');
	});
});

describe('fixFirst', () => {
	it('orders the hand-checked fixtures: both guidelines first, documents, then lowest share', () => {
		expect(fixFirst(quality(load('small-cyclonedx.json')))).toEqual([
			'version',
			'sha512',
			'supplierContact',
			'supplier',
			'licence'
		]);
		expect(fixFirst(quality(load('small-spdx.json')))).toEqual([
			'version',
			'formatVersion',
			'sha512',
			'supplierContact',
			'supplier'
		]);
	});

	it('is empty when nothing required is missing, and never names the informative hash', () => {
		const counts = complete();
		counts.fields.hash = 0;
		expect(fixFirst(counts)).toEqual([]);
		expect(requiredBy('hash')).toEqual([]);
		expect(requiredBy('timestamp')).toEqual(['ntia', 'bsi']);
		expect(requiredBy('topLevelDependencies')).toEqual(['ntia']);
		expect(requiredBy('dependencies')).toEqual(['bsi']);
	});
});

describe('summarizeQuality', () => {
	it('keeps the counts and adds verdicts and the fix list', () => {
		const summary = summarizeQuality(quality(load('small-cyclonedx.json')));
		expect(summary).toMatchObject({ components: 9, files: 1, ntia: 'fails', bsi: 'fails' });
		expect(summary.fixFirst[0]).toBe('version');
	});
});
