/**
 * Summaries for tests, made by the real analysis from the hand-checked fixtures and generated
 * SBOMs, each with its own file hash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseCombined, analyseFile, type ReadFile } from './analyse';
import { generateCycloneDx } from './generate';
import { readSbom } from './parse';
import { toStoredSummary, type SbomSummary } from './summary';

export const ANALYSED_AT = new Date('2026-12-01T10:00:00.000Z');

export function fixture(name: string): unknown {
	return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')) as unknown;
}

/** A read file with a hash made of one hex digit (`'a'` → aaaa…). */
export function readFixture(value: unknown, name: string, digit: string): ReadFile {
	const result = readSbom(value);
	if (!result.ok) throw new Error(result.error.kind);
	return { name, size: 1000, sha256: digit.repeat(64), document: result.document };
}

export const files = {
	small: () => readFixture(fixture('small-cyclonedx.json'), 'small.cdx.json', 'a'),
	spdx: () => readFixture(fixture('small-spdx.json'), 'small.spdx.json', 'b'),
	big: () => readFixture(generateCycloneDx({ components: 500 }), 'big.cdx.json', 'c')
};

export function fileSummary(file: ReadFile, now = ANALYSED_AT): SbomSummary {
	return toStoredSummary(analyseFile(file, now).summary);
}

export function combinedSummary(list: ReadFile[], now = ANALYSED_AT): SbomSummary {
	return toStoredSummary(analyseCombined(list, now).summary);
}
