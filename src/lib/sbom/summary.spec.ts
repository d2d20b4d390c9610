import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCombined, analyseFile, type ReadFile } from './analyse';
import { generateCycloneDx } from './generate';
import { readSbom } from './parse';
import { clip, parseSummary, SUMMARY_TOP_N, toStoredSummary, type SbomSummary } from './summary';

function read(value: unknown, name: string): ReadFile {
	const result = readSbom(value);
	if (!result.ok) throw new Error(result.error.kind);
	return { name, size: 123, sha256: 'ab'.repeat(32), document: result.document };
}

const small = JSON.parse(
	readFileSync(join(import.meta.dirname, 'fixtures', 'small-cyclonedx.json'), 'utf8')
) as unknown;

describe('the summary document', () => {
	it('validates what the analysis produces, for a file and for several', () => {
		const big = read(generateCycloneDx({ components: 3000 }), 'big.json');
		const file = analyseFile(big).summary;
		const combined = analyseCombined([big, read(small, 'small.json')]).summary;
		expect(parseSummary(file)).toEqual({ ok: true, summary: file });
		expect(parseSummary(combined)).toEqual({ ok: true, summary: combined });
	});

	it('survives JSON, as storage and backups keep it', () => {
		const summary = analyseFile(read(small, 'small.json')).summary;
		const again = parseSummary(JSON.parse(JSON.stringify(summary)));
		expect(again).toEqual({ ok: true, summary: JSON.parse(JSON.stringify(summary)) });
	});

	it('is cut to the top rows for storage, counts unchanged', () => {
		const summary = analyseFile(read(generateCycloneDx({ components: 3000 }), 'big.json')).summary;
		expect(summary.lookFirst.length).toBeGreaterThan(SUMMARY_TOP_N);
		const stored = toStoredSummary(summary);
		expect(stored.lookFirst).toEqual(summary.lookFirst.slice(0, SUMMARY_TOP_N));
		expect(stored.counts).toEqual(summary.counts);
		expect(stored.quality).toEqual(summary.quality);
		expect(JSON.stringify(stored).length).toBeLessThan(12_000);
	});

	it('refuses what is not a summary of this version, naming the place', () => {
		const summary = analyseFile(read(small, 'small.json')).summary;
		const broken = (change: (s: Record<string, unknown>) => void) => {
			const copy = JSON.parse(JSON.stringify(summary)) as Record<string, unknown>;
			change(copy);
			return parseSummary(copy);
		};
		expect(broken((s) => (s.version = 2))).toEqual({ ok: false, detail: 'version: invalid_value' });
		expect(broken((s) => ((s.counts as Record<string, unknown>).components = -1))).toMatchObject({
			ok: false,
			detail: 'counts.components: too_small'
		});
		expect(
			broken((s) => ((s.files as Record<string, unknown>[])[0]!.sha256 = 'not-a-hash'))
		).toMatchObject({ ok: false, detail: 'files.0.sha256: invalid_format' });
		expect(
			broken((s) => ((s.quality as SbomSummary['quality']).fixFirst = ['bogus' as 'name']))
		).toMatchObject({ ok: false });
		expect(parseSummary('text')).toMatchObject({ ok: false });
	});
});

describe('clip', () => {
	it('cuts long text without splitting a character', () => {
		expect(clip('abc', 5)).toBe('abc');
		expect(clip('abcdef', 3)).toBe('abc');
		expect(clip('a😀b', 2)).toBe('a');
		expect(clip('a😀b', 3)).toBe('a😀');
	});

	it('keeps file names from files within the limits', () => {
		const long = 'x'.repeat(1000);
		const value = JSON.parse(JSON.stringify(small)) as {
			metadata: { component: { name: string } };
		};
		value.metadata.component.name = long;
		const summary = analyseFile(read(value, `${long}.json`)).summary;
		expect(summary.files[0]!.name).toHaveLength(255);
		expect(summary.files[0]!.product!.name).toHaveLength(300);
		expect(parseSummary(summary).ok).toBe(true);
	});
});
